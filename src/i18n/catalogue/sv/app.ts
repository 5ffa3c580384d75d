import type en from "../en/app.ts";
import type { Translation } from "../../types.ts";

export default {
  userMenu: "Användarmeny",
  signedInAs: "Inloggad som {who}",
  resetDemo: "Återställ demodata",
  signOut: "Logga ut",
  language: "Språk",
} satisfies Translation<typeof en>;
