import { afterEach, describe, expect, it } from "vitest";
import { activateLocale } from "../../i18n/translate.ts";
import { ApiError, type Refusal } from "../../backend/api-error.ts";
import type { FieldSchema } from "../../protocol/types.ts";
import { fakeResource } from "../../testing/fake-backend.ts";
import { inSentence, refusalMessage } from "./refusal-message.ts";

const text = (label: string): FieldSchema => ({ type: "string", widget: "text", required: false, readonly: false, label });
const products = fakeResource("products", { label: "Product", label_plural: "Products", fields: { sku: text("SKU"), name: text("Name") } });
const categories = fakeResource("categories", { label: "Category", label_plural: "Categories", fields: { slug: text("Slug") } });
const orders = fakeResource("orders", { label: "Order", label_plural: "Orders", fields: { number: text("Order number") } });
const resources = [products, categories, orders];

function refused(refusal: Refusal, message = "A products record with this sku already exists"): ApiError {
  return new ApiError({ status: refusal.type === "not-found" ? 404 : 409, code: "CONFLICT", message, refusal });
}

afterEach(() => activateLocale("en"));

describe("refusalMessage", () => {
  it("names a duplicate by the resource's label and the field's label, never the server's sentence", () => {
    expect(refusalMessage({ error: refused({ type: "duplicate", field: "sku" }), resource: products })).toBe("A product with this SKU already exists.");
    expect(refusalMessage({ error: refused({ type: "duplicate", field: "slug" }), resource: categories })).toBe("A category with this slug already exists.");
    expect(refusalMessage({ error: refused({ type: "duplicate", field: "number" }), resource: orders })).toBe("An order with this order number already exists.");
    // a nested path, and a field the schema does not know (named from its wire name)
    expect(refusalMessage({ error: refused({ type: "duplicate", field: "body.sku" }), resource: products })).toBe("A product with this SKU already exists.");
    expect(refusalMessage({ error: refused({ type: "duplicate", field: "ean_code" }), resource: products })).toBe("A product with this ean code already exists.");
  });

  it("says how many records of which resource still use a record, singular or plural", () => {
    const inUse = (count: number | undefined, usedBy: string | undefined) => refusalMessage({ error: refused({ type: "in-use", usedBy, count }), resource: categories, resources });
    expect(inUse(29, "products")).toBe("This category is still used by 29 products.");
    expect(inUse(1, "products")).toBe("This category is still used by 1 product.");
    expect(inUse(undefined, "products")).toBe("This category is still used by other products.");
    expect(inUse(3, "widgets")).toBe("This category is still used by 3 other records.");
    expect(inUse(1, undefined)).toBe("This category is still used by 1 other record.");
    expect(inUse(undefined, undefined)).toBe("This category is still used by other records.");
  });

  it("speaks Swedish when it is chosen, with the schema's labels and a plural by count", async () => {
    await activateLocale("sv");
    const inUse = (count: number) => refusalMessage({ error: refused({ type: "in-use", usedBy: "products", count }), resource: categories, resources });
    expect(inUse(29)).toBe("Denna category används fortfarande av 29 products.");
    expect(inUse(1)).toBe("Denna category används fortfarande av 1 product.");
    expect(refusalMessage({ error: refused({ type: "duplicate", field: "sku" }), resource: products })).toBe("Det finns redan en product med samma SKU.");
  });

  it("words a not-found by the resource's label", () => {
    expect(refusalMessage({ error: refused({ type: "not-found" }), resource: products })).toBe("This product no longer exists; it may have been deleted.");
  });

  it("has nothing to say about an error without a refusal", () => {
    expect(refusalMessage({ error: new ApiError({ status: 500, code: "INTERNAL_ERROR", message: "Boom" }), resource: products })).toBeNull();
    expect(refusalMessage({ error: new Error("offline"), resource: products })).toBeNull();
  });

  it("keeps acronyms' capitals inside a sentence", () => {
    expect(inSentence("SKU")).toBe("SKU");
    expect(inSentence("VAT number")).toBe("VAT number");
    expect(inSentence("Order line")).toBe("order line");
  });
});
