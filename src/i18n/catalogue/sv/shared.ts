import type en from "../en/shared.ts";
import type { Translation } from "../../types.ts";

export default {
  yes: "Ja",
  no: "Nej",
  requestFailed: "Begäran misslyckades ({status})",
  refusalDuplicate: "{article, select, an {Det finns redan en} other {Det finns redan en}} {noun} med samma {field}.",
  refusalInUseCounted: "Denna {noun} används fortfarande av {count, plural, one {# {label}} other {# {labelPlural}}}.",
  refusalInUseBy: "Denna {noun} används fortfarande av andra {labelPlural}.",
  refusalInUseCountedRecords: "Denna {noun} används fortfarande av {count, plural, one {# annan post} other {# andra poster}}.",
  refusalInUse: "Denna {noun} används fortfarande av andra poster.",
  refusalNotFound: "Denna {noun} finns inte längre; den kan ha tagits bort.",
} satisfies Translation<typeof en>;
