import { describe, expect, it } from "vitest";
import { ApiError } from "../../backend/api-error.ts";
import { fakeResource } from "../../testing/fake-backend.ts";
import { craftEasyAdapter } from "../../testing/reference-adapters.ts";
import { matchField, placeSaveError } from "./place-save-error.ts";

const names = ["name", "slug", "address"];
const resource = fakeResource("categories", { label: "Category", label_plural: "Categories" });

describe("placeSaveError", () => {
  it("puts field errors on the fields they name (by path segment) and the rest in the summary", () => {
    const error = new ApiError({
      status: 422,
      code: "VALIDATION_ERROR",
      message: "Some fields are invalid",
      fieldErrors: [
        { field: "body.slug", message: "Taken" },
        { field: "address[0].city", message: "Unknown city" },
        { field: "zzz", message: "Not a field" },
        { field: "", message: "Try later" },
      ],
    });
    expect(placeSaveError({ resource, error, names, operation: "update" })).toEqual({
      fields: [
        { name: "slug", message: "Taken" },
        { name: "address", message: "Unknown city" },
      ],
      messages: ["The server did not accept 2 fields: Some fields are invalid", "zzz: Not a field", "Try later"],
    });
  });

  it("words a server failure, a message-only error and a non-API failure", () => {
    const constraint = new ApiError({ status: 500, code: "INTERNAL_ERROR", message: "boom", kind: "constraint", fieldErrors: [{ field: "name", message: "bad" }] });
    expect(placeSaveError({ resource, error: constraint, names, operation: "update" }).messages[0]).toMatch(/^The server rejected this record \(constraint violation or invalid value\)\. Nothing was saved/);
    const failure = new ApiError({ status: 500, code: "INTERNAL_ERROR", message: "boom" });
    expect(placeSaveError({ resource, error: failure, names, operation: "update" }).messages[0]).toMatch(/^The server failed while saving this record \(500 .*\)\. Your values are kept/);
    expect(placeSaveError({ resource, error: new ApiError({ status: 403, code: "ACCESS_DENIED", message: "No" }), names, operation: "update" })).toEqual({ fields: [], messages: ["No"] });
    expect(placeSaveError({ resource, error: new ApiError({ status: 400, code: "X", message: "" }), names, operation: "update" }).messages).toEqual(["Saving failed (400)."]);
    expect(placeSaveError({ resource, error: new Error("offline"), names, operation: "update" }).messages).toEqual(["offline"]);
    expect(placeSaveError({ resource, error: "?", names, operation: "update" }).messages).toEqual(["Saving failed."]);
  });

  it("matchField: exact name, else the last segment that is a field, else none", () => {
    expect(matchField("name", names)).toBe("name");
    expect(matchField("address.slug", names)).toBe("slug");
    expect(matchField("items/3/name", names)).toBe("name");
    expect(matchField("nope.none", names)).toBeNull();
    expect(matchField("", names)).toBeNull();
  });
});

describe("placeSaveError: a refusal worded with the schema's labels (Craft Easy over the reference backend)", () => {
  it("a duplicate unique value names the resource and the field, on the field and in the headline", async () => {
    const s = await craftEasyAdapter();
    const products = s.resource("products");
    const page = await s.backend.list(products, { page: 1, perPage: 1 });
    const existing = page.items[0];
    if (!existing) throw new Error("the seed has products");
    const error = await s.backend.create(products, { ...existing, id: undefined, name: "Copy" }).then(
      () => null,
      (e: unknown) => e,
    );
    const placed = placeSaveError({ error, names: Object.keys(products.fields), resource: products, operation: "create" });
    expect(placed.messages).toEqual(["A product with this SKU already exists."]);
    expect(placed.fields).toEqual([{ name: "sku", message: "A product with this SKU already exists." }]);
  });
});
