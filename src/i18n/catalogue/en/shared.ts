export default {
  yes: "Yes",
  no: "No",
  requestFailed: "Request failed ({status})",
  refusalDuplicate: "{article, select, an {An} other {A}} {noun} with this {field} already exists.",
  refusalInUseCounted: "This {noun} is still used by {count, plural, one {# {label}} other {# {labelPlural}}}.",
  refusalInUseBy: "This {noun} is still used by other {labelPlural}.",
  refusalInUseCountedRecords: "This {noun} is still used by {count, plural, one {# other record} other {# other records}}.",
  refusalInUse: "This {noun} is still used by other records.",
  refusalNotFound: "This {noun} no longer exists; it may have been deleted.",
};
