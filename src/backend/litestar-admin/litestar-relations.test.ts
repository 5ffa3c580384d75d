// Contract tests of the relation pickers' endpoints (litestar-relations.ts), fixture F15.
import { describe, expect, it } from "vitest";
import { F15_UNKNOWN_RELATION } from "./litestar-fixtures.ts";
import { serveDuringTests, json, signedIn, caught } from "./litestar-test-server.ts";

serveDuringTests();

describe("F15 relations", () => {
  it("searches with q/limit/page and maps {id,label,data}", async () => {
    const { backend, post, seen } = await signedIn({
      "GET /admin/api/models/post/relationships/author_id/search": () =>
        json({ items: [{ id: 1, label: "Ann", data: { email: "a@x" } }, { id: 2, label: "Bob", data: null }], total: 5, has_more: true }),
    });
    const r = await backend.searchRelation(post, "author_id", { term: "a", page: 2, perPage: 2 });
    expect([...(seen[0]?.query.entries() ?? [])]).toEqual([
      ["q", "a"],
      ["limit", "2"],
      ["page", "2"],
    ]);
    expect(r).toEqual({
      options: [
        { value: 1, label: "Ann", item: { email: "a@x" } },
        { value: 2, label: "Bob" },
      ],
      total: 5,
      hasMore: true,
    });
  });

  it("resolves labels with ?ids=, keeping the requested order and dropping unknown ids", async () => {
    const { backend, post, seen } = await signedIn({
      "GET /admin/api/models/post/relationships/author_id/options": () =>
        json({ items: [{ id: 1, label: "Ann", data: null }, { id: 3, label: "Cy", data: null }], total: 2, has_more: false }),
    });
    const r = await backend.resolveRelation(post, "author_id", [3, 99, 1, 3]);
    expect(seen[0]?.query.get("ids")).toBe("3,99,1");
    expect(r.map((o) => o.label)).toEqual(["Cy", "Ann"]);
    expect(await backend.resolveRelation(post, "author_id", [])).toEqual([]);
    expect(seen).toHaveLength(1);
  });

  it("F15: an unknown relation field is a JSON 404 with the server's message", async () => {
    const { backend, post } = await signedIn({ "GET /admin/api/models/post/relationships/nope/search": F15_UNKNOWN_RELATION });
    const e = await caught(backend.searchRelation(post, "nope", { term: "a", page: 1, perPage: 20 }));
    expect(e.status).toBe(404);
    expect(e.message).toBe("Relationship 'nope' not found on model 'post'");
    expect(e.authLost).toBe(false);
  });

  it("options that cannot be addressed are dropped; an answer of another shape has no options", async () => {
    const { backend, post } = await signedIn({
      "GET /admin/api/models/post/relationships/author_id/search": (req) =>
        new URL(req.url).searchParams.get("q") === "odd"
          ? json([{ id: 1, label: "Ann" }])
          : json({ items: [{ id: null, label: "No id" }, { id: 2, label: "", data: "x" }, "junk"], total: "3" }),
    });
    expect(await backend.searchRelation(post, "author_id", { term: "a", page: 1, perPage: 20 })).toEqual({ options: [{ value: 2, label: "2" }], total: null, hasMore: false });
    expect(await backend.searchRelation(post, "author_id", { term: "odd", page: 1, perPage: 20 })).toEqual({ options: [], total: null, hasMore: false });
  });
});
