import type en from "../en/ui.ts";
import type { Translation } from "../../types.ts";

export default {
  notifications: "Aviseringar",
  dismissNotification: "Stäng aviseringen",
  darkMode: "Mörkt läge",
  loading: "Laddar…",
  retry: "Försök igen",
  crashTitle: "Något gick fel",
  crashReload: "Ladda om",
  unknownError: "Okänt fel",
  progressOf: "{done, number} av {total, number}",
  progressDone: "{done, number}",
} satisfies Translation<typeof en>;
