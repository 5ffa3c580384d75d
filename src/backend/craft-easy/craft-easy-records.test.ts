// Records: lists, reads, If-Match writes, rate limits of the Craft Easy adapter, against a mock server (MSW).
import { describe, expect, it, vi } from "vitest";
import { http, HttpResponse } from "msw";
import { ApiError } from "../api-error.ts";
import { backend, BASE, bodyOf, err, recorder, server, startCraftEasyServer } from "./craft-easy-test-server.ts";
import { productsResource, usersResource } from "./craft-easy-test-fixtures.ts";

startCraftEasyServer();

describe("records", () => {
  it("list: exact URL, page envelope, and trusts the server's page/per_page", async () => {
    const seen = recorder();
    server.use(http.get(`${BASE}/users`, () => HttpResponse.json({ items: [{ _id: "x1" }], total: 41, page: 2, per_page: 20 })));
    const b = backend();
    const page = await b.list(usersResource, {
      page: 2,
      perPage: 25,
      sort: [{ field: "age", desc: true }],
      filters: [{ field: "code", op: "eq", value: "123" }, { field: "status", op: "in", value: ["active", "trial"] }],
    });
    expect(seen[0]?.url).toBe(`${BASE}/users?page=2&per_page=25&sort=-age&status__in=active,trial&where={"code":"123"}`);
    expect(page).toEqual({ items: [{ _id: "x1" }], total: 41, page: 2, perPage: 20 });
    expect(b.detectedIdKey()).toBe("_id");
  });

  it("a refused sort is dropped and the list retried once without it", async () => {
    const seen = recorder();
    server.use(
      http.get(`${BASE}/users`, ({ request }) =>
        new URL(request.url).searchParams.has("sort")
          ? err(400, "BAD_REQUEST", "Cannot sort by age")
          : HttpResponse.json({ items: [{ id: "a" }], total: 1, page: 1, per_page: 25 }),
      ),
    );
    const page = await backend().list(usersResource, { page: 1, perPage: 25, sort: [{ field: "age", desc: false }] });
    expect(page.sortDropped).toBe(true);
    expect(page.items).toEqual([{ id: "a" }]);
    expect(seen.map((s) => s.url)).toEqual([`${BASE}/users?page=1&per_page=25&sort=age`, `${BASE}/users?page=1&per_page=25`]);
  });

  it("an unsorted list failure is not retried", async () => {
    const seen = recorder();
    server.use(http.get(`${BASE}/users`, () => err(400, "BAD_REQUEST")));
    await expect(backend().list(usersResource, { page: 1, perPage: 25, sort: [] })).rejects.toMatchObject({ status: 400 });
    expect(seen).toHaveLength(1);
  });

  it("a list answer that is not a page is a clear error", async () => {
    server.use(http.get(`${BASE}/users`, () => HttpResponse.json([{ id: 1 }])));
    await expect(backend().list(usersResource, { page: 1, perPage: 5 })).rejects.toMatchObject({ code: "BAD_RESPONSE" });
  });

  it("idOf: auto reads id ?? _id and remembers the key; explicit setting reads only that key", () => {
    const b = backend();
    expect(b.detectedIdKey()).toBeNull();
    expect(b.idOf(usersResource, { id: "a1", _id: "zz" })).toBe("a1");
    expect(b.detectedIdKey()).toBe("id");
    const b2 = backend();
    expect(b2.idOf(usersResource, { _id: "b2" })).toBe("b2");
    expect(b2.detectedIdKey()).toBe("_id");
    expect(b2.idOf(usersResource, { _id: { $oid: "507f1f77bcf86cd799439011" } })).toBe("507f1f77bcf86cd799439011");
    const b3 = backend({ settings: { idField: "_id" } });
    expect(b3.idOf(usersResource, { id: "ignored", _id: "c3" })).toBe("c3");
    expect(() => b3.idOf(usersResource, { id: "only-id" })).toThrow(/_id/);
    expect(() => b.idOf(usersResource, { name: "x" })).toThrow(ApiError);
  });

  it("get returns the ETag verbatim as version; a missing ETag is a configuration error", async () => {
    server.use(
      http.get(`${BASE}/users/a1`, () => HttpResponse.json({ id: "a1", name: "Ada" }, { headers: { ETag: '"3"' } })),
      http.get(`${BASE}/users/noetag`, () => HttpResponse.json({ id: "noetag" })),
    );
    const b = backend();
    expect(await b.get(usersResource, "a1")).toEqual({ item: { id: "a1", name: "Ada" }, version: '"3"' });
    const e = await b.get(usersResource, "noetag").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).code).toBe("ETAG_NOT_EXPOSED");
    expect((e as ApiError).message).toMatch(/the server must expose the ETag header/i);
  });

  it("update: PATCH with If-Match, only writable fields, new ETag back", async () => {
    const seen = recorder();
    server.use(
      http.patch(`${BASE}/users/a1`, ({ request }) =>
        request.headers.get("If-Match") === '"3"'
          ? HttpResponse.json({ id: "a1", name: "Ada L" }, { headers: { ETag: '"4"' } })
          : err(412, "ETAG_MISMATCH"),
      ),
    );
    const b = backend();
    const r = await b.update(
      usersResource,
      "a1",
      {
        name: "Ada L",
        id: "a1",
        _id: "a1",
        tenant_id: "t",
        created_at: "x",
        updated_at: "x",
        created_by: "x",
        updated_by: "x",
        is_deleted: false,
        deleted_at: null,
        deleted_by: null,
        revision_id: 3,
        role: "admin",
      },
      '"3"',
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe("PATCH");
    expect(seen[0]?.headers.get("Content-Type")).toBe("application/json");
    expect(seen[0]?.body).toEqual({ name: "Ada L" });
    expect(r).toEqual({ item: { id: "a1", name: "Ada L" }, version: '"4"' });
  });

  it("update without a version uses the last known ETag, else GETs the item first", async () => {
    const seen = recorder();
    let etag = 5;
    server.use(
      http.get(`${BASE}/users/a1`, () => HttpResponse.json({ id: "a1" }, { headers: { ETag: `"${etag}"` } })),
      http.patch(`${BASE}/users/a1`, () => {
        etag += 1;
        return HttpResponse.json({ id: "a1" }, { headers: { ETag: `"${etag}"` } });
      }),
    );
    const b = backend();
    await b.update(usersResource, "a1", { name: "x" }, null);
    expect(seen.map((s) => `${s.method} ${s.headers.get("If-Match") ?? "-"}`)).toEqual(['GET -', 'PATCH "5"']);
    await b.update(usersResource, "a1", { name: "y" }, null);
    expect(seen.map((s) => `${s.method} ${s.headers.get("If-Match") ?? "-"}`)).toEqual(['GET -', 'PATCH "5"', 'PATCH "6"']);
  });

  it("update uses PUT with every writable field when methods lack PATCH", async () => {
    const seen = recorder();
    server.use(
      http.get(`${BASE}/products/p1`, () => HttpResponse.json({ id: "p1", name: "Chair", price: 10, sku: "S-1", created_at: "t" }, { headers: { ETag: '"1"' } })),
      http.put(`${BASE}/products/p1`, async ({ request }) => HttpResponse.json({ id: "p1", ...((await bodyOf(request)) as object) }, { headers: { ETag: '"2"' } })),
    );
    const b = backend();
    const r = await b.update(productsResource, "p1", { price: 12 }, '"1"');
    const put = seen.find((s) => s.method === "PUT");
    expect(put?.headers.get("If-Match")).toBe('"1"');
    expect(put?.body).toEqual({ name: "Chair", price: 12 });
    expect(r.version).toBe('"2"');
    expect(seen.some((s) => s.method === "PATCH")).toBe(false);
  });

  it("428 → GET for an ETag and retry exactly once", async () => {
    const seen = recorder();
    server.use(
      http.get(`${BASE}/users/a1`, () => HttpResponse.json({ id: "a1" }, { headers: { ETag: '"7"' } })),
      http.patch(`${BASE}/users/a1`, ({ request }) =>
        request.headers.get("If-Match") === '"7"' ? HttpResponse.json({ id: "a1" }, { headers: { ETag: '"8"' } }) : err(428, "ETAG_REQUIRED"),
      ),
    );
    const r = await backend().update(usersResource, "a1", { name: "z" }, '"stale-format"');
    expect(r.version).toBe('"8"');
    expect(seen.map((s) => s.method)).toEqual(["PATCH", "GET", "PATCH"]);
  });

  it("a second 428 is reported, not retried again", async () => {
    const seen = recorder();
    server.use(
      http.get(`${BASE}/users/a1`, () => HttpResponse.json({ id: "a1" }, { headers: { ETag: '"7"' } })),
      http.delete(`${BASE}/users/a1`, () => err(428, "ETAG_REQUIRED")),
    );
    const e = await backend().remove(usersResource, "a1", '"7"').catch((x: unknown) => x);
    expect((e as ApiError).status).toBe(428);
    expect((e as ApiError).message).toMatch(/bug/);
    expect(seen.map((s) => s.method)).toEqual(["DELETE", "GET", "DELETE"]);
  });

  it("412 surfaces as ApiError 412 without a retry", async () => {
    const seen = recorder();
    server.use(http.patch(`${BASE}/users/a1`, () => err(412, "ETAG_MISMATCH", "The document was modified")));
    const e = await backend().update(usersResource, "a1", { name: "q" }, '"1"').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).status).toBe(412);
    expect((e as ApiError).code).toBe("ETAG_MISMATCH");
    expect(seen).toHaveLength(1);
  });

  it("remove sends If-Match and accepts any 2xx", async () => {
    const seen = recorder();
    server.use(http.delete(`${BASE}/users/a%2Fb`, () => new HttpResponse(null, { status: 204 })));
    await backend().remove(usersResource, "a/b", '"9"');
    expect(seen[0]?.headers.get("If-Match")).toBe('"9"');
    expect(seen[0]?.raw).toBe(`${BASE}/users/a%2Fb`);
  });

  it("create: POST writable fields, version from the ETag", async () => {
    const seen = recorder();
    server.use(
      http.post(`${BASE}/users`, async ({ request }) =>
        HttpResponse.json({ id: "new1", ...((await bodyOf(request)) as object) }, { status: 201, headers: { ETag: '"1"' } }),
      ),
    );
    const r = await backend().create(usersResource, { name: "N", role: "admin", id: "client-id", created_at: "now" });
    expect(seen[0]?.body).toEqual({ name: "N" });
    expect(r).toEqual({ item: { id: "new1", name: "N" }, version: '"1"' });
  });

  it("validation errors come back with field errors", async () => {
    server.use(
      http.post(`${BASE}/users`, () =>
        HttpResponse.json(
          { error: { code: "VALIDATION_ERROR", message: "Invalid", details: [{ loc: ["body", "email"], msg: "not an email", type: "value_error" }] }, request_id: "v" },
          { status: 422 },
        ),
      ),
    );
    const e = await backend().create(usersResource, { email: "x" }).catch((x: unknown) => x);
    expect((e as ApiError).fieldErrors).toEqual([{ field: "email", message: "not an email" }]);
    expect((e as ApiError).requestId).toBe("v");
  });
});

