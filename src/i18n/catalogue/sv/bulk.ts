import type en from "../en/bulk.ts";
import type { Translation } from "../../types.ts";

export default {
  bulkActions: "Massåtgärder",
  deleteSelected: "Ta bort markerade",
  editSelected: "Redigera markerade",
  // the dialog while asking
  deleteTitle: "Ta bort {count, plural, one {# {label}} other {# {labelPlural}}}?",
  editTitle: "Redigera {count, plural, one {# {label}} other {# {labelPlural}}}",
  actionTitle: "{action}: {count, plural, one {# {label}} other {# {labelPlural}}}",
  willBeDeleted: "{count, plural, one {# {label}} other {# {labelPlural}}} kommer att tas bort. Det går inte att ångra.",
  willBeDeletedAllMatching: "{count, plural, one {# {label}} other {# {labelPlural}}} kommer att tas bort (alla poster som matchar den aktuella sökningen och filtren). Det går inte att ångra.",
  runAction: "Kör ”{action}” på {count, plural, one {# {label}} other {# {labelPlural}}}?",
  deleteRows: "Ta bort {count, plural, one {# {label}} other {# {labelPlural}}}",
  updateRows: "Uppdatera {count, plural, one {# {label}} other {# {labelPlural}}}",
  cancel: "Avbryt",
  close: "Stäng",
  // while running
  collecting: "Samlar in matchande rader",
  deleting: "Tar bort",
  working: "Arbetar",
  // the result
  deletedAll: "Borttaget: {total, plural, one {# {label}} other {# {labelPlural}}}",
  deletedSome: "Borttaget: {done, number} av {total, plural, one {# {label}} other {# {labelPlural}}}",
  updatedAll: "Uppdaterat: {total, plural, one {# {label}} other {# {labelPlural}}}",
  updatedSome: "Uppdaterat: {done, number} av {total, plural, one {# {label}} other {# {labelPlural}}}",
  actionAll: "{action}: {total, plural, one {# {label}} other {# {labelPlural}}}",
  actionSome: "{action}: {done, number} av {total, plural, one {# {label}} other {# {labelPlural}}}",
  deletedToast: "Borttaget: {count, plural, one {# {label}} other {# {labelPlural}}}",
  updatedToast: "Uppdaterat: {count, plural, one {# {label}} other {# {labelPlural}}}",
  actionToast: "{action}: {count, plural, one {# {label}} other {# {labelPlural}}}",
  report: "{succeeded, number} lyckades, {failed, number} misslyckades.",
  failedRows: "Misslyckade rader",
  // bulk edit
  fieldsToChange: "Fält att ändra",
  tickOneField: "Markera minst ett fält.",
  noBulkActions: "Den här backenden har inga massåtgärder.",
} satisfies Translation<typeof en>;
