import { describe, expect, it } from "vitest";
import { canonicalListQuery, queryKeys, relationTarget } from "./query-keys.ts";

describe("queryKeys", () => {
  it("scopes every key by backend and user", () => {
    const a = queryKeys("https://a", "u1");
    expect(a.record("orders", 5)).toEqual(["atrium", "https://a", "u1", "resource", "orders", "record", "5"]);
    expect(queryKeys("https://a", "u2").record("orders", 5)).not.toEqual(a.record("orders", 5));
    expect(queryKeys("https://b", "u1").dashboard()).not.toEqual(a.dashboard());
  });

  it("list keys live under the resource's lists prefix and ignore absent-vs-empty differences", () => {
    const k = queryKeys("https://a", null);
    const list = k.list("orders", { page: 2, perPage: 25 });
    expect(list.slice(0, k.lists("orders").length)).toEqual([...k.lists("orders")]);
    expect(canonicalListQuery({ page: 2, perPage: 25 })).toEqual(canonicalListQuery({ page: 2, perPage: 25, sort: [], filters: [], search: "  " }));
    expect(canonicalListQuery({ page: 1, perPage: 25, search: "a" })).not.toEqual(canonicalListQuery({ page: 1, perPage: 25, search: "b" }));
  });

  it("relation labels are keyed by the relation target", () => {
    const field = { type: "string", widget: "relation", required: false, readonly: false, relation: { endpoint: "/users", label_field: "name", search_field: "name", value_field: "id" } };
    expect(relationTarget("orders", "owner", field)).toEqual(["/users", "name", "id"]);
    expect(relationTarget("orders", "owner", undefined)).toEqual(["resource:orders", "owner"]);
  });
});
