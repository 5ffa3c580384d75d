import { describe, expect, it } from "vitest";
import type { FieldSchema, ResourceSchema } from "../../protocol/types.ts";
import { formSections } from "./form-layout.ts";
import { changedFields, createBody, duplicateValues, sameValue, updateBody } from "./form-values.ts";
import { conflictRows, hasEditConflict, resolveConflict } from "./conflict.ts";

const f = (p: Partial<FieldSchema> = {}): FieldSchema => ({ type: "string", widget: "text", required: false, readonly: false, ...p });

const resource = {
  form: {
    groups: [
      { label: "Main", fields: ["name", "ghost", "slug"] },
      { label: "More", fields: ["slug", "notes"], collapsed: true },
      { label: "Empty", fields: ["nope"] },
    ],
  },
  fields: {
    id: f({ readonly: true }),
    name: f({ required: true }),
    slug: f({ help_text: "Must be unique." }),
    notes: f({ widget: "textarea" }),
    secret: f({ widget: "password" }),
    created_at: f({ type: "date", widget: "datetime" }),
    count: f({ type: "integer", widget: "integer" }),
  },
} satisfies Pick<ResourceSchema, "form" | "fields">;

describe("formSections", () => {
  it("keeps group order, skips unknown and repeated names and empty groups, and puts the rest last", () => {
    expect(formSections(resource)).toEqual([
      { label: "Main", fields: ["name", "slug"], collapsible: false, collapsed: false },
      { label: "More", fields: ["notes"], collapsible: true, collapsed: true },
      { label: "Other", fields: ["id", "secret", "created_at", "count"], collapsible: false, collapsed: false },
    ]);
  });
  it("is one unlabelled section without groups", () => {
    expect(formSections({ form: { groups: [] }, fields: { a: f() } })).toEqual([{ label: null, fields: ["a"], collapsible: false, collapsed: false }]);
  });
});

describe("form values", () => {
  it("treats empty text as null and compares objects by content", () => {
    expect(sameValue("", null)).toBe(true);
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue(3, "3")).toBe(true);
    expect(changedFields({ a: "x", b: null }, { a: "x", b: "" })).toEqual([]);
  });

  it("update body: only changed writable fields, null for cleared, no empty password, never the id", () => {
    const baseline = { id: "1", name: "A", slug: "a", notes: "n", secret: null, created_at: "2024-01-01", count: 1 };
    const values = { id: "2", name: "B", slug: "a", notes: "", secret: "", created_at: "2025-01-01", count: 1 };
    expect(updateBody(resource, baseline, values)).toEqual({ name: "B", notes: null });
  });

  it("create body: writable fields with a value", () => {
    expect(createBody(resource, { id: "x", name: "A", slug: "", notes: null, count: 0, created_at: "2024-01-01" })).toEqual({ name: "A", count: 0 });
  });

  it("duplicate drops id, server-managed, readonly, unique and password fields", () => {
    expect(duplicateValues(resource, { id: "1", name: "A", slug: "a", notes: "n", secret: "s", created_at: "x", count: 3 })).toEqual({
      name: "A",
      notes: "n",
      count: 3,
    });
  });
});

describe("conflicts", () => {
  const fields = ["name", "notes", "count"];
  const baseline = { name: "A", notes: "n", count: 1 };
  const mine = { name: "Mine", notes: "n", count: 1 };
  const theirs = { name: "Theirs", notes: "their notes", count: 1 };

  it("lists fields either side changed, defaulting to mine for my edits and theirs for theirs", () => {
    expect(conflictRows(fields, baseline, mine, theirs)).toEqual([
      { field: "name", mine: "Mine", theirs: "Theirs", both: true, initial: "mine" },
      { field: "notes", mine: "n", theirs: "their notes", both: false, initial: "theirs" },
    ]);
    expect(hasEditConflict(fields, baseline, mine, theirs)).toBe(true);
    expect(hasEditConflict(fields, baseline, mine, { ...baseline, count: 5 })).toBe(false);
  });

  it("resolves per field; the server's version becomes the new baseline", () => {
    const r = resolveConflict(fields, baseline, mine, { ...theirs, count: 9 }, { name: "theirs" });
    expect(r.values).toEqual({ name: "Theirs", notes: "their notes", count: 9 });
    expect(r.baseline).toEqual({ name: "Theirs", notes: "their notes", count: 9 });
    const keep = resolveConflict(fields, baseline, mine, theirs, { name: "mine", notes: "mine" });
    expect(keep.values).toEqual({ name: "Mine", notes: "n", count: 1 });
  });
});
