// Contract tests of the litestar-admin adapter's wiring: base URL, the HTTP behaviour every module shares
// (rate limits, framework errors) against the observed fixtures (litestar-admin.md §18).
import { describe, expect, it } from "vitest";
import { validateSchema } from "../../protocol/validate-schema.ts";
import { createLitestarBackend } from "./litestar-backend.ts";
import {
  F8_LIST,
  F14_DELETE,
  F19_IMPORT_PREVIEW,
  F20_RATE_LIMITED,
  F23_METHOD_NOT_ALLOWED,
  F23_UNKNOWN_ROUTE,
  fixtureResponse,
} from "./litestar-fixtures.ts";
import { serveDuringTests, signedIn, caught } from "./litestar-test-server.ts";

serveDuringTests();

describe("base URL", () => {
  it.each([
    ["http://ls.test", "http://ls.test/admin/api"],
    ["http://ls.test/admin", "http://ls.test/admin/api"],
    ["http://ls.test/admin/", "http://ls.test/admin/api"],
    ["http://ls.test/admin/api", "http://ls.test/admin/api"],
  ])("%s → %s", (baseUrl, apiRoot) => {
    expect(createLitestarBackend({ baseUrl, validateSchema, storage: null }).apiRoot).toBe(apiRoot);
  });
  it("honours a custom apiPrefix", () => {
    expect(createLitestarBackend({ baseUrl: "http://ls.test", settings: { apiPrefix: "/backoffice" }, validateSchema, storage: null }).apiRoot).toBe(
      "http://ls.test/backoffice/api",
    );
    expect(createLitestarBackend({ baseUrl: "http://ls.test", settings: { apiPrefix: "" }, validateSchema, storage: null }).apiRoot).toBe(
      "http://ls.test/api",
    );
  });
});

describe("F19 / F20 / F23 other errors", () => {
  it("F19: the import route's JSON 404 is not a session loss", async () => {
    const { backend } = await signedIn({ "POST /admin/api/models/post/import/preview": F19_IMPORT_PREVIEW });
    const e = await caught(backend.http.post("/api/models/post/import/preview", {}));
    expect(e.status).toBe(404);
    expect(e.authLost).toBe(false);
    expect(backend.capabilities().importServer).toBe(false);
  });

  it("F20: 429 waits retry_after/Retry-After and retries; the notice carries the wait", async () => {
    let calls = -1; // -1: the schema load's limit=1 request is not counted
    const { backend, post } = await signedIn({
      "GET /admin/api/models/post": () => {
        calls += 1;
        return calls === 1 ? fixtureResponse(F20_RATE_LIMITED) : fixtureResponse(F8_LIST);
      },
    });
    calls = 0;
    const notices: number[] = [];
    backend.onRateLimited((n) => notices.push(n.retryAfter ?? -1));
    const page = await backend.list(post, { page: 1, perPage: 2 });
    expect(page.total).toBe(3);
    expect(calls).toBe(2);
    expect(notices).toEqual([60]);
  });

  it("F20: a rate-limited write fails with retryAfter", async () => {
    const { backend, post } = await signedIn({ "POST /admin/api/models/post": F20_RATE_LIMITED });
    const e = await caught(backend.create(post, { title: "x" }));
    expect(e.status).toBe(429);
    expect(e.retryAfter).toBe(60);
  });

  it("F20: an update (no If-Match in this dialect) is not repeated after a 429; a delete by key is", async () => {
    let deletes = 0;
    const { backend, post, seen } = await signedIn({
      "PATCH /admin/api/models/post/1": F20_RATE_LIMITED,
      "DELETE /admin/api/models/post/3": () => (++deletes === 1 ? fixtureResponse(F20_RATE_LIMITED) : fixtureResponse(F14_DELETE)),
    });
    const e = await caught(backend.update(post, 1, { title: "y" }, null));
    expect(e).toMatchObject({ status: 429, kind: "rate-limited", retryAfter: 60 });
    expect(seen.filter((s) => s.method === "PATCH")).toHaveLength(1);
    await backend.remove(post, 3, null);
    expect(deletes).toBe(2);
  });

  it.each([F23_METHOD_NOT_ALLOWED, F23_UNKNOWN_ROUTE])("$id: framework errors are JSON and never a session loss", async (f) => {
    const { backend } = await signedIn({ [`${f.method} ${f.path}`]: f });
    const e = await caught(backend.http.request({ method: f.method, path: f.path.replace("/admin", "") }));
    expect(e.status).toBe(f.status);
    expect(e.authLost).toBe(false);
  });
});
