import type en from "../en/auth.ts";
import type { Translation } from "../../types.ts";

export default {
  email: "E-post",
  password: "Lösenord",
  code: "Kod",
  role: "Roll",
  signIn: "Logga in",
  signInAgain: "Logga in igen",
  sessionEnded: "Din session har upphört. Logga in igen för att fortsätta där du slutade.",
  signOut: "Logga ut",
  demoSignIn: "Demoinloggning",
  codeSentTo: "Ange engångskoden som skickades till {target}.",
  twoFactorHint: "Tvåstegsverifiering: ange koden från din autentiseringsapp.",
  sendNewCode: "Skicka en ny kod",
  useDifferentEmail: "Använd en annan e-postadress",
  newCodeSent: "En ny kod har skickats.",
  missingEmail: "Ange din e-postadress.",
  missingCode: "Ange koden du fick.",
  missingTwoFactor: "Ange koden från din autentiseringsapp.",
  missingEmailPassword: "Ange din e-postadress och ditt lösenord.",
  signInFailed: "Inloggningen misslyckades.",
  pageTitle: "Logga in · {title}",
  leadTo: "till",
  leadOtp: "Vi skickar en engångskod till din e-postadress.",
  leadPassword: "Använd din e-postadress och ditt lösenord.",
} satisfies Translation<typeof en>;
