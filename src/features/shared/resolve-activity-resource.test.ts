import { describe, expect, it } from "vitest";
import type { ResourceSchema } from "../../protocol/types.ts";
import { resolveActivityResource } from "./resolve-activity-resource.ts";

const res = (name: string, endpoint: string, label: string, label_plural: string) =>
  ({ name, endpoint, label, label_plural }) as ResourceSchema;

const resources = [
  res("order_items", "/api/models/order_items", "Order item", "Order items"),
  res("categories", "/categories", "Category", "Categories"),
  res("blog", "/api/models/blog_post", "Post", "Posts"),
];

describe("resolveActivityResource", () => {
  it("matches the name exactly, then ignoring case and separators", () => {
    expect(resolveActivityResource(resources, "categories")?.name).toBe("categories");
    expect(resolveActivityResource(resources, "OrderItems")?.name).toBe("order_items");
  });
  it("matches the endpoint tail, the label and a singular class name", () => {
    expect(resolveActivityResource(resources, "blog_post")?.name).toBe("blog");
    expect(resolveActivityResource(resources, "Posts")?.name).toBe("blog");
    expect(resolveActivityResource(resources, "Category")?.name).toBe("categories");
  });
  it("returns null for unknown or empty names", () => {
    expect(resolveActivityResource(resources, "invoices")).toBeNull();
    expect(resolveActivityResource(resources, "")).toBeNull();
  });
});
