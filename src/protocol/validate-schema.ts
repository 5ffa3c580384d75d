// Runtime validation of the admin schema a server sends (craft-easy.md §2.2, §3), with valibot.
//
// One policy for a missing or odd value: where the protocol gives a client rule for it, follow
// the rule; otherwise the schema is invalid and the error names the path
// (`resources[1].fields.pages.type`). The rules followed (each noted where its shape is):
//  - `version` absent or not 1.x → a non-blocking warning (§2.2);
//  - `auth` members absent → the adapter defaults (§13);
//  - `navigation` absent → one group; names that are not fields/resources dropped (§2.2, §3.1);
//  - `form.groups` empty → one untitled group (§3.1); `sort_fields` absent → every column;
//  - field `type` unknown → "string", "integer" → number with step 1 (§3.2);
//  - field `widget` absent or unknown → the resolution order (§3.3); `label` absent → from the name;
//  - `theme.primary_color` not CSS colour syntax → ignored with a warning (§3.5).
// Unknown keys are dropped, and `null` counts as absent for optional members (Pydantic emits
// `null`). Everything else the types require must be there, with the documented type.
//
// Two stages: `RawSchema` checks the shape (./validation/*-shape.ts), then `normalise` applies
// the client rules.
import * as v from "valibot";
import type { AdminSchema } from "./types.ts";
import { SchemaError } from "./schema-error.ts";
import { arr, bool, obj, rec, str } from "./validation/shape-kit.ts";
import { AuthShape } from "./validation/auth-shape.ts";
import { normaliseResource, ResourceShape } from "./validation/resource-shape.ts";
import { NavGroupShape, normaliseNavigation } from "./validation/navigation-shape.ts";
import { normaliseTheme, ThemeShape } from "./validation/theme-shape.ts";
import { dedupe, duplicateNameIssues, toIssue } from "./validation/schema-issues.ts";
import { definedOnly } from "./validation/defined-only.ts";

export { SchemaError, type SchemaIssue } from "./schema-error.ts";

const RawSchema = obj({
  version: v.nullish(v.unknown()), // any value: §2.2 warns about one that is not 1.x
  title: str,
  auth: v.nullish(AuthShape, () => ({})),
  modules: rec(bool, "object of flags"),
  theme: v.nullish(ThemeShape),
  navigation: v.nullish(arr(NavGroupShape, "array of navigation groups")),
  resources: arr(ResourceShape, "array of resources"),
}, "schema object");

type Raw = v.InferOutput<typeof RawSchema>;

const SUPPORTED_VERSION = /^1(?:\.|$)/;

/** §2.2: "accept any 1.x. For any other value, show a non-blocking warning and carry on." */
function normaliseVersion(raw: unknown, warnings: string[]): string {
  const version = typeof raw === "string" ? raw : typeof raw === "number" ? String(raw) : null;
  if (raw === undefined || raw === null) warnings.push("The schema has no version; assuming a 1.x schema.");
  else if (version === null || !SUPPORTED_VERSION.test(version.trim()))
    warnings.push(`Schema version ${JSON.stringify(raw)} is not a supported 1.x version; continuing anyway.`);
  return version ?? "";
}

function normalise(raw: Raw, warnings: string[]): AdminSchema {
  const resources = raw.resources.map(normaliseResource);
  return definedOnly({
    version: normaliseVersion(raw.version, warnings),
    title: raw.title,
    auth: { ...raw.auth },
    modules: { ...raw.modules },
    theme: normaliseTheme(raw.theme, warnings),
    navigation: normaliseNavigation(raw.navigation, resources),
    resources,
  });
}

/** Validate and normalise; non-blocking problems come back as `warnings`. Throws `SchemaError`. */
export function validateSchemaWithWarnings(raw: unknown): { schema: AdminSchema; warnings: string[] } {
  const result = v.safeParse(RawSchema, raw);
  const issues = dedupe([...(result.success ? [] : result.issues.map(toIssue)), ...duplicateNameIssues(raw)]);
  if (!result.success || issues.length > 0) throw new SchemaError(issues);
  const warnings: string[] = [];
  const schema = normalise(result.output, warnings);
  return { schema, warnings };
}

/** Validate and normalise the schema document; throws `SchemaError` naming every bad path. */
export function validateSchema(raw: unknown): AdminSchema {
  return validateSchemaWithWarnings(raw).schema;
}
