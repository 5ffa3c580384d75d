import { describe, expect, it } from "vitest";
import { importableFields } from "./importable-fields.ts";
import { resource } from "./test-fixtures.ts";

describe("importableFields", () => {
  it("leaves out readonly and server-managed fields, the revision behind the ETag included, in schema order", () => {
    const orders = resource("orders", "Order", {
      id: { type: "string" },
      number: { type: "string" },
      revision_id: { type: "string" },
      total: { type: "number", readonly: true },
      created_at: { type: "datetime" },
      note: { type: "string" },
    });
    expect(importableFields(orders)).toEqual(["number", "note"]);
  });
});
