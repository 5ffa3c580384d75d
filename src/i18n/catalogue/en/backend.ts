export default {
  sessionInvalid: "Your session is not valid any more; please sign in again ({tag}).",
  forbidden: "You do not have permission to do this ({tag}).",
  notFound: "The requested item or address was not found ({tag}).",
  timeout: "The server took too long to answer ({tag}).",
  changedMeanwhile: "Someone else changed this record in the meantime ({tag}).",
  tooManyRequests: "Too many requests; please wait a moment and try again ({tag}).",
  unavailable: "The server is not available right now ({tag}).",
  rejected: "The server rejected the request ({tag}).",

  invalidJson: "The server sent a response that is not valid JSON ({method} {target}).",
  dialectUnknown: "Could not tell which kind of backend runs at {base}: neither {tried} answered as expected. Set the dialect explicitly.",
  thisSite: "(this site)",
  etagNotExposed:
    "The server did not send a readable ETag header, so changes cannot be saved safely. The server must expose the ETag header (Access-Control-Expose-Headers: ETag).",
  ifMatchLoop: "The server keeps asking for If-Match although it was sent ({reason}). This is a server or proxy bug.",
  saveRejected: "The server rejected this record (constraint violation or invalid value)",
  bulkActionFailed: 'Bulk action "{action}" failed.',

  twoFactorExpired: "The two-factor step has expired; please request a new code.",
  twoFactorRepeated: "The server still asks for two-factor authentication after the code was accepted.",
  noPasswords: "Craft Easy has no passwords: sign in with a one-time code instead.",
  noToken: "The sign-in answer did not contain a token.",
  noAccessToken: "The sign-in answer did not contain an access token.",
  passwordOnly: "litestar-admin signs in with email and password.",

  sessionEnded: "Your session has ended; please sign in again.",
  someFieldsInvalid: "Some fields are invalid",
  requestInvalid: "The request was invalid",
  retryIn: "Too many requests; please try again in {seconds, plural, one {# second} other {# seconds}}.",
  cancelled: "The request was cancelled.",
  unreachable: "Could not reach the server. Check your connection or the server's CORS settings.",
  unreachableReason: "Could not reach the server. Check your connection or the server's CORS settings ({reason}).",
};
