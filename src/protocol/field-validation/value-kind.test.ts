import { describe, expect, it } from "vitest";
import type { FieldSchema } from "../types.ts";
import { fieldLabel, isEmptyValue, valueKind } from "./value-kind.ts";

function f(partial: Partial<FieldSchema>): FieldSchema {
  return { type: "string", widget: "text", required: false, readonly: false, ...partial };
}

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
