import type en from "../en/schema.ts";
import type { Translation } from "../../types.ts";

export default {
  title: "Adminschemat är ogiltigt",
  intro: "Servern skickade ett adminschema som Atrium inte kan använda ({count, plural, one {# problem} other {# problem}}):",
  listHead: "Serverns adminschema är ogiltigt ({count, plural, one {# problem} other {# problem}}):",
  issue: "{path}: förväntade {expected}, fick {received}",
  document: "schemadokumentet",
  documentPath: "(schemadokumentet)",
  missing: "saknas",
} satisfies Translation<typeof en>;
