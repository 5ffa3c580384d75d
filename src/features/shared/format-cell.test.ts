import { describe, expect, it } from "vitest";
import { formatCell } from "./format-cell.ts";
import type { FieldSchema } from "../../protocol/types.ts";

const f = (over: Partial<FieldSchema>): FieldSchema => ({
  type: "string",
  widget: "text",
  required: false,
  readonly: false,
  ...over,
});

describe("formatCell", () => {
  it("shows booleans as Yes/No and empty values as a dash", () => {
    expect(formatCell(true, f({ type: "boolean" })).text).toBe("Yes");
    expect(formatCell(false, f({ type: "boolean" })).text).toBe("No");
    expect(formatCell(null, f({})).empty).toBe(true);
    expect(formatCell([], f({})).empty).toBe(true);
  });

  it("shows select values as their option labels", () => {
    const field = f({ widget: "select", options: [{ value: "a", label: "Alpha" }, { value: "1", label: "One" }] });
    expect(formatCell("a", field).text).toBe("Alpha");
    expect(formatCell(1, field).text).toBe("One");
    expect(formatCell(["a", "zzz"], field).text).toBe("Alpha, zzz");
  });

  it("keeps relation values as raw ids", () => {
    const field = f({ relation: { endpoint: "/t", label_field: "name", search_field: "name", value_field: "id" } });
    expect(formatCell("65f0c0ffee", field).text).toBe("65f0c0ffee");
  });

  it("formats dates in the given locale without shifting calendar days", () => {
    expect(formatCell("2024-03-05", f({ type: "date" }), "en-US").text).toBe("Mar 5, 2024");
    expect(formatCell("2024-03-05T10:30:00Z", f({ type: "date" }), "en-GB").text).toMatch(/5 Mar 2024/);
  });

  it("formats numbers, compacts JSON and truncates long text with a title", () => {
    expect(formatCell(12000.5, f({ type: "number" }), "en-US")).toEqual({ text: "12,000.5", numeric: true });
    expect(formatCell(4307, f({ type: "number", step: 0.01 }), "en-US").text).toBe("4,307.00");
    expect(formatCell({ a: 1, b: [2] }, f({ type: "json" })).text).toBe('{"a":1,"b":[2]}');
    const long = "word ".repeat(40).trim();
    const cell = formatCell(long, f({ widget: "textarea" }));
    expect(cell.text.length).toBeLessThanOrEqual(60);
    expect(cell.text.endsWith("…")).toBe(true);
    expect(cell.title).toBe(long);
  });
});
