// The one policy for a missing or odd value in the schema (validate-schema.ts): where
// craft-easy.md gives a client rule, the rule is followed; anywhere else the schema is invalid
// and the error names the path.
import { describe, expect, it } from "vitest";
import { SchemaError, validateSchema, validateSchemaWithWarnings } from "./validate-schema.ts";
import type { SchemaIssue } from "./schema-error.ts";
import { resolveWidget } from "./resolve-widget.ts";
import { rawSchemaFixture } from "./test-schema-fixture.ts";

type Raw = ReturnType<typeof rawSchemaFixture>;
type Obj = Record<string, unknown>;

const res = (raw: Raw, i: number): Obj => raw.resources[i] as Obj;
const sub = (o: Obj, key: string): Obj => o[key] as Obj;
const field = (raw: Raw, i: number, name: string): Obj => sub(sub(res(raw, i), "fields"), name);

function mutated(change: (raw: Raw) => void): Raw {
  const raw = rawSchemaFixture();
  change(raw);
  return raw;
}

function issuesOf(raw: unknown): SchemaIssue[] {
  try {
    validateSchema(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(SchemaError);
    return (e as SchemaError).issues;
  }
  throw new Error("expected validateSchema to throw");
}

describe("no client rule: the error names the path", () => {
  it("a field without `type`", () => {
    const raw = mutated((r) => void (sub(res(r, 1), "fields").pages = { widget: "number", required: false, readonly: false }));
    expect(issuesOf(raw)).toEqual([{ path: "resources[1].fields.pages.type", expected: "string", received: "missing" }]);
  });

  it("select options whose `value` is not a string", () => {
    const raw = mutated((r) => void (field(r, 0, "role").options = [{ value: "a", label: "A" }, { value: 2, label: "Two" }, { value: true, label: "Yes" }]));
    expect(issuesOf(raw)).toEqual([
      { path: "resources[0].fields.role.options[1].value", expected: "string", received: "2" },
      { path: "resources[0].fields.role.options[2].value", expected: "string", received: "true" },
    ]);
  });

  // Each of these was accepted before with a made-up value (in brackets).
  it.each<[string, (r: Raw) => void, SchemaIssue]>([
    ["relation filter not a string (→ its text)", (r) => void (sub(field(r, 1, "customer"), "relation").filters = { level: 2 }), { path: "resources[1].fields.customer.relation.filters.level", expected: "string", received: "2" }],
    ["relation.search_field absent (→ label_field)", (r) => void delete sub(field(r, 1, "customer"), "relation").search_field, { path: "resources[1].fields.customer.relation.search_field", expected: "string", received: "missing" }],
    ["relation.value_field absent (→ \"id\")", (r) => void delete sub(field(r, 1, "customer"), "relation").value_field, { path: "resources[1].fields.customer.relation.value_field", expected: "string", received: "missing" }],
    ["field `required` absent (→ false)", (r) => void delete field(r, 0, "email").required, { path: "resources[0].fields.email.required", expected: "boolean", received: "missing" }],
    ["field `readonly` null (→ false)", (r) => void (field(r, 0, "email").readonly = null), { path: "resources[0].fields.email.readonly", expected: "boolean", received: "null" }],
    ["field `label` blank (→ from the name)", (r) => void (field(r, 0, "email").label = "  "), { path: "resources[0].fields.email.label", expected: "non-empty string", received: '"  "' }],
    ["resource `label` absent (→ from the name)", (r) => void delete res(r, 0).label, { path: "resources[0].label", expected: "non-empty string", received: "missing" }],
    ["resource `label_plural` absent (→ label)", (r) => void delete res(r, 1).label_plural, { path: "resources[1].label_plural", expected: "non-empty string", received: "missing" }],
    ["resource `label` blank (→ from the name)", (r) => void (res(r, 0).label = ""), { path: "resources[0].label", expected: "non-empty string", received: '""' }],
    ["method in lower case (→ upper-cased)", (r) => void (res(r, 0).methods = ["GET", "post"]), { path: "resources[0].methods[1]", expected: "HTTP method in upper case", received: '"post"' }],
    ["list.search_fields absent (→ [])", (r) => void delete sub(res(r, 0), "list").search_fields, { path: "resources[0].list.search_fields", expected: "array of strings", received: "missing" }],
    ["list.filter_fields absent (→ [])", (r) => void delete sub(res(r, 0), "list").filter_fields, { path: "resources[0].list.filter_fields", expected: "array of strings", received: "missing" }],
    ["list.sort_default absent (→ \"\")", (r) => void delete sub(res(r, 0), "list").sort_default, { path: "resources[0].list.sort_default", expected: "string", received: "missing" }],
    ["list.page_size absent (→ 25)", (r) => void delete sub(res(r, 1), "list").page_size, { path: "resources[1].list.page_size", expected: "positive integer", received: "missing" }],
    ["form absent (→ one group of every field)", (r) => void delete res(r, 0).form, { path: "resources[0].form", expected: "form object", received: "missing" }],
    ["form.groups absent (→ one group of every field)", (r) => void (res(r, 0).form = {}), { path: "resources[0].form.groups", expected: "array of form groups", received: "missing" }],
    ["form group label absent (→ \"\")", (r) => void (res(r, 0).form = { groups: [{ fields: ["email"] }] }), { path: "resources[0].form.groups[0].label", expected: "string", received: "missing" }],
    ["feature flag absent (→ false)", (r) => void delete sub(res(r, 0), "features").edit, { path: "resources[0].features.edit", expected: "boolean", received: "missing" }],
    ["navigation group label absent (→ \"\")", (r) => void (r.navigation = [{ resources: ["users"] }]), { path: "navigation[0].label", expected: "string", received: "missing" }],
    ["modules absent (→ {})", (r) => void delete r.modules, { path: "modules", expected: "object of flags", received: "missing" }],
    ["module flag not a boolean (→ dropped with a warning)", (r) => void (r.modules = { A: true, B: "yes" }), { path: "modules.B", expected: "boolean", received: '"yes"' }],
    ["theme without primary_color (→ no accent)", (r) => void (r.theme = { logo_url: "/logo.png" }), { path: "theme.primary_color", expected: "CSS colour", received: "missing" }],
    ["theme logo with a script URL (→ dropped by the shell)", (r) => void (r.theme = { primary_color: "#fff", logo_url: "javascript:alert(1)" }), { path: "theme.logo_url", expected: "image URL (http, https, raster data:image, or relative)", received: '"javascript:alert(1)"' }],
    ["theme favicon an SVG data: URL (→ used)", (r) => void (r.theme = { primary_color: "#fff", favicon_url: "data:image/svg+xml,<svg onload=alert(1)>" }), { path: "theme.favicon_url", expected: "image URL (http, https, raster data:image, or relative)", received: '"data:image/svg+xml,<svg onload=alert(1)>"' }],
  ])("%s", (_name, change, issue) => {
    expect(issuesOf(mutated(change))).toEqual([issue]);
  });
});

describe("a client rule: followed, no error", () => {
  it("version absent → a non-blocking warning (§2.2)", () => {
    const { schema, warnings } = validateSchemaWithWarnings(mutated((r) => void delete r.version));
    expect(schema.version).toBe("");
    expect(warnings).toEqual(["The schema has no version; assuming a 1.x schema."]);
  });

  it("version of another type → a non-blocking warning (§2.2: any other value)", () => {
    const { warnings } = validateSchemaWithWarnings(mutated((r) => void (r.version = { major: 1 })));
    expect(warnings).toEqual(['Schema version {"major":1} is not a supported 1.x version; continuing anyway.']);
    expect(validateSchemaWithWarnings(mutated((r) => void (r.version = 1))).warnings).toEqual([]);
  });

  it("auth absent or partial → the adapter defaults (§13)", () => {
    expect(validateSchema(mutated((r) => void delete r.auth)).auth).toEqual({ login_endpoint: "/auth/login/email", refresh_endpoint: "/auth/refresh", token_header: "X-API-Key" });
    expect(validateSchema(mutated((r) => void (r.auth = { token_header: "Authorization" }))).auth).toEqual({
      login_endpoint: "/auth/login/email",
      refresh_endpoint: "/auth/refresh",
      token_header: "Authorization",
    });
  });

  it("widget absent or null → the resolution order chooses (§3.3)", () => {
    const raw = mutated((r) => {
      delete field(r, 0, "email").widget;
      field(r, 1, "number").widget = null;
    });
    const s = validateSchema(raw);
    expect(s.resources[0]?.fields.email?.widget).toBe("");
    expect(resolveWidget(s.resources[0]!.fields.email!)).toBe("text");
    expect(resolveWidget(s.resources[1]!.fields.number!)).toBe("number");
  });

  it("field label absent or null → generated from the name (§3.2)", () => {
    const raw = mutated((r) => {
      sub(res(r, 0), "fields").created_at = { type: "date", widget: "", required: false, readonly: true, label: null };
    });
    expect(validateSchema(raw).resources[0]?.fields.created_at?.label).toBe("Created at");
  });

  it.each(["ulid", "float", "datetime", "Number", ""])('type %j is unknown → "string" (§3.2: only the documented names)', (type) => {
    expect(validateSchema(mutated((r) => void (field(r, 0, "name").type = type))).resources[0]?.fields.name?.type).toBe("string");
  });

  it("sort_fields absent stays absent (§3.1: every column is sortable)", () => {
    expect(validateSchema(rawSchemaFixture()).resources[0]?.list.sort_fields).toBeUndefined();
  });

  it("a repeated method or name counts once", () => {
    const raw = mutated((r) => {
      res(r, 0).methods = ["GET", "PATCH", "PATCH"];
      sub(res(r, 0), "list").fields = ["email", "email", "name"];
    });
    const u = validateSchema(raw).resources[0];
    expect(u?.methods).toEqual(["GET", "PATCH"]);
    expect(u?.list.fields).toEqual(["email", "name"]);
  });

  it.each(["javascript:alert(1)", " \u0001javascript:alert(1)", "java\tscript:alert(1)", "data:image/svg+xml,<svg/>", "data:text/html,x", "mailto:a@b.example", "blob:https://a.example/x", "https://[::1", ""])(
    "theme image URL %j is an error naming the path",
    (url) => {
      expect(issuesOf(mutated((r) => void (r.theme = { primary_color: "#2563eb", favicon_url: url }))).map((i) => i.path)).toEqual(["theme.favicon_url"]);
    },
  );

  it("theme image URLs: relative, absolute path, absolute and raster data: URLs are accepted as sent", () => {
    const urls = ["img/logo.png", "/static/logo.svg", "https://cdn.example/logo.svg", "//cdn.example/logo.svg", "data:image/png;base64,iVBORw0KGgo="];
    for (const url of urls) {
      const { schema, warnings } = validateSchemaWithWarnings(mutated((r) => void (r.theme = { primary_color: "#2563eb", logo_url: url, favicon_url: url })));
      expect(schema.theme).toEqual({ primary_color: "#2563eb", logo_url: url, favicon_url: url });
      expect(warnings).toEqual([]);
    }
  });
});
