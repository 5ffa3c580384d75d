import { describe, expect, it } from "vitest";
import { autoMapColumns, duplicateTargets, editDistance, missingRequired, normaliseName } from "./auto-map.ts";
import { products, resource } from "./test-fixtures.ts";

describe("normaliseName / editDistance", () => {
  it("normalises case, accents and punctuation", () => {
    expect(normaliseName("E-mail")).toBe("email");
    expect(normaliseName("  Größe (cm) ")).toBe("grossecm");
    expect(normaliseName("Café_Name")).toBe("cafename");
  });

  it("counts an adjacent transposition as one edit", () => {
    expect(editDistance("email", "emial")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });
});

describe("autoMapColumns", () => {
  it("maps by name, label, resource prefix, noise words and close spellings", () => {
    const mapping = autoMapColumns(
      ["SKU Code", "Product name", "E-mail", "Price", "Qty", "Status", "Available From", "Active?", "Category", "Tags", "Notes"],
      products,
    );
    expect(mapping).toEqual({
      "SKU Code": "sku",
      "Product name": "name",
      "E-mail": "email",
      Price: "price",
      Qty: "quantity",
      Status: "status",
      "Available From": "available_from",
      "Active?": "active",
      Category: "category_id",
      Tags: "tags",
      Notes: null,
    });
  });

  it("matches a field label and a misspelling", () => {
    const mapping = autoMapColumns(["contact email", "quantitiy", "stauts"], products);
    expect(mapping).toEqual({ "contact email": "email", quantitiy: "quantity", stauts: "status" });
  });

  it("never maps a field twice: the best column wins", () => {
    const mapping = autoMapColumns(["Name", "name", "Product Name"], products);
    expect(Object.values(mapping).filter((f) => f === "name")).toHaveLength(1);
    expect(mapping.Name).toBe("name");
  });

  it("never maps readonly or server-managed fields", () => {
    const mapping = autoMapColumns(["id", "created_at", "ID"], products);
    expect(mapping).toEqual({ id: null, created_at: null, ID: null });
  });

  it("does not fuzzy-match short names", () => {
    const r = resource("t", "Thing", { age: { type: "integer" }, sex: {} });
    expect(autoMapColumns(["ago", "sax", "AGE"], r)).toEqual({ ago: null, sax: null, AGE: "age" });
  });
});

describe("missingRequired / duplicateTargets", () => {
  it("lists required writable fields that no column maps to", () => {
    expect(missingRequired({ A: "sku", B: null }, products)).toEqual(["name", "status"]);
    expect(missingRequired({ A: "sku", B: "name", C: "status" }, products)).toEqual([]);
    expect(missingRequired({}, products, "edit")).toEqual([]);
  });

  it("ignores required readonly fields", () => {
    const r = resource("t", "T", { code: { required: true, readonly: true }, title: { required: true } });
    expect(missingRequired({}, r)).toEqual(["title"]);
  });

  it("finds fields chosen twice", () => {
    expect(duplicateTargets({ a: "x", b: "y", c: "x", d: null })).toEqual(["x"]);
  });
});
