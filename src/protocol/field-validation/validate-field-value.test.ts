import { afterEach, describe, expect, it } from "vitest";
import { activateLocale } from "../../i18n/translate.ts";
import { coerceFromText } from "./coerce-from-text.ts";
import type { FieldSchema } from "../types.ts";
import { compilePattern } from "./compile-pattern.ts";
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

describe("validation messages in Swedish", () => {
  afterEach(() => activateLocale("en"));

  it("speaks Swedish, with plural character counts and the language's decimal comma", async () => {
    await activateLocale("sv");
    expect(validateFieldValue("name", f({ required: true, label: "Name" }), "")).toBe("Name är obligatoriskt");
    expect(validateFieldValue("x", f({ max_length: 1 }), "ab")).toBe("Får vara högst 1 tecken");
    expect(validateFieldValue("x", f({ min_length: 3 }), "ab")).toBe("Måste vara minst 3 tecken");
    expect(validateFieldValue("p", f({ type: "number", widget: "number", step: 0.05 }), 1.17)).toBe("Måste vara i steg om 0,05");
    expect(validateFieldValue("q", f({ type: "integer", widget: "number", min: 1000 }), 5)).toBe("Måste vara 1000 eller mer");
    expect(coerceFromText(f({ type: "boolean", widget: "checkbox" }), "kanske")).toEqual({ ok: false, error: "Måste vara sant eller falskt (ja/nej, 1/0)" });
  });
});
