// Relation pickers of the Craft Easy adapter, against a mock server (MSW).
import { describe, expect, it } from "vitest";
import { http, HttpResponse } from "msw";
import { backend, BASE, recorder, server, startCraftEasyServer } from "./craft-easy-test-server.ts";
import { usersResource } from "./craft-easy-test-fixtures.ts";

startCraftEasyServer();

describe("relations", () => {
  it("searchRelation: {search_field}__regex + filters on the relation endpoint", async () => {
    const seen = recorder();
    server.use(
      http.get(`${BASE}/tenants`, () =>
        HttpResponse.json({ items: [{ id: "t1", name: "Acme" }, { _id: "t2", name: "Acme.2" }], total: 5, page: 1, per_page: 2 }),
      ),
    );
    const r = await backend().searchRelation(usersResource, "tenant_id", { term: "acme.", page: 1, perPage: 2 });
    expect(seen[0]?.url).toBe(`${BASE}/tenants?name__regex=acme\\.&page=1&per_page=2&kind=customer`);
    expect(r.options.map((o) => [o.value, o.label])).toEqual([
      ["t1", "Acme"],
      ["t2", "Acme.2"],
    ]);
    expect(r.total).toBe(5);
    expect(r.hasMore).toBe(true);
  });

  it("resolveRelation: one {value_field}__in request, input order, unknown ids dropped, chunked at maxPerPage", async () => {
    const seen = recorder();
    server.use(
      http.get(`${BASE}/people`, ({ request }) => {
        const ids = (new URL(request.url).searchParams.get("email__in") ?? "").split(",");
        return HttpResponse.json({
          items: ids.filter((e) => e !== "gone@x").map((e) => ({ id: `p-${e}`, email: e, full_name: e.toUpperCase() })),
          total: ids.length,
          page: 1,
          per_page: ids.length,
        });
      }),
    );
    const b = backend({ settings: { maxPerPage: 2 } });
    const r = await b.resolveRelation(usersResource, "owner", ["c@x", "a@x", "c@x", "gone@x", "b@x"]);
    expect(r.map((o) => [o.value, o.label])).toEqual([
      ["c@x", "C@X"],
      ["a@x", "A@X"],
      ["b@x", "B@X"],
    ]);
    expect(seen.map((s) => s.url)).toEqual([
      `${BASE}/people?email__in=c@x,a@x&page=1&per_page=2`,
      `${BASE}/people?email__in=gone@x,b@x&page=1&per_page=2`,
    ]);
    expect(await b.resolveRelation(usersResource, "owner", [])).toEqual([]);
  });

  it("resolveRelation on an id value_field uses id__in", async () => {
    const seen = recorder();
    server.use(http.get(`${BASE}/tenants`, () => HttpResponse.json({ items: [{ id: "t1", name: "A" }], total: 1, page: 1, per_page: 2 })));
    const r = await backend().resolveRelation(usersResource, "tenant_id", ["t1", "t9"]);
    expect(seen[0]?.url).toBe(`${BASE}/tenants?id__in=t1,t9&page=1&per_page=2`);
    expect(r).toEqual([{ value: "t1", label: "A", item: { id: "t1", name: "A" } }]);
  });

  it("a field without relation config is a clear error", async () => {
    await expect(backend().searchRelation(usersResource, "name", { term: "", page: 1, perPage: 5 })).rejects.toMatchObject({ code: "CONFIG_ERROR" });
  });
});
