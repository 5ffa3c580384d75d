// Contract tests of server export and bulk work (litestar-bulk.ts) against fixtures F16–F18.
import { describe, expect, it } from "vitest";
import { http as mswHttp } from "msw";
import {
  F16_EXPORT_BAD_FORMAT,
  F16_EXPORT_NO_IDS,
  F17_EXPORT_CSV,
  F17_EXPORT_TRUNCATED_JSON,
  F18_BULK_ACTION,
  F18_BULK_DELETE,
  FIXTURE_TOKENS,
} from "./litestar-fixtures.ts";
import { serveDuringTests, ORIGIN, server, json, makeBackend, signedIn, blobText, caught } from "./litestar-test-server.ts";

serveDuringTests();

describe("F16 / F17 export", () => {
  it("F17: GET /export?format=csv, enum values mapped back, header kept", async () => {
    const { backend, post, seen } = await signedIn({ "GET /admin/api/models/post/export": F17_EXPORT_CSV });
    const blob = await backend.exportServer?.(post, "csv");
    expect(seen[0]?.query.get("format")).toBe("csv");
    expect(seen[0]?.auth).toBe(`Bearer ${FIXTURE_TOKENS.access}`);
    const text = await blobText(blob);
    expect(text).toBe("id,title,status,created_at,author_id\r\n1,Post 0,draft,2026-11-23T11:58:07,1\r\n2,Post 1,published,2026-11-23T11:58:07,1\r\n");
    expect(blob?.type).toMatch(/^text\/csv/);
  });

  it("selected rows: POST /bulk/export with native ids; JSON enums mapped back", async () => {
    const { backend, post, seen } = await signedIn({
      "POST /admin/api/models/post/bulk/export": () =>
        new Response(`[{"id":1,"title":"Post 0","status":"Status.published"}]`, { status: 200, headers: { "content-type": "application/json" } }),
    });
    const blob = await backend.exportServer?.(post, "json", ["1", 2]);
    expect(seen[0]?.body).toEqual({ ids: [1, 2], format: "json" });
    expect(JSON.parse(await blobText(blob))).toEqual([{ id: 1, title: "Post 0", status: "published" }]);
  });

  it("F17: a JSON export truncated mid-stream (200 '[') is rejected", async () => {
    const { backend, post } = await signedIn({ "GET /admin/api/models/post/export": F17_EXPORT_TRUNCATED_JSON });
    const e = await caught(backend.exportServer?.(post, "json") ?? Promise.resolve());
    expect(e.code).toBe("EXPORT_INVALID");
  });

  it("XLSX must start with PK", async () => {
    const { backend, post } = await signedIn({
      "GET /admin/api/models/post/export": (req) =>
        new URL(req.url).searchParams.get("ok") === null
          ? new Response(new Uint8Array([0x50, 0x4b, 3, 4, 0]), { status: 200, headers: { "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } })
          : new Response("nope"),
    });
    const blob = await backend.exportServer?.(post, "xlsx");
    expect(new Uint8Array(await (blob as Blob).arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    server.use(mswHttp.get(`${ORIGIN}/admin/api/models/post/export`, () => new Response("<html>", { status: 200 })));
    expect((await caught(backend.exportServer?.(post, "xlsx") ?? Promise.resolve())).code).toBe("EXPORT_INVALID");
  });

  it("F16: 400 errors are surfaced; 'Export is not allowed' turns the export feature off", async () => {
    const { backend, post } = await signedIn({
      "GET /admin/api/models/post/export": F16_EXPORT_BAD_FORMAT,
      "POST /admin/api/models/post/bulk/export": F16_EXPORT_NO_IDS,
    });
    const bad = await caught(backend.exportServer?.(post, "csv") ?? Promise.resolve());
    expect(bad.status).toBe(400);
    expect(bad.message).toContain("Invalid enum value 'pdf'");
    const none = await caught(backend.exportServer?.(post, "csv", []) ?? Promise.resolve());
    expect(none.message).toBe("No IDs provided for export");
    expect((await backend.loadSchema()).schema.resources.find((r) => r.name === "post")?.features.export).toBe(true);
    server.use(
      mswHttp.get(`${ORIGIN}/admin/api/models/post/export`, () => json({ status_code: 400, detail: "Export is not allowed for model 'post'" }, 400)),
    );
    await caught(backend.exportServer?.(post, "csv") ?? Promise.resolve());
    expect(backend.exportDisabled().has("post")).toBe(true);
    expect((await backend.loadSchema()).schema.resources.find((r) => r.name === "post")?.features.export).toBe(false);
  });

  it("declares server export capabilities", async () => {
    expect(makeBackend().backend.capabilities().exportServer).toEqual({ formats: ["csv", "json", "xlsx"], honoursQuery: false, selected: true });
  });
});

describe("F18 bulk", () => {
  it("bulk delete sends native ids and soft_delete false; unknown ids only show in the count", async () => {
    const { backend, post, seen } = await signedIn({ "POST /admin/api/models/post/bulk/delete": F18_BULK_DELETE });
    const r = await backend.bulkDelete?.(post, ["999"]);
    expect(seen[0]?.body).toEqual({ ids: [999], soft_delete: false });
    expect(r).toEqual({ succeeded: [], failed: [], affected: 0 });
  });

  it("bulk delete of existing ids reports them all", async () => {
    const { backend, post } = await signedIn({ "POST /admin/api/models/post/bulk/delete": () => json({ deleted: 2, success: true }) });
    expect(await backend.bulkDelete?.(post, [1, 2])).toEqual({ succeeded: [1, 2], failed: [], affected: 2 });
  });

  it("custom bulk actions come from settings and POST {ids, params}", async () => {
    const { backend, post, seen } = await signedIn(
      { "POST /admin/api/models/post/bulk/publish": F18_BULK_ACTION },
      { settings: { bulkActions: { post: [{ name: "publish", label: "Publish", confirm: "Publish?" }, { name: "delete", label: "x" }] } } },
    );
    expect(backend.capabilities().bulkActions).toEqual({ post: [{ name: "publish", label: "Publish", confirm: "Publish?" }] });
    const r = await backend.bulkAction?.(post, "publish", [1], {});
    expect(seen[0]?.body).toEqual({ ids: [1], params: {} });
    expect(r).toEqual({ succeeded: [1], failed: [], affected: 1, result: { note: "x" } });
    const e = await caught(backend.bulkAction?.(post, "archive", [1], {}) ?? Promise.resolve());
    expect(e.code).toBe("CONFIG_ERROR");
  });
});
