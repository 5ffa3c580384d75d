// Contract tests of lists and single records (litestar-records.ts) against fixtures F8–F14.
import { describe, expect, it } from "vitest";
import { ApiError } from "../api-error.ts";
import { saveRejectedMessage } from "./litestar-records.ts";
import {
  F9_BAD_QUERY,
  F10_NON_NUMERIC_ID,
  F10_UNKNOWN_MODEL,
  F10_UNKNOWN_RECORD,
  F11_NON_OBJECT_BODY,
  F12_CONSTRAINT,
  F13_PATCH_RENAMES_PK,
  F14_DELETE,
} from "./litestar-fixtures.ts";
import { serveDuringTests, json, signedIn, caught } from "./litestar-test-server.ts";

serveDuringTests();

describe("F8 / F9 list", () => {
  it("F8: reads offset/limit back into page/perPage", async () => {
    const { backend, post, seen } = await signedIn();
    const page = await backend.list(post, { page: 1, perPage: 2 });
    expect(page).toEqual({
      items: [{ id: 2, title: "Post 1", status: "draft", created_at: "2026-11-23T11:58:07", author_id: 1 }],
      total: 3,
      page: 1,
      perPage: 2,
    });
    expect(seen[0]?.query.get("offset")).toBe("0");
    expect(seen[0]?.query.get("limit")).toBe("2");
  });

  it("page ↔ offset, the 100 cap, one sort key, search, and never any filter", async () => {
    const { backend, post, seen } = await signedIn({
      "GET /admin/api/models/post": (req) => {
        const q = new URL(req.url).searchParams;
        return json({ items: [], total: 500, offset: Number(q.get("offset")), limit: Math.min(100, Number(q.get("limit"))) });
      },
    });
    const page = await backend.list(post, {
      page: 3,
      perPage: 20,
      sort: [
        { field: "title", desc: true },
        { field: "id", desc: false },
      ],
      search: "  hello ",
      filters: [{ field: "status", op: "eq", value: "draft" }],
    });
    const q = seen[0]?.query;
    expect([...(q?.entries() ?? [])]).toEqual([
      ["offset", "40"],
      ["limit", "20"],
      ["sort_by", "title"],
      ["sort_order", "desc"],
      ["search", "hello"],
    ]);
    expect(page.page).toBe(3);
    const big = await backend.list(post, { page: 2, perPage: 500 });
    expect(seen[1]?.query.get("limit")).toBe("100");
    expect(seen[1]?.query.get("offset")).toBe("100");
    expect(big).toMatchObject({ page: 2, perPage: 100 });
    await backend.list(post, { page: 1, perPage: 10, sort: [{ field: "id", desc: false }] });
    expect(seen[2]?.query.get("sort_order")).toBe("asc");
    expect(backend.capabilities()).toMatchObject({ filterOps: [], multiSort: false, sortReliable: false, search: true, searchFieldsUnknown: true, concurrency: "none", maxPerPage: 100 });
  });

  it("F9: 400 + extra on a query parameter is a request error, not a field error", async () => {
    const { backend, post } = await signedIn({ "GET /admin/api/models/post": F9_BAD_QUERY });
    const e = await caught(backend.list(post, { page: 1, perPage: 10 }));
    expect(e.status).toBe(400);
    expect(e.fieldErrors).toEqual([]);
    expect(e.message).toContain("limit");
    expect(e.message).toContain("Expected `int`, got `str`");
    expect(e.authLost).toBe(false);
  });

  it("a list answer that is not a page ends in a BAD_RESPONSE ApiError; odd paging members fall back to the request", async () => {
    const { backend, post } = await signedIn({ "GET /admin/api/models/post": () => json([{ id: 1 }]) });
    expect(await caught(backend.list(post, { page: 1, perPage: 10 }))).toMatchObject({
      status: 200,
      code: "BAD_RESPONSE",
      message: "The server's answer to GET /api/models/post is not a list page ({items, total, offset, limit}).",
    });
    const other = await signedIn({ "GET /admin/api/models/post": () => json({ items: [{ id: 1 }, "x", null], total: "many", offset: -1, limit: 0 }) });
    expect(await other.backend.list(other.post, { page: 3, perPage: 10 })).toEqual({ items: [{ id: 1 }], total: 21, page: 3, perPage: 10 });
  });
});

