import { describe, expect, it } from "vitest";
import type { FieldSchema } from "./types.ts";
import {
  coerceFromText,
  compilePattern,
  detectDateOrder,
  detectDecimalSeparator,
  fieldLabel,
  isEmptyValue,
  parseDateText,
  parseNumberText,
  validateFieldValue,
  valueKind,
} from "./field-validation.ts";

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

describe("fieldLabel / valueKind / isEmptyValue", () => {
  it("derives a label from the name when absent", () => {
    expect(fieldLabel("first_name", f({}))).toBe("First name");
    expect(fieldLabel("first_name", f({ label: "Given name" }))).toBe("Given name");
  });

  it("resolves the value kind in the protocol's widget order", () => {
    expect(valueKind(f({ widget: "multiselect", options: [] }))).toBe("multi");
    expect(valueKind(f({ widget: "text", relation: { endpoint: "/t", label_field: "name", search_field: "name", value_field: "id" } }))).toBe("relation");
    expect(valueKind(f({ widget: "custom", options: [{ value: "a", label: "A" }] }))).toBe("select");
    expect(valueKind(f({ type: "boolean", widget: "checkbox" }))).toBe("boolean");
    expect(valueKind(f({ type: "integer", widget: "number" }))).toBe("number");
    expect(valueKind(f({ type: "date", widget: "date" }))).toBe("date");
    expect(valueKind(f({ type: "json", widget: "json" }))).toBe("json");
    expect(valueKind(f({ type: "weird", widget: "unknown" }))).toBe("string");
  });

  it("treats null, undefined, blank strings and [] as empty, but not 0 or false", () => {
    for (const v of [null, undefined, "", "   ", []]) expect(isEmptyValue(v)).toBe(true);
    for (const v of [0, false, "x", [1], {}]) expect(isEmptyValue(v)).toBe(false);
  });
});

