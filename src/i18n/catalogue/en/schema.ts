export default {
  title: "The admin schema is invalid",
  intro: "The server sent an admin schema that Atrium cannot use ({count, plural, one {# problem} other {# problems}}):",
  listHead: "The server's admin schema is invalid ({count, plural, one {# problem} other {# problems}}):",
  issue: "{path}: expected {expected}, received {received}",
  document: "the schema document",
  documentPath: "(the schema document)",
  missing: "missing",
};
