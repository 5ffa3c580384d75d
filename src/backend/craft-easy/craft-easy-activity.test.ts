// Dashboard, activity feed, capabilities of the Craft Easy adapter, against a mock server (MSW).
import { describe, expect, it } from "vitest";
import { http, HttpResponse } from "msw";
import { backend, BASE, err, recorder, server, startCraftEasyServer } from "./craft-easy-test-server.ts";
import { auditResource, makeSchema, usersResource } from "./craft-easy-test-fixtures.ts";

startCraftEasyServer();

describe("dashboard and activity", () => {
  it("dashboard: one per_page=1 list per resource; unreadable resources skipped", async () => {
    const seen = recorder();
    server.use(
      http.get(`${BASE}/admin/schema`, () => HttpResponse.json(makeSchema())),
      http.get(`${BASE}/users`, () => HttpResponse.json({ items: [{}], total: 1234, page: 1, per_page: 1 })),
      http.get(`${BASE}/products`, () => HttpResponse.json({ items: [{}], total: 56, page: 1, per_page: 1 })),
      http.get(`${BASE}/audit-log`, () => err(403, "ACCESS_DENIED")),
    );
    const d = await backend().dashboard();
    expect(d).toEqual({
      models: [
        { resource: "users", label: "Users", count: 1234 },
        { resource: "products", label: "Products", count: 56 },
      ],
      totalRecords: 1290,
    });
    expect(seen.filter((s) => !s.url.includes("/admin/schema")).map((s) => s.url).sort()).toEqual([
      `${BASE}/audit-log?page=1&per_page=1`,
      `${BASE}/products?page=1&per_page=1`,
      `${BASE}/users?page=1&per_page=1`,
    ]);
  });

  it("activity via the audit resource, mapped to ActivityEntry", async () => {
    const seen = recorder();
    server.use(
      http.get(`${BASE}/admin/schema`, () => HttpResponse.json(makeSchema())),
      http.get(`${BASE}/audit-log`, () =>
        HttpResponse.json({
          items: [
            {
              resource: "users",
              item_id: "a1",
              operation: "update",
              user_id: "u1",
              user_name: "Ada",
              ip: "1.2.3.4",
              changes: { name: { old: "A", new: "B" } },
              created_at: "2026-03-01T10:00:00Z",
            },
            { resource: "users", item_id: "a1", operation: "delete", user_id: "u2", changes: {}, snapshot: { name: "B" }, created_at: "2026-03-01T11:00:00Z" },
          ],
          total: 2,
          page: 1,
          per_page: 20,
        }),
      ),
    );
    const b = backend();
    expect(b.capabilities().activity).toBe(false); // schema not loaded yet
    const entries = await b.activity({ resource: "users", recordId: "a1", limit: 20 });
    expect(seen.at(-1)?.url).toBe(`${BASE}/audit-log?resource=users&item_id=a1&sort=-created_at&page=1&per_page=20`);
    expect(entries).toEqual([
      { action: "update", resource: "users", recordId: "a1", timestamp: "2026-03-01T10:00:00Z", user: "Ada", changes: { name: { old: "A", new: "B" } } },
      { action: "delete", resource: "users", recordId: "a1", timestamp: "2026-03-01T11:00:00Z", user: "u2", changes: {}, snapshot: { name: "B" } },
    ]);
    expect(b.capabilities().activity).toBe(true);
    expect(b.auditResource()?.name).toBe(auditResource.name);
  });

  it("no audit resource → activity off and empty", async () => {
    server.use(http.get(`${BASE}/admin/schema`, () => HttpResponse.json(makeSchema({ resources: [usersResource] }))));
    const b = backend();
    expect(await b.activity({ limit: 10 })).toEqual([]);
    expect(b.capabilities().activity).toBe(false);
  });
});
