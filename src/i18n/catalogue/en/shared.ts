export default {
  yes: "Yes",
  no: "No",
  requestFailed: "Request failed ({status})",
};
