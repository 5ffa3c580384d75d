import type en from "../en/shared.ts";
import type { Translation } from "../../types.ts";

export default {
  yes: "Ja",
  no: "Nej",
  requestFailed: "Begäran misslyckades ({status})",
} satisfies Translation<typeof en>;
