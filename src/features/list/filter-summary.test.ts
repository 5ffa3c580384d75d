import { afterEach, describe, expect, it } from "vitest";
import { activateLocale } from "../../i18n/translate.ts";
import { filterSummary } from "./filter-summary.ts";
import type { FieldSchema } from "../../protocol/types.ts";

const status: FieldSchema = {
  type: "string",
  widget: "select",
  required: false,
  readonly: false,
  label: "Status",
  options: [
    { value: "paid", label: "Paid" },
    { value: "new", label: "New" },
  ],
};

describe("filterSummary", () => {
  it("names option labels, ranges, booleans and text", () => {
    expect(filterSummary("status", status, { field: "status", op: "in", value: ["paid", "new"] })).toBe("Status: Paid, New");
    expect(filterSummary("total", undefined, { field: "total", op: "between", value: [10, 20] })).toBe("Total: 10 – 20");
    expect(filterSummary("total", undefined, { field: "total", op: "between", value: [10, null] })).toBe("Total ≥ 10");
    expect(filterSummary("total", undefined, { field: "total", op: "between", value: [null, 5] })).toBe("Total ≤ 5");
    expect(filterSummary("active", undefined, { field: "active", op: "eq", value: false })).toBe("Active: No");
    expect(filterSummary("name", undefined, { field: "name", op: "contains", value: "ada" })).toBe("Name contains “ada”");
  });
  it("names relation values through labelOf, keeping the raw value where it has no label", () => {
    const labels = new Map([["c1", "Ada Lovelace"], ["c2", "Alan Turing"]]);
    const labelOf = (v: unknown) => labels.get(String(v));
    const customer: FieldSchema = { type: "string", widget: "relation", required: false, readonly: false, label: "Customer" };
    expect(filterSummary("customer_id", customer, { field: "customer_id", op: "in", value: ["c1", "c9", "c2"] }, labelOf)).toBe("Customer: Ada Lovelace, c9, Alan Turing");
    expect(filterSummary("customer_id", customer, { field: "customer_id", op: "eq", value: "c2" }, labelOf)).toBe("Customer: Alan Turing");
    expect(filterSummary("customer_id", customer, { field: "customer_id", op: "nin", value: ["c1"] }, labelOf)).toBe("Customer: not Ada Lovelace");
    expect(filterSummary("customer_id", customer, { field: "customer_id", op: "exists", value: true }, labelOf)).toBe("Customer is set");
  });
});

describe("filterSummary in Swedish", () => {
  afterEach(() => activateLocale("en"));

  it("words operators and booleans in Swedish, keeping the schema's labels", async () => {
    await activateLocale("sv");
    expect(filterSummary("status", status, { field: "status", op: "nin", value: ["paid"] })).toBe("Status: inte Paid");
    expect(filterSummary("active", undefined, { field: "active", op: "eq", value: true })).toBe("Active: Ja");
    expect(filterSummary("name", undefined, { field: "name", op: "contains", value: "ada" })).toBe("Name innehåller ”ada”");
    expect(filterSummary("name", undefined, { field: "name", op: "exists", value: false })).toBe("Name är tomt");
  });
});
