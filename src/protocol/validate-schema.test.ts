import { describe, expect, it } from "vitest";
import { formatSchemaError } from "./schema-error-text.ts";
import { SchemaError, validateSchema, validateSchemaWithWarnings } from "./validate-schema.ts";
import type { SchemaIssue } from "./schema-error.ts";
import { rawSchemaFixture } from "./test-schema-fixture.ts";

type Raw = ReturnType<typeof rawSchemaFixture>;
type Obj = Record<string, unknown>;

function res(raw: Raw, i: number): Obj {
  const r = raw.resources[i];
  if (!r) throw new Error(`no resource ${i}`);
  return r;
}
function sub(o: Obj, key: string): Obj {
  return o[key] as Obj;
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

function pathsOf(raw: unknown): string[] {
  return issuesOf(raw).map((i) => i.path);
}

function mutated(change: (raw: Raw) => void): Raw {
  const raw = rawSchemaFixture();
  change(raw);
  return raw;
}

describe("validateSchema: valid documents", () => {
  it("accepts the fixture and keeps documented members", () => {
    const s = validateSchema(rawSchemaFixture());
    expect(s.title).toBe("Test Admin");
    expect(s.resources.map((r) => r.name)).toEqual(["users", "orders"]);
    expect(s.resources[0]?.fields.email).toMatchObject({ type: "string", widget: "email", required: true, readonly: false });
    expect(s.resources[0]?.fields.role?.options).toEqual([
      { value: "admin", label: "Admin" },
      { value: "user", label: "User" },
    ]);
    expect(s.resources[1]?.fields.customer?.relation).toEqual({ endpoint: "/users", label_field: "name", search_field: "name", value_field: "id" });
    expect(s.auth.token_header).toBe("X-API-Key");
    expect(s.modules).toEqual({ GDPR_ENABLED: true });
  });

  it("tolerates unknown extra keys at every level", () => {
    const raw = mutated((r) => {
      r.extra_root = { anything: 1 };
      res(r, 0).x_custom = true;
      sub(res(r, 0), "list").column_widths = [1, 2];
      (sub(sub(res(r, 0), "fields"), "email") as Obj).autocomplete = "email";
    });
    const { schema, warnings } = validateSchemaWithWarnings(raw);
    expect(warnings).toEqual([]);
    expect(schema.resources[0]?.fields.email?.widget).toBe("email");
  });

  it("treats null as absent for optional members", () => {
    const raw = mutated((r) => {
      r.theme = null;
      r.navigation = null;
      const email = sub(sub(res(r, 0), "fields"), "email");
      Object.assign(email, { label: null, placeholder: null, options: null, relation: null, min: null });
      sub(res(r, 0), "list").sort_fields = null;
    });
    const s = validateSchema(raw);
    const email = s.resources[0]?.fields.email;
    expect(email).toBeDefined();
    expect(email && "placeholder" in email).toBe(false);
    expect(email?.label).toBe("Email");
    expect(s.theme).toBeUndefined();
    expect(s.resources[0]?.list.sort_fields).toBeUndefined();
  });
});

describe("validateSchema: malformed documents name the exact path", () => {
  it.each<[string, unknown, SchemaIssue[]]>([
    ["document is an array", [], [{ path: "", expected: "schema object", received: "Array" }]],
    ["document is null", null, [{ path: "", expected: "schema object", received: "null" }]],
    ["document is a string", "oops", [{ path: "", expected: "schema object", received: '"oops"' }]],
  ])("%s", (_name, raw, expected) => {
    expect(issuesOf(raw)).toEqual(expected);
  });

  it("missing resources", () => {
    expect(issuesOf(mutated((r) => void delete (r as Obj).resources))).toEqual([
      { path: "resources", expected: "array of resources", received: "missing" },
    ]);
  });

  it("resources not an array", () => {
    expect(issuesOf(mutated((r) => void ((r as Obj).resources = { users: {} })))).toEqual([
      { path: "resources", expected: "array of resources", received: "Object" },
    ]);
  });

  it("missing title", () => {
    expect(issuesOf(mutated((r) => void delete r.title))).toEqual([{ path: "title", expected: "string", received: "missing" }]);
  });

  it("wrong type at resources[1].list.page_size", () => {
    expect(issuesOf(mutated((r) => void (sub(res(r, 1), "list").page_size = "25")))).toEqual([
      { path: "resources[1].list.page_size", expected: "positive integer", received: '"25"' },
    ]);
  });

  it.each([0, -5, 2.5])("page_size %s is not a positive integer", (n) => {
    expect(pathsOf(mutated((r) => void (sub(res(r, 0), "list").page_size = n)))).toEqual(["resources[0].list.page_size"]);
  });

  it("fields not an object", () => {
    expect(issuesOf(mutated((r) => void (res(r, 1).fields = ["number", "customer"])))).toEqual([
      { path: "resources[1].fields", expected: "object of fields keyed by name", received: "Array" },
    ]);
    expect(pathsOf(mutated((r) => void (res(r, 0).fields = "email")))).toEqual(["resources[0].fields"]);
  });

  it("a field that is not an object", () => {
    expect(issuesOf(mutated((r) => void (sub(res(r, 0), "fields").email = "string")))).toEqual([
      { path: "resources[0].fields.email", expected: "field object", received: '"string"' },
    ]);
  });

  it("wrong widget type names resources[i].fields.<name>.widget", () => {
    expect(issuesOf(mutated((r) => void (sub(sub(res(r, 0), "fields"), "email").widget = 42)))).toEqual([
      { path: "resources[0].fields.email.widget", expected: "string", received: "42" },
    ]);
  });

  it("field names that are not identifiers are quoted in the path", () => {
    const raw = mutated((r) => {
      sub(res(r, 0), "fields")["first-name"] = { type: "string", widget: "text", required: "yes", readonly: false };
    });
    expect(pathsOf(raw)).toEqual(['resources[0].fields["first-name"].required']);
  });

  it("options missing label", () => {
    const raw = mutated((r) => void (sub(sub(res(r, 0), "fields"), "role").options = [{ value: "a", label: "A" }, { value: "b" }]));
    expect(issuesOf(raw)).toEqual([{ path: "resources[0].fields.role.options[1].label", expected: "string", received: "missing" }]);
  });

  it("options not an array, option not an object", () => {
    expect(pathsOf(mutated((r) => void (sub(sub(res(r, 0), "fields"), "role").options = { a: "A" })))).toEqual([
      "resources[0].fields.role.options",
    ]);
    expect(pathsOf(mutated((r) => void (sub(sub(res(r, 0), "fields"), "role").options = ["admin"])))).toEqual([
      "resources[0].fields.role.options[0]",
    ]);
  });

  it("relation missing endpoint", () => {
    const raw = mutated((r) => void delete sub(sub(sub(res(r, 1), "fields"), "customer"), "relation").endpoint);
    expect(issuesOf(raw)).toEqual([{ path: "resources[1].fields.customer.relation.endpoint", expected: "string", received: "missing" }]);
  });

  it("relation filters with an object value", () => {
    const raw = mutated((r) => void (sub(sub(sub(res(r, 1), "fields"), "customer"), "relation").filters = { tenant: { a: 1 } }));
    expect(pathsOf(raw)).toEqual(["resources[1].fields.customer.relation.filters.tenant"]);
  });

  it("navigation not an array", () => {
    expect(issuesOf(mutated((r) => void (r.navigation = { People: ["users"] })))).toEqual([
      { path: "navigation", expected: "array of navigation groups", received: "Object" },
    ]);
  });

  it("navigation group with bad members", () => {
    const raw = mutated((r) => void (r.navigation = [{ label: "A", resources: ["users"] }, { label: 3, resources: "users" }]));
    expect(issuesOf(raw)).toEqual([
      { path: "navigation[1].label", expected: "string", received: "3" },
      { path: "navigation[1].resources", expected: "array of strings", received: '"users"' },
    ]);
  });

  it("navigation resources containing a non-string", () => {
    expect(pathsOf(mutated((r) => void (r.navigation = [{ label: "A", resources: ["users", 7] }])))).toEqual(["navigation[0].resources[1]"]);
  });

  it("missing and mistyped resource members", () => {
    const raw = mutated((r) => {
      delete res(r, 0).endpoint;
      res(r, 1).methods = "GET";
      delete res(r, 1).features;
    });
    expect(issuesOf(raw)).toEqual([
      { path: "resources[0].endpoint", expected: "string", received: "missing" },
      { path: "resources[1].methods", expected: "array of HTTP methods", received: '"GET"' },
      { path: "resources[1].features", expected: "features object", received: "missing" },
    ]);
  });

  it("empty resource name", () => {
    expect(issuesOf(mutated((r) => void (res(r, 0).name = "  ")))).toEqual([
      { path: "resources[0].name", expected: "non-empty string", received: '"  "' },
    ]);
  });

  it("list missing or list.fields missing", () => {
    expect(pathsOf(mutated((r) => void delete res(r, 0).list))).toEqual(["resources[0].list"]);
    expect(issuesOf(mutated((r) => void delete sub(res(r, 0), "list").fields))).toEqual([
      { path: "resources[0].list.fields", expected: "array of strings", received: "missing" },
    ]);
  });

  it("form groups malformed", () => {
    expect(pathsOf(mutated((r) => void (sub(res(r, 0), "form").groups = {})))).toEqual(["resources[0].form.groups"]);
    expect(pathsOf(mutated((r) => void (sub(res(r, 0), "form").groups = [{ label: "x" }])))).toEqual(["resources[0].form.groups[0].fields"]);
  });

  it("feature flag of the wrong type", () => {
    expect(issuesOf(mutated((r) => void (sub(res(r, 0), "features").create = "true")))).toEqual([
      { path: "resources[0].features.create", expected: "boolean", received: '"true"' },
    ]);
  });

  it("field min/max of the wrong type", () => {
    expect(issuesOf(mutated((r) => void (sub(sub(res(r, 1), "fields"), "number").min = [1])))).toEqual([
      { path: "resources[1].fields.number.min", expected: "number or string", received: "Array" },
    ]);
  });

  it("auth and theme of the wrong shape", () => {
    expect(pathsOf(mutated((r) => void (r.auth = "X-API-Key")))).toEqual(["auth"]);
    expect(pathsOf(mutated((r) => void (r.auth = { token_header: 5 })))).toEqual(["auth.token_header"]);
    expect(pathsOf(mutated((r) => void (r.theme = { primary_color: "#fff", logo_url: 1 })))).toEqual(["theme.logo_url"]);
  });

  it("duplicate resource names are an error", () => {
    const raw = mutated((r) => void (res(r, 1).name = "users"));
    expect(issuesOf(raw)).toEqual([
      { path: "resources[1].name", expected: 'a unique resource name (resources[0].name is also "users")', received: '"users"' },
    ]);
  });

  it("collects every issue in one error", () => {
    const raw = mutated((r) => {
      r.title = 1;
      sub(res(r, 1), "list").page_size = "x";
      sub(sub(res(r, 0), "fields"), "email").readonly = "no";
    });
    expect(pathsOf(raw)).toEqual(["title", "resources[0].fields.email.readonly", "resources[1].list.page_size"]);
  });

  it("unknown widget ids are not errors", () => {
    const raw = mutated((r) => void (sub(sub(res(r, 0), "fields"), "email").widget = "fancy-email-3000"));
    expect(validateSchema(raw).resources[0]?.fields.email?.widget).toBe("fancy-email-3000");
  });
});

describe("validateSchema: client rules", () => {
  it("drops dangling field names from every list and group", () => {
    const raw = mutated((r) => {
      const u = res(r, 0);
      u.list = {
        fields: ["email", "ghost", "name"],
        search_fields: ["ghost", "email"],
        filter_fields: ["role", "nope"],
        sort_fields: ["email", "nope"],
        sort_default: "-ghost",
        page_size: 10,
      };
      u.form = { groups: [{ label: "Main", fields: ["email", "ghost"] }, { label: "Gone", fields: ["ghost2"] }] };
    });
    const u = validateSchema(raw).resources[0];
    expect(u?.list).toEqual({ fields: ["email", "name"], search_fields: ["email"], filter_fields: ["role"], sort_fields: ["email"], sort_default: "", page_size: 10 });
    expect(u?.form.groups).toEqual([{ label: "Main", fields: ["email"] }]);
  });

  it("keeps a valid sort_default with its direction", () => {
    const raw = mutated((r) => void (sub(res(r, 0), "list").sort_default = "-email"));
    expect(validateSchema(raw).resources[0]?.list.sort_default).toBe("-email");
  });

  it("drops dangling resource names from navigation and appends ungrouped resources", () => {
    const raw = mutated((r) => void (r.navigation = [{ label: "People", resources: ["ghost", "users"] }, { label: "Empty", resources: ["nope"] }]));
    expect(validateSchema(raw).navigation).toEqual([
      { label: "People", resources: ["users"] },
      { label: "Other", resources: ["orders"] },
    ]);
  });

  it("navigation absent → one group with every resource in order", () => {
    const raw = mutated((r) => void delete r.navigation);
    expect(validateSchema(raw).navigation).toEqual([{ label: "", resources: ["users", "orders"] }]);
  });

  it("empty form.groups → one untitled group with every field in key order", () => {
    const s = validateSchema(rawSchemaFixture());
    expect(s.resources[1]?.form.groups).toEqual([{ label: "", fields: ["number", "customer"] }]);
  });

  it('type "integer" → number with step 1; unknown type → string', () => {
    const raw = mutated((r) => {
      sub(sub(res(r, 0), "fields"), "name").type = "ulid";
    });
    const s = validateSchema(raw);
    expect(s.resources[1]?.fields.number).toMatchObject({ type: "number", step: 1 });
    expect(s.resources[0]?.fields.name?.type).toBe("string");
  });

  it("integer keeps an explicit step", () => {
    const raw = mutated((r) => void (sub(sub(res(r, 1), "fields"), "number").step = 5));
    expect(validateSchema(raw).resources[1]?.fields.number?.step).toBe(5);
  });

  it("generates labels from field names", () => {
    const raw = mutated((r) => void (sub(res(r, 0), "fields").created_at = { type: "date", widget: "", required: false, readonly: true }));
    expect(validateSchema(raw).resources[0]?.fields.created_at?.label).toBe("Created at");
  });

  it("required is ignored for readonly fields", () => {
    const raw = mutated((r) => void Object.assign(sub(sub(res(r, 0), "fields"), "email"), { required: true, readonly: true }));
    expect(validateSchema(raw).resources[0]?.fields.email).toMatchObject({ required: false, readonly: true });
  });

  it.each(["1.0", "1", "1.7", "1.0.3"])("version %s is accepted silently", (version) => {
    expect(validateSchemaWithWarnings(mutated((r) => void (r.version = version))).warnings).toEqual([]);
  });

  it.each(["2.0", "0.9", "10.1", "litestar-admin/0.1"])("version %s gives a non-blocking warning", (version) => {
    const { schema, warnings } = validateSchemaWithWarnings(mutated((r) => void (r.version = version)));
    expect(schema.version).toBe(version);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(version);
  });

  it("keeps a valid theme colour", () => {
    for (const color of ["#2563eb", "#abc", "rgb(37 99 235)", "hsl(220, 80%, 50%)", "rebeccapurple", "oklch(0.6 0.2 250 / 50%)"]) {
      const { schema, warnings } = validateSchemaWithWarnings(mutated((r) => void (r.theme = { primary_color: color })));
      expect(schema.theme?.primary_color).toBe(color);
      expect(warnings).toEqual([]);
    }
  });

  it.each(["red; background: url(x)", "url(javascript:alert(1))", "#12", "expression(alert(1))", 42, "notacolour"])(
    "drops an invalid theme colour %s with a warning",
    (color) => {
      const { schema, warnings } = validateSchemaWithWarnings(mutated((r) => void (r.theme = { primary_color: color, logo_url: "/logo.svg" })));
      expect(schema.theme).toEqual({ primary_color: "", logo_url: "/logo.svg" });
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain("theme.primary_color");
    },
  );

  it("a theme left with nothing usable is dropped", () => {
    const { schema } = validateSchemaWithWarnings(mutated((r) => void (r.theme = { primary_color: "javascript:1" })));
    expect(schema.theme).toBeUndefined();
  });

  it("does not mutate its input", () => {
    const raw = rawSchemaFixture();
    const copy = JSON.parse(JSON.stringify(raw)) as unknown;
    validateSchema(raw);
    expect(raw).toEqual(copy);
  });
});

describe("formatSchemaError", () => {
  it("names each bad path and the expected shape", () => {
    let error: unknown;
    try {
      validateSchema(mutated((r) => {
        sub(res(r, 1), "list").page_size = "25";
        delete sub(sub(sub(res(r, 1), "fields"), "customer"), "relation").endpoint;
      }));
    } catch (e) {
      error = e;
    }
    const text = formatSchemaError(error);
    expect(text).toContain("(2 problems)");
    expect(text).toContain('- resources[1].list.page_size: expected positive integer, received "25"');
    expect(text).toContain("- resources[1].fields.customer.relation.endpoint: expected string, received missing");
  });

  it("passes other errors' messages through", () => {
    expect(formatSchemaError(new Error("boom"))).toBe("boom");
  });
});
