import type en from "../en/backend.ts";
import type { Translation } from "../../types.ts";

export default {
  sessionInvalid: "Din session gäller inte längre; logga in igen ({tag}).",
  forbidden: "Du har inte behörighet att göra detta ({tag}).",
  notFound: "Det begärda objektet eller adressen hittades inte ({tag}).",
  timeout: "Servern tog för lång tid på sig att svara ({tag}).",
  changedMeanwhile: "Någon annan har ändrat den här posten under tiden ({tag}).",
  tooManyRequests: "För många förfrågningar; vänta en stund och försök igen ({tag}).",
  unavailable: "Servern är inte tillgänglig just nu ({tag}).",
  rejected: "Servern avvisade begäran ({tag}).",

  invalidJson: "Servern skickade ett svar som inte är giltig JSON ({method} {target}).",
  dialectUnknown: "Det gick inte att avgöra vilken sorts backend som körs på {base}: varken {tried} svarade som väntat. Ange dialekten uttryckligen.",
  thisSite: "(den här webbplatsen)",
  etagNotExposed:
    "Servern skickade ingen läsbar ETag-header, så ändringar kan inte sparas säkert. Servern måste exponera ETag-headern (Access-Control-Expose-Headers: ETag).",
  ifMatchLoop: "Servern fortsätter att begära If-Match trots att den skickades ({reason}). Det är ett fel i servern eller en proxy.",
  saveRejected: "Servern avvisade posten (brott mot en begränsning eller ogiltigt värde)",
  bulkActionFailed: 'Massåtgärden "{action}" misslyckades.',

  twoFactorExpired: "Tvåfaktorssteget har gått ut; begär en ny kod.",
  twoFactorRepeated: "Servern begär fortfarande tvåfaktorsautentisering efter att koden godkänts.",
  noPasswords: "Craft Easy har inga lösenord: logga in med en engångskod i stället.",
  noToken: "Inloggningssvaret innehöll ingen token.",
  noAccessToken: "Inloggningssvaret innehöll ingen åtkomsttoken.",
  passwordOnly: "litestar-admin loggar in med e-post och lösenord.",

  sessionEnded: "Din session har upphört; logga in igen.",
  someFieldsInvalid: "Några fält är ogiltiga",
  requestInvalid: "Begäran var ogiltig",
  retryIn: "För många förfrågningar; försök igen om {seconds, plural, one {# sekund} other {# sekunder}}.",
  cancelled: "Begäran avbröts.",
  unreachable: "Servern kunde inte nås. Kontrollera anslutningen eller serverns CORS-inställningar.",
  unreachableReason: "Servern kunde inte nås. Kontrollera anslutningen eller serverns CORS-inställningar ({reason}).",
} satisfies Translation<typeof en>;