describe("validateFieldValue", () => {
  it("reports required fields by label, for every empty form", () => {
    const name = f({ required: true, label: "Name" });
    expect(validateFieldValue("name", name, "")).toBe("Name is required");
    expect(validateFieldValue("name", name, null)).toBe("Name is required");
    expect(validateFieldValue("name", name, undefined)).toBe("Name is required");
    expect(validateFieldValue("tags", f({ widget: "tags", required: true }), [])).toBe("Tags is required");
    expect(validateFieldValue("name", name, "Ann")).toBeNull();
  });

  it("ignores required (and every check) on readonly fields", () => {
    expect(validateFieldValue("code", f({ required: true, readonly: true }), "")).toBeNull();
    expect(validateFieldValue("code", f({ readonly: true, max_length: 1 }), "long")).toBeNull();
  });

  it("does not require an empty password when editing", () => {
    const pw = f({ widget: "password", required: true, label: "Password" });
    expect(validateFieldValue("password", pw, "", { mode: "create" })).toBe("Password is required");
    expect(validateFieldValue("password", pw, "", { mode: "edit" })).toBeNull();
  });

  it("checks string lengths in characters (code points)", () => {
    const field = f({ min_length: 3, max_length: 5 });
    expect(validateFieldValue("x", field, "ab")).toBe("Must be at least 3 characters");
    expect(validateFieldValue("x", field, "abcdef")).toBe("Must be at most 5 characters");
    expect(validateFieldValue("x", f({ max_length: 1 }), "ab")).toBe("Must be at most 1 character");
    expect(validateFieldValue("x", field, "😀😀😀")).toBeNull();
  });

  it("tests the pattern as a search without added anchors, skipping broken patterns", () => {
    const sku = f({ pattern: "[A-Z]{3}-\\d+" });
    expect(validateFieldValue("sku", sku, "xxABC-12yy")).toBeNull();
    expect(validateFieldValue("sku", sku, "abc-12")).toBe("Must match the required format");
    const anchored = f({ pattern: "^[a-z]+$" });
    expect(validateFieldValue("slug", anchored, "abc1")).toBe("Must match the required format");
    expect(validateFieldValue("x", f({ pattern: "([unclosed" }), "anything")).toBeNull();
    expect(compilePattern("([unclosed")).toBeNull();
  });

  it("translates Python-only anchors and named groups", () => {
    expect(validateFieldValue("x", f({ pattern: "\\A\\d+\\Z" }), "123")).toBeNull();
    expect(validateFieldValue("x", f({ pattern: "\\A\\d+\\Z" }), "12a")).toBe("Must match the required format");
    expect(validateFieldValue("x", f({ pattern: "(?P<y>\\d{4})" }), "in 2024")).toBeNull();
    // an escaped backslash followed by A stays literal
    expect(compilePattern("\\\\A")?.test("\\A")).toBe(true);
  });

  it("checks numbers: type, bounds, integer and step", () => {
    const qty = f({ type: "integer", widget: "number", min: 0, max: 100 });
    expect(validateFieldValue("qty", qty, -1)).toBe("Must be 0 or more");
    expect(validateFieldValue("qty", qty, 101)).toBe("Must be 100 or less");
    expect(validateFieldValue("qty", qty, 1.5)).toBe("Must be a whole number");
    expect(validateFieldValue("qty", qty, "12")).toBeNull();
    expect(validateFieldValue("qty", qty, "abc")).toBe("Must be a number");
    expect(validateFieldValue("qty", qty, Number.NaN)).toBe("Must be a number");
    const price = f({ type: "number", step: 0.05 });
    expect(validateFieldValue("price", price, 1.15)).toBeNull();
    expect(validateFieldValue("price", price, 1.17)).toBe("Must be in steps of 0.05");
    // a date bound on a number field is ignored
    expect(validateFieldValue("n", f({ type: "number", min: "2026-01-01" }), -5)).toBeNull();
  });

  it("checks booleans", () => {
    const b = f({ type: "boolean", widget: "checkbox" });
    expect(validateFieldValue("b", b, true)).toBeNull();
    expect(validateFieldValue("b", b, "false")).toBeNull();
    expect(validateFieldValue("b", b, "maybe")).toBe("Must be true or false");
  });

  it("checks dates and honours only ISO string bounds", () => {
    const d = f({ type: "date", widget: "date", min: "2026-01-01", max: "2026-12-31" });
    expect(validateFieldValue("d", d, "2026-06-01")).toBeNull();
    expect(validateFieldValue("d", d, "2025-12-31")).toBe("Must be on or after 2026-01-01");
    expect(validateFieldValue("d", d, "2027-01-01")).toBe("Must be on or before 2026-12-31");
    expect(validateFieldValue("d", d, "2026-12-31T10:00:00")).toBe("Must be on or before 2026-12-31");
    expect(validateFieldValue("d", d, "2026-02-30")).toBe("Must be a valid date");
    expect(validateFieldValue("d", d, "01.02.2026")).toBe("Must be a valid date");
    expect(validateFieldValue("d", d, "2026-03-04T25:00")).toBe("Must be a valid date");
    expect(validateFieldValue("d", d, "2026-03-04T10:00:00+02:00")).toBeNull();
    // numeric bounds on a date field are ignored (no guessing of epoch units)
    expect(validateFieldValue("d", f({ type: "date", min: 1_800_000_000 }), "1999-01-01")).toBeNull();
  });

  it("checks select values against option values and names the labels", () => {
    expect(validateFieldValue("status", statusField, "draft")).toBeNull();
    expect(validateFieldValue("status", statusField, "Draft")).toBe("Must be one of: Draft, Published");
    const prio = f({ type: "integer", widget: "select", options: [{ value: "1", label: "Low" }, { value: "2", label: "High" }] });
    expect(validateFieldValue("prio", prio, 2)).toBeNull();
    expect(validateFieldValue("prio", prio, 3)).toBe("Must be one of: Low, High");
  });

  it("checks multi-select arrays item by item", () => {
    const tags = f({ widget: "multiselect", options: [{ value: "a", label: "A" }, { value: "b", label: "B" }] });
    expect(validateFieldValue("tags", tags, ["a", "b"])).toBeNull();
    expect(validateFieldValue("tags", tags, ["a", "c"])).toBe("Must be one of: A, B");
    expect(validateFieldValue("tags", tags, "a")).toBe("Must be a list of values");
  });

  it("checks JSON text", () => {
    const j = f({ type: "json", widget: "json" });
    expect(validateFieldValue("j", j, '{"a":1}')).toBeNull();
    expect(validateFieldValue("j", j, "{a:1}")).toBe("Must be valid JSON");
    expect(validateFieldValue("j", j, { a: 1 })).toBeNull();
  });

  it("checks widget formats: email, url, colour, time", () => {
    expect(validateFieldValue("e", f({ widget: "email" }), "a@b.co")).toBeNull();
    expect(validateFieldValue("e", f({ widget: "email" }), "a@b")).toBe("Must be a valid email address");
    expect(validateFieldValue("e", f({ widget: "email" }), "a b@c.de")).toBe("Must be a valid email address");
    expect(validateFieldValue("u", f({ widget: "url" }), "https://example.com/x?y=1")).toBeNull();
    expect(validateFieldValue("u", f({ widget: "url" }), "example.com")).toBe("Must be a valid URL");
    expect(validateFieldValue("u", f({ widget: "url" }), "http://")).toBe("Must be a valid URL");
    expect(validateFieldValue("c", f({ widget: "color" }), "#1a2B3c")).toBeNull();
    expect(validateFieldValue("c", f({ widget: "color" }), "red")).toBe("Must be a colour like #1a2b3c");
    expect(validateFieldValue("t", f({ widget: "time" }), "23:59")).toBeNull();
    expect(validateFieldValue("t", f({ widget: "time" }), "24:00")).toBe("Must be a valid time (HH:MM)");
  });
});

