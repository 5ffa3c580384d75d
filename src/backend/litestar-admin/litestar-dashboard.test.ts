// Contract tests of dashboard stats and activity (litestar-dashboard.ts), fixtures F21 and F22.
import { describe, expect, it } from "vitest";
import { F21_DASHBOARD, F22_ACTIVITY } from "./litestar-fixtures.ts";
import { serveDuringTests, signedIn, json, caught } from "./litestar-test-server.ts";

serveDuringTests();

describe("F21 / F22 dashboard and activity", () => {
  it("F21: stats → DashboardData", async () => {
    const { backend } = await signedIn({ "GET /admin/api/dashboard/stats": F21_DASHBOARD });
    expect(await backend.dashboard?.()).toEqual({
      models: [{ resource: "author", label: "Author", count: 2 }],
      totalRecords: 4,
      widgets: [],
    });
  });

  it("F22: activity with string record_id and the change map; filters by model_name/record_id", async () => {
    const { backend, seen } = await signedIn({ "GET /admin/api/dashboard/activity": F22_ACTIVITY });
    const entries = await backend.activity?.({ resource: "post", recordId: 1, limit: 20 });
    expect([...(seen[0]?.query.entries() ?? [])]).toEqual([
      ["limit", "20"],
      ["model_name", "post"],
      ["record_id", "1"],
    ]);
    expect(entries).toEqual([
      {
        action: "update",
        resource: "post",
        recordId: "1",
        timestamp: "2026-11-23T11:58:52.756977Z", // naive on the wire (SQLite): UTC
        user: "admin@example.com",
        changes: { title: { old: "Post 0", new: "Changed" } },
      },
    ]);
  });

  it("stats without a models list end in a BAD_RESPONSE ApiError; an activity answer that is not a list is no activity", async () => {
    const { backend } = await signedIn({
      "GET /admin/api/dashboard/stats": () => json({ total_records: 4 }),
      "GET /admin/api/dashboard/activity": () => json({ items: [] }),
    });
    expect(await caught(backend.dashboard?.() ?? Promise.resolve())).toMatchObject({
      status: 200,
      code: "BAD_RESPONSE",
      message: "The server's dashboard stats are not in the expected shape.",
    });
    expect(await backend.activity?.({ limit: 5 })).toEqual([]);
  });

  it("naive audit timestamps become UTC; zoned ones stay as the server wrote them", async () => {
    const entry = { action: "create", model: "post", record_id: "1", user: null, details: {} };
    const { backend } = await signedIn({
      "GET /admin/api/dashboard/activity": () =>
        json([
          { ...entry, timestamp: "2026-11-23 11:58:52" },
          { ...entry, timestamp: "2026-11-23T11:58:52.5+02:00" },
          { ...entry, timestamp: "2026-11-23T11:58:52Z" },
        ]),
    });
    expect((await backend.activity?.({ limit: 5 }))?.map((e) => e.timestamp)).toEqual(["2026-11-23T11:58:52Z", "2026-11-23T11:58:52.5+02:00", "2026-11-23T11:58:52Z"]);
  });
});