describe("rate limits through the adapter", () => {
  it("a list GET waits out a 429 and the notice reaches listeners", async () => {
    let n = 0;
    server.use(
      http.get(`${BASE}/users`, () => {
        n += 1;
        return n === 1
          ? HttpResponse.json({ error: { code: "RATE_LIMITED", message: "Slow down" } }, { status: 429, headers: { "Retry-After": "2" } })
          : HttpResponse.json({ items: [], total: 0, page: 1, per_page: 1 });
      }),
    );
    const sleeps: number[] = [];
    const b = backend({ sleep: async (ms) => void sleeps.push(ms) });
    const notices = vi.fn();
    b.onRateLimited(notices);
    await b.list(usersResource, { page: 1, perPage: 1 });
    expect(sleeps).toEqual([2000]);
    expect(notices).toHaveBeenCalledWith(expect.objectContaining({ waitMs: 2000, willRetry: true, attempt: 1 }));
  });

  it("an update (PATCH with If-Match) answered 429 is sent again after Retry-After; a create is not", async () => {
    const seen = recorder();
    let patches = 0;
    const limited = () => HttpResponse.json({ error: { code: "RATE_LIMITED", message: "Slow down" } }, { status: 429, headers: { "Retry-After": "1" } });
    server.use(
      http.patch(`${BASE}/users/a1`, () => (++patches === 1 ? limited() : HttpResponse.json({ id: "a1", name: "B" }, { headers: { ETag: '"4"' } }))),
      http.post(`${BASE}/users`, limited),
    );
    const sleeps: number[] = [];
    const b = backend({ sleep: async (ms) => void sleeps.push(ms) });
    const r = await b.update(usersResource, "a1", { name: "B" }, '"3"');
    expect(r.version).toBe('"4"');
    expect(sleeps).toEqual([1000]);
    expect(seen.map((s) => `${s.method} ${s.headers.get("If-Match") ?? "-"}`)).toEqual(['PATCH "3"', 'PATCH "3"']);
    const e = await b.create(usersResource, { name: "N" }).catch((x: unknown) => x);
    expect(e).toMatchObject({ status: 429, kind: "rate-limited", retryAfter: 1 });
    expect(seen.filter((s) => s.method === "POST")).toHaveLength(1);
  });
});
