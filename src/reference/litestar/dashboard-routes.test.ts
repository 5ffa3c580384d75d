// Dashboard and activity (F21–F22), framework errors (F23), trailing slashes and the users guard
// (litestar-admin.md §2, §13, §15).
import { beforeAll, describe, expect, it } from "vitest";
import { F21_DASHBOARD, F22_ACTIVITY, F23_METHOD_NOT_ALLOWED, F23_UNKNOWN_ROUTE } from "../../backend/litestar-admin/litestar-fixtures.ts";
import type { ReferenceBackend } from "../reference-backend.ts";
import { expectFixtureShape } from "../testing/expect-fixture-shape.ts";
import { litestarCall, litestarSignIn, testReference } from "../testing/reference-setup.ts";
import type { Json } from "../testing/reference-setup.ts";

let handle: ReferenceBackend;
let admin: { access: string; refresh: string };

beforeAll(async () => {
  handle = testReference();
  admin = await litestarSignIn(handle);
});

describe("F21 dashboard, F22 activity, F23 framework errors", () => {
  it("F21: stats", async () => {
    const r = await litestarCall(handle, "GET", "/admin/api/dashboard/stats", { token: admin.access });
    expectFixtureShape(r, F21_DASHBOARD);
    expect(Object.keys(r.json.models[0]).sort()).toEqual(["category", "count", "icon", "model_name", "name"]);
    expect(r.json.total_models).toBe(5);
    expect(r.json.total_records).toBe(r.json.models.reduce((n: number, m: Json) => n + m.count, 0));
    expect((await litestarCall(handle, "GET", "/admin/api/dashboard/widgets", { token: admin.access })).json).toEqual([]);
  });

  it("F22: activity: newest first, record_id string, change map for updates, {} otherwise, filters", async () => {
    const h = testReference({ seed: { orders: 10 } });
    const t = await litestarSignIn(h);
    const id = (await litestarCall(h, "GET", "/admin/api/models/webhooks?limit=1", { token: t.access })).json.items[0].id;
    const before = (await litestarCall(h, "GET", `/admin/api/models/webhooks/${id}`, { token: t.access })).json.name;
    await litestarCall(h, "PATCH", `/admin/api/models/webhooks/${id}`, { token: t.access, body: { name: "Changed" } });
    const r = await litestarCall(h, "GET", `/admin/api/dashboard/activity?limit=5&model_name=webhooks&record_id=${id}`, { token: t.access });
    expectFixtureShape(r, F22_ACTIVITY);
    expect(r.json[0]).toMatchObject({ action: "update", model: "webhooks", record_id: id, user: "admin@example.com", details: { name: { old: before, new: "Changed" } } });
    expect(r.json[0].timestamp).not.toMatch(/Z$/);
    const all = await litestarCall(h, "GET", "/admin/api/dashboard/activity?limit=3", { token: t.access });
    expect(all.json).toHaveLength(3);
    expect(all.json[0].record_id).toBe(id);
    const created = await litestarCall(h, "POST", "/admin/api/models/webhooks", { token: t.access, body: { name: "New", target_url: "https://x.test" } });
    const c = await litestarCall(h, "GET", `/admin/api/dashboard/activity?record_id=${created.json.id}`, { token: t.access });
    expect(c.json[0]).toMatchObject({ action: "create", details: {} });
  });

  it("F23: wrong method → 405 JSON; unknown route → 404 JSON (even without a token)", async () => {
    const r = await litestarCall(handle, "DELETE", "/admin/api/models", { token: admin.access });
    expect(r.status).toBe(405);
    expect(r.json).toEqual(JSON.parse(F23_METHOD_NOT_ALLOWED.body));
    const u = await litestarCall(handle, "GET", "/admin/api/nowhere");
    expect(u.status).toBe(404);
    expect(u.contentType).toBe("application/json");
    expect(u.json).toEqual(JSON.parse(F23_UNKNOWN_ROUTE.body));
  });

  it("trailing slashes are tolerated", async () => {
    expect((await litestarCall(handle, "GET", "/admin/api/models/", { token: admin.access })).status).toBe(200);
  });

  it("guard 401s on /users (editor lacks users:read)", async () => {
    const editor = await litestarSignIn(handle, "editor@example.com");
    const r = await litestarCall(handle, "GET", "/admin/api/users/", { token: editor.access });
    expect(r.status).toBe(401);
    expect(r.json).toEqual({ status_code: 401, detail: "Permission 'users:read' required" });
    expect((await litestarCall(handle, "GET", "/admin/api/users", { token: admin.access })).json.total).toBe(3);
  });
});
