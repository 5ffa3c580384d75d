import { describe, expect, it } from "vitest";
import type { FieldSchema } from "../types.ts";
import { coerceFromText } from "./coerce-from-text.ts";
import { validateFieldValue } from "./validate-field-value.ts";

function f(partial: Partial<FieldSchema>): FieldSchema {
  return { type: "string", widget: "text", required: false, readonly: false, ...partial };
}

const statusField = f({
  widget: "select",
  label: "Status",
  options: [
    { value: "draft", label: "Draft" },
    { value: "published", label: "Published" },
  ],
});

describe("coerceFromText", () => {
  it("turns empty cells into null for every type", () => {
    for (const field of [f({}), f({ type: "number" }), f({ type: "boolean" }), statusField, f({ widget: "tags" })]) {
      expect(coerceFromText(field, "  ")).toEqual({ ok: true, value: null });
    }
  });

  it("reads booleans in several spellings", () => {
    const b = f({ type: "boolean", widget: "checkbox" });
    for (const t of ["true", "TRUE", "1", "yes", "Y", "on", "ja"]) expect(coerceFromText(b, t)).toEqual({ ok: true, value: true });
    for (const t of ["false", "0", "No", "n", "OFF", "nej", "nein"]) expect(coerceFromText(b, t)).toEqual({ ok: true, value: false });
    expect(coerceFromText(b, "perhaps").ok).toBe(false);
  });

  it("reads numbers with locale separators", () => {
    const n = f({ type: "number" });
    expect(coerceFromText(n, "1.234,5", { locale: "de" })).toEqual({ ok: true, value: 1234.5 });
    expect(coerceFromText(n, "1 234,5", { locale: "fr" })).toEqual({ ok: true, value: 1234.5 });
    expect(coerceFromText(n, "twelve")).toEqual({ ok: false, error: "Must be a number" });
    expect(coerceFromText(f({ type: "integer" }), "x")).toEqual({ ok: false, error: "Must be a whole number" });
  });

  it("reads dates into ISO strings", () => {
    const d = f({ type: "date", widget: "date" });
    expect(coerceFromText(d, "24.12.2026")).toEqual({ ok: true, value: "2026-12-24" });
    expect(coerceFromText(d, "12/24/2026 08:00")).toEqual({ ok: true, value: "2026-12-24T08:00:00" });
    expect(coerceFromText(d, "soon")).toEqual({ ok: false, error: "Must be a valid date" });
  });

  it("matches options by value or label, any case, converting to the field type", () => {
    expect(coerceFromText(statusField, "Published")).toEqual({ ok: true, value: "published" });
    expect(coerceFromText(statusField, "DRAFT")).toEqual({ ok: true, value: "draft" });
    expect(coerceFromText(statusField, "archived")).toEqual({ ok: false, error: "Must be one of: Draft, Published" });
    const prio = f({ type: "integer", widget: "select", options: [{ value: "1", label: "Low" }, { value: "2", label: "High" }] });
    expect(coerceFromText(prio, "high")).toEqual({ ok: true, value: 2 });
    const flag = f({ type: "boolean", widget: "select", options: [{ value: "true", label: "Active" }, { value: "false", label: "Inactive" }] });
    expect(coerceFromText(flag, "inactive")).toEqual({ ok: true, value: false });
  });

  it("splits multi-select and tags cells", () => {
    const tags = f({ widget: "tags" });
    expect(coerceFromText(tags, "a, b, c")).toEqual({ ok: true, value: ["a", "b", "c"] });
    // the strongest separator present wins: | over ; over ,
    expect(coerceFromText(tags, "a, b;c")).toEqual({ ok: true, value: ["a, b", "c"] });
    expect(coerceFromText(tags, "a; b; c")).toEqual({ ok: true, value: ["a", "b", "c"] });
    expect(coerceFromText(tags, "a|b")).toEqual({ ok: true, value: ["a", "b"] });
    expect(coerceFromText(tags, '["x","y"]')).toEqual({ ok: true, value: ["x", "y"] });
    const multi = f({ widget: "multiselect", options: [{ value: "red", label: "Red" }, { value: "blue", label: "Blue" }] });
    expect(coerceFromText(multi, "Red, BLUE")).toEqual({ ok: true, value: ["red", "blue"] });
    expect(coerceFromText(multi, "red, green")).toEqual({ ok: false, error: '"green" is not one of: Red, Blue' });
  });

  it("parses JSON cells", () => {
    const j = f({ type: "json", widget: "json" });
    expect(coerceFromText(j, '{"a":[1,2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
    expect(coerceFromText(j, "{oops")).toEqual({ ok: false, error: "Must be valid JSON" });
  });

  it("normalises times and colours, trims strings", () => {
    expect(coerceFromText(f({ widget: "time" }), "9:05")).toEqual({ ok: true, value: "09:05" });
    expect(coerceFromText(f({ widget: "time" }), "9:05:30 pm")).toEqual({ ok: true, value: "21:05:30" });
    expect(coerceFromText(f({ widget: "time" }), "nine")).toEqual({ ok: false, error: "Must be a valid time (HH:MM)" });
    expect(coerceFromText(f({ widget: "color" }), "1a2b3c")).toEqual({ ok: true, value: "#1a2b3c" });
    expect(coerceFromText(f({}), "  Ann  ")).toEqual({ ok: true, value: "Ann" });
  });

  it("keeps relation text for later resolution, converting numeric keys", () => {
    const rel = { endpoint: "/c", label_field: "name", search_field: "name", value_field: "id" };
    expect(coerceFromText(f({ widget: "relation", relation: rel }), "Acme")).toEqual({ ok: true, value: "Acme" });
    expect(coerceFromText(f({ type: "integer", widget: "relation", relation: rel }), "17")).toEqual({ ok: true, value: 17 });
  });

  it("produces values that validateFieldValue accepts", () => {
    const fields: [FieldSchema, string][] = [
      [f({ type: "integer", min: 0 }), "1.000"],
      [f({ type: "date", widget: "date" }), "01.02.2026"],
      [statusField, "Draft"],
      [f({ type: "boolean" }), "yes"],
    ];
    for (const [field, text] of fields) {
      const r = coerceFromText(field, text, { locale: "de-DE" });
      expect(r.ok).toBe(true);
      if (r.ok) expect(validateFieldValue("x", field, r.value)).toBeNull();
    }
  });
});
