import { describe, expect, it } from "vitest";
import { pluralLabel, singularLabel, singularizeWord } from "./singular-label.ts";

describe("singularLabel", () => {
  it.each([
    ["Products", "Product"],
    ["Orders", "Order"],
    ["Customers", "Customer"],
    ["Webhooks", "Webhook"],
    ["Categories", "Category"],
    ["Entries", "Entry"],
    ["Companies", "Company"],
    ["Addresses", "Address"],
    ["Classes", "Class"],
    ["Boxes", "Box"],
    ["Taxes", "Tax"],
    ["Wishes", "Wish"],
    ["Branches", "Branch"],
    ["Batches", "Batch"],
    ["Invoices", "Invoice"],
    ["Responses", "Response"],
    ["Courses", "Course"],
    ["Archives", "Archive"],
    ["Photos", "Photo"],
    ["Metrics", "Metric"],
    ["Movies", "Movie"],
    ["Cookies", "Cookie"],
    ["Caches", "Cache"],
    ["Ties", "Tie"],
    ["Statuses", "Status"],
    ["Quizzes", "Quiz"],
    ["People", "Person"],
    ["Children", "Child"],
    ["Wolves", "Wolf"],
    ["Menus", "Menu"],
  ])("%s → %s", (plural, singular) => {
    expect(singularLabel(plural)).toBe(singular);
  });

  it.each(["Status", "News", "Series", "Species", "Address", "Business", "Analysis", "Campus", "Analytics", "Audit log", "Data", "Inventory", "Shoes", "Lens", "Goods"])(
    "%s stays as it is",
    (name) => {
      expect(singularLabel(name)).toBe(name);
    },
  );

  it("singularises only the last word and keeps the rest verbatim", () => {
    expect(singularLabel("Blog Posts")).toBe("Blog Post");
    expect(singularLabel("Order line items")).toBe("Order line item");
    expect(singularLabel("BlogPosts")).toBe("BlogPost");
    expect(singularLabel("order_items")).toBe("order_item");
    expect(singularLabel("Product Categories")).toBe("Product Category");
  });

  it("keeps the word's case", () => {
    expect(singularLabel("products")).toBe("product");
    expect(singularLabel("PRODUCTS")).toBe("PRODUCT");
    expect(singularLabel("CATEGORIES")).toBe("CATEGORY");
    expect(singularLabel("NEWS")).toBe("NEWS");
    expect(singularLabel("PEOPLE")).toBe("PERSON");
  });

  it("acronyms: plural acronyms lose the s, short all-caps words stay", () => {
    expect(singularLabel("APIs")).toBe("API");
    expect(singularLabel("Saved URLs")).toBe("Saved URL");
    expect(singularLabel("SMS")).toBe("SMS");
    expect(singularLabel("GPS")).toBe("GPS");
  });

  it("leaves lists, odd endings and empty names alone", () => {
    expect(singularLabel("Users & Groups")).toBe("Users & Groups");
    expect(singularLabel("Tags and Labels")).toBe("Tags and Labels");
    expect(singularLabel("Tags, Labels")).toBe("Tags, Labels");
    expect(singularLabel("Products (v2)")).toBe("Products (v2)");
    expect(singularLabel("Products 2")).toBe("Products 2");
    expect(singularLabel("")).toBe("");
    expect(singularLabel("Ox")).toBe("Ox");
  });
});

describe("singularizeWord", () => {
  it("returns the word itself when no clear rule applies", () => {
    expect(singularizeWord("Heroes")).toBe("Hero"); // irregular
    expect(singularizeWord("Echoes")).toBe("Echo");
    expect(singularizeWord("Toes")).toBe("Toes"); // -oes is unclear in general
    expect(singularizeWord("Wikis")).toBe("Wikis"); // "-is" words are usually singular
  });
});

describe("pluralLabel", () => {
  it.each([
    ["Post", "Posts"],
    ["Author", "Authors"],
    ["Category", "Categories"],
    ["Audit log", "Audit logs"],
    ["Box", "Boxes"],
    ["Day", "Days"],
    ["Products", "Products"],
    ["News", "News"],
    ["Status", "Status"],
    ["Users & Groups", "Users & Groups"],
    ["Blog Posts", "Blog Posts"],
  ])("%s → %s", (name, plural) => {
    expect(pluralLabel(name)).toBe(plural);
  });
});
