import type en from "../en/app.ts";
import type { Translation } from "../../types.ts";

export default {
  userMenu: "Användarmeny",
  signedInAs: "Inloggad som {who}",
  resetDemo: "Återställ demodata",
  signOut: "Logga ut",
  language: "Språk",

  mainNav: "Huvudmeny",
  dashboard: "Översikt",
  activity: "Aktivitet",
  menu: "Meny",
  closeMenu: "Stäng menyn",
  skipToContent: "Hoppa till innehållet",
  demo: "Demo",
  demoKept: "Exempeldata, sparas i den här webbläsaren",
  demoFresh: "Exempeldata, nya vid varje laddning",
  offline: "Servern kunde inte nås; visar adminschemat som sparades tidigare.",
  schemaChanged: "Adminschemat har ändrats.",
  reload: "Ladda om",

  resetDemoTitle: "Återställa demodata?",
  resetDemoBody: "Alla ändringar i den här demon ångras: poster, importer och historik återgår till de ursprungliga demodata. Du förblir inloggad.",
  resetDemoFailed: "Demodata kunde inte återställas. Försök igen.",

  connecting: "Ansluter till backenden…",
  loadingSchema: "Laddar adminschemat…",
  configInvalid: "Konfigurationen är ogiltig",
  unreachable: "Backenden kan inte nås",
  backendError: "Backenden svarade med ett fel",
  backendErrorDetail: "{message} (HTTP {status})",
  backendErrorDetailCode: "{message} (HTTP {status}, {code})",
  couldNotStart: "Atrium kunde inte starta",
  unknownErrorSentence: "Okänt fel.",
  somethingWrong: "Något gick fel",
  unknownError: "Okänt fel",

  resourceNotFound: "Resursen hittades inte",
  pageNotFound: "Sidan hittades inte",
  noSuchResource: "Det finns ingen resurs som heter {resource} i den här adminpanelen, eller så får du inte se den.",
  nothingHere: "Det finns inget på den här adressen.",
  toDashboard: "Gå till översikten",

  serverBusy: "Servern är upptagen; försöker igen om {seconds, number} s.",
} satisfies Translation<typeof en>;