describe("parseNumberText", () => {
  it.each([
    ["1234.5", undefined, 1234.5],
    ["1,234.5", undefined, 1234.5],
    ["1.234,5", "de-DE", 1234.5],
    ["1.234,5", undefined, 1234.5],
    ["1 234,5", "fr-FR", 1234.5],
    ["1\u202f234,5", "fr-FR", 1234.5],
    ["1\u00a0234\u00a0567", undefined, 1234567],
    ["1'234.50", "de-CH", 1234.5],
    ["12,5", undefined, 12.5],
    ["-3", undefined, -3],
    ["+2", undefined, 2],
    ["(42)", undefined, -42],
    ["1e3", undefined, 1000],
    [".5", undefined, 0.5],
    ["1,234", "en-US", 1234],
    ["1,234", "de-DE", 1.234],
    ["1.234", "de-DE", 1234],
    ["1.234", "en-US", 1.234],
    ["1,234,567", undefined, 1234567],
    ["1.234.567", undefined, 1234567],
  ])("%s (%s) → %s", (text, locale, expected) => {
    expect(parseNumberText(text, { locale })).toBe(expected);
  });

  it.each(["abc", "1,2,3", "1.2.3", "12 34", "1.234,5.6", "", "1,234.567,8", "€5"])("rejects %j", (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  it("uses a file-level decimal hint for a lone grouped-looking separator", () => {
    expect(parseNumberText("1,250", { decimal: "," })).toBe(1.25);
    expect(parseNumberText("1,250", { decimal: "." })).toBe(1250);
    expect(parseNumberText("1.5", { decimal: "," })).toBe(1.5);
  });
});

describe("parseDateText / detectDateOrder", () => {
  it("keeps ISO dates and completes naive ISO date-times", () => {
    expect(parseDateText("2026-03-04")).toBe("2026-03-04");
    expect(parseDateText("2026-03-04 10:30")).toBe("2026-03-04T10:30:00");
    expect(parseDateText("2026-03-04T10:30:15Z")).toBe("2026-03-04T10:30:15Z");
    expect(parseDateText("2026-03-04T10:30+01:00")).toBe("2026-03-04T10:30:00+01:00");
  });

  it("reads local formats", () => {
    expect(parseDateText("04.03.2026")).toBe("2026-03-04");
    expect(parseDateText("4.3.26")).toBe("2026-03-04");
    expect(parseDateText("2026/03/04")).toBe("2026-03-04");
    expect(parseDateText("03/04/2026", { dateOrder: "MDY" })).toBe("2026-03-04");
    expect(parseDateText("03/04/2026", { dateOrder: "DMY" })).toBe("2026-04-03");
    expect(parseDateText("03/04/2026", { locale: "en-US" })).toBe("2026-03-04");
    expect(parseDateText("03/04/2026", { locale: "en-GB" })).toBe("2026-04-03");
    expect(parseDateText("25/12/2026", { dateOrder: "MDY" })).toBeNull();
    expect(parseDateText("12/25/2026")).toBe("2026-12-25");
    expect(parseDateText("31.12.2026 23:59")).toBe("2026-12-31T23:59:00");
    expect(parseDateText("12/31/2026 3:05 PM")).toBe("2026-12-31T15:05:00");
  });

  it("rejects impossible dates", () => {
    expect(parseDateText("30.02.2026")).toBeNull();
    expect(parseDateText("2026-13-01")).toBeNull();
    expect(parseDateText("tomorrow")).toBeNull();
    expect(parseDateText("01.01.2026 25:00")).toBeNull();
  });

  it("detects the order from a column", () => {
    expect(detectDateOrder(["01/02/2026", "13/02/2026"])).toBe("DMY");
    expect(detectDateOrder(["01/02/2026", "02/13/2026"])).toBe("MDY");
    expect(detectDateOrder(["2026/01/02", "2026-12-31"])).toBe("YMD");
    expect(detectDateOrder(["01.02.2026", "03.04.2026"])).toBe("DMY");
    expect(detectDateOrder(["01/02/2026", "03/04/2026"])).toBeNull();
    expect(detectDateOrder(["13/01/2026", "01/13/2026"])).toBeNull();
    expect(detectDateOrder(["hello", ""])).toBeNull();
  });

  it("detects the decimal separator from a column", () => {
    expect(detectDecimalSeparator(["12,50", "3", "1.234,00"])).toBe(",");
    expect(detectDecimalSeparator(["12.50", "1,234.00"])).toBe(".");
    expect(detectDecimalSeparator(["1,234", "5"])).toBeNull();
  });
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
