export default {
  // the input
  typeToAdd: "Type to add…",
  typeToSearch: "Type to search…",
  showOptions: "Show {field} options",
  options: "{field} options",
  loadingMore: "Loading more…",
  searching: "Searching…",
  loadFailed: "Couldn't load results: {reason}",
  noMatchesFor: "No matches for “{term}”",
  noRecords: "No records",
  // the status line
  moreFailed: "Couldn't load more results.",
  shownOf: "{shown, number} of {total, number} shown — scroll for more",
  matches: "{count, plural, one {# match} other {# matches}}",
  // actions and chips
  clear: "Clear {field}",
  openInNewTab: "Open in new tab",
  openRecordInNewTab: "Open {record} in new tab",
  createNew: "Create new {label}",
  new: "New",
  selected: "Selected {field}",
  moveUp: "Move {record} up",
  moveDown: "Move {record} down",
  remove: "Remove {record}",
  unknownRecord: "Unknown record {id}",
  // create dialog
  newTitle: "New {label}",
  loadingForm: "Loading form…",
};
