import type en from "../en/relations.ts";
import type { Translation } from "../../types.ts";

export default {
  // the input
  typeToAdd: "Skriv för att lägga till…",
  typeToSearch: "Skriv för att söka…",
  showOptions: "Visa alternativ för {field}",
  options: "Alternativ för {field}",
  loadingMore: "Laddar fler…",
  searching: "Söker…",
  loadFailed: "Kunde inte ladda resultat: {reason}",
  noMatchesFor: "Inga träffar för ”{term}”",
  noRecords: "Inga poster",
  // the status line
  moreFailed: "Kunde inte ladda fler resultat.",
  shownOf: "{shown, number} av {total, number} visas – scrolla för fler",
  matches: "{count, plural, one {# träff} other {# träffar}}",
  // actions and chips
  clear: "Rensa {field}",
  openInNewTab: "Öppna i ny flik",
  openRecordInNewTab: "Öppna {record} i ny flik",
  createNew: "Skapa ny {label}",
  new: "Ny",
  selected: "Markerade {field}",
  moveUp: "Flytta upp {record}",
  moveDown: "Flytta ner {record}",
  remove: "Ta bort {record}",
  unknownRecord: "Okänd post {id}",
  // create dialog
  newTitle: "Ny {label}",
  loadingForm: "Laddar formulär…",
} satisfies Translation<typeof en>;