describe("F10 – F14 records", () => {
  it.each([F10_UNKNOWN_MODEL, F10_UNKNOWN_RECORD, F10_NON_NUMERIC_ID])("$id: JSON 404 is a genuine not-found", async (f) => {
    const { backend, post } = await signedIn({ [`GET ${f.path}`]: f });
    const resource = f === F10_UNKNOWN_MODEL ? { ...post, name: "nope" } : post;
    const id = f.path.split("/").at(-1) as string;
    const e = await caught(f === F10_UNKNOWN_MODEL ? backend.list(resource, { page: 1, perPage: 10 }) : backend.get(resource, id));
    expect(e.status).toBe(404);
    expect(e.authLost).toBe(false);
    expect(e.message).toBe((JSON.parse(f.body) as { detail: string }).detail);
  });

  it("F11: 400 + extra on the body becomes a field error", async () => {
    const { backend, post } = await signedIn({ "POST /admin/api/models/post": F11_NON_OBJECT_BODY });
    const e = await caught(backend.create(post, { title: "x" }));
    expect(e.status).toBe(400);
    expect(e.fieldErrors).toEqual([{ field: "data", message: "Expected `object`, got `array`" }]);
  });

  it("F12: a 500 on create or update is 'rejected (constraint violation or invalid value)'", async () => {
    const { backend, post } = await signedIn({
      "POST /admin/api/models/post": F12_CONSTRAINT,
      "PATCH /admin/api/models/post/1": F12_CONSTRAINT,
    });
    for (const p of [backend.create(post, { title: "x" }), backend.update(post, 1, { title: "y" }, null)]) {
      const e = await caught(p);
      expect(e.status).toBe(500);
      expect(e.message).toBe(saveRejectedMessage());
      expect(e.kind).toBe("constraint");
    }
  });

  it("a 500 outside create/update is a server failure, not a constraint", async () => {
    const { backend, post } = await signedIn({ "DELETE /admin/api/models/post/1": F12_CONSTRAINT, "GET /admin/api/models/post/1": F12_CONSTRAINT });
    for (const p of [backend.remove(post, 1, null), backend.get(post, 1)]) {
      const e = await caught(p);
      expect(e.status).toBe(500);
      expect(e.kind).toBe("server-failure");
      expect(e.message).not.toBe(saveRejectedMessage());
    }
  });

  it("create POSTs only writable known properties, '' → null, 201 → version null", async () => {
    const { backend, post, seen } = await signedIn({
      "POST /admin/api/models/post": (_r, s) => json({ id: 9, ...(s.body as object) }, 201),
    });
    const r = await backend.create(post, { id: 5, title: "New", content: "", bogus: 1, status: "draft" });
    expect(seen[0]?.body).toEqual({ title: "New", content: null, status: "draft" });
    expect(r).toEqual({ item: { id: 9, title: "New", content: null, status: "draft" }, version: null });
  });

  it("F13: PATCH sends only the given changes, never the PK or read-only properties", async () => {
    const { backend, post, seen } = await signedIn({ "PATCH /admin/api/models/post/4": F13_PATCH_RENAMES_PK });
    const r = await backend.update(post, 4, { id: 77, title: "Post 3", published_at: "" }, null);
    expect(seen[0]?.method).toBe("PATCH");
    expect(seen[0]?.body).toEqual({ title: "Post 3", published_at: null });
    expect(r.version).toBeNull();
    expect(r.item.id).toBe(77);
  });

  it("an update with nothing writable does not write", async () => {
    const { backend, post, seen } = await signedIn({ "GET /admin/api/models/post/4": () => json({ id: 4 }) });
    await backend.update(post, 4, { id: 4 }, null);
    expect(seen.map((s) => s.method)).toEqual(["GET"]);
  });

  it("PUT only when configured, then with every column", async () => {
    const { backend, post, seen } = await signedIn(
      {
        "GET /admin/api/models/post/4": () => json({ id: 4, title: "T", content: "C", status: "draft", published_at: null, created_at: "2026-11-23T11:58:07", author_id: 1 }),
        "PUT /admin/api/models/post/4": (_r, s) => json({ id: 4, ...(s.body as object) }),
      },
      { settings: { usePut: true } },
    );
    await backend.update(post, 4, { title: "New" }, null);
    const put = seen.find((s) => s.method === "PUT");
    expect(put?.body).toEqual({ title: "New", content: "C", status: "draft", published_at: null, created_at: "2026-11-23T11:58:07", author_id: 1 });
  });

  it("F14: DELETE with soft_delete=false", async () => {
    const { backend, post, seen } = await signedIn({ "DELETE /admin/api/models/post/3": F14_DELETE });
    await backend.remove(post, 3, null);
    expect(seen[0]?.query.get("soft_delete")).toBe("false");
  });

  it("idOf reads the PK from the edit schema", async () => {
    const { backend, post } = await signedIn();
    expect(backend.idOf(post, { id: 3, title: "x" })).toBe(3);
    expect(backend.primaryKey("post")).toBe("id");
    expect(() => backend.idOf(post, { title: "x" })).toThrow(ApiError);
  });
});
