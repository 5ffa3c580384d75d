import type en from "../en/export.ts";
import type { Translation } from "../../types.ts";

export default {
  title: "Exportera {labelPlural}",
  exportingRows: "Exporterar rader",
  waitingForServer: "väntar på serverns export",
  cancel: "Avbryt",
  exportButton: "Exportera",
  exported: "{labelPlural} exporterade till {file}",
  // the form
  rows: "Rader",
  allMatching: "Alla som matchar den aktuella sökningen och filtren",
  selectedRows: "Markerade rader ({count, number})",
  format: "Format",
  valuesLegend: "Val och relationer",
  labels: "Etiketter",
  rawValues: "Råa värden",
  columns: "Kolumner",
  personalData: "(personuppgifter)",
  includePersonalData: "Ta med personuppgifter (GDPR)",
  personalDataWarning: "Filen kommer att innehålla personuppgifter ({fields}). Lagra och dela den bara så som era dataskyddsregler tillåter.",
  serverOption: "Hämta alla rader i en begäran (snabbare)",
  // cell values in labels mode
  yes: "Ja",
  no: "Nej",
  // the server's export going wrong
  serverFailedHint: "{reason} Avmarkera ”{option}” för att bläddra igenom listan i stället.",
  serverIncomplete: "Serverns export kom inte fram hel (anslutningen bröts).",
  serverFailed: "Serverns export misslyckades: {reason}",
  serverNotJson: "Serverns export är ofullständig (den är inte giltig JSON).",
  serverNotRecords: "Serverns export är inte en lista med poster.",
  noExportEndpoint: "Den här backenden har ingen exportfunktion.",
  unreadableFile: "Filen kunde inte läsas.",
} satisfies Translation<typeof en>;
