// GET /admin/schema: per-user schema, ETag/304, 401 without a token.
import { beforeAll, describe, expect, it } from "vitest";
import { createReferenceBackend } from "../reference-backend.ts";
import type { ReferenceBackend } from "../reference-backend.ts";
import { craftEasyCall, craftEasySignIn } from "../testing/reference-setup.ts";
import type { Json } from "../testing/reference-setup.ts";

describe("GET /admin/schema", () => {
  let backend: ReferenceBackend;
  beforeAll(() => {
    backend = createReferenceBackend();
  });

  it("answers 401 AUTH_REQUIRED in the envelope without a token", async () => {
    const res = await craftEasyCall(backend, "/admin/schema");
    expect(res.status).toBe(401);
    expect(res.json).toMatchObject({ error: { code: "AUTH_REQUIRED", message: expect.any(String) }, request_id: expect.any(String) });
  });

  it("serves a per-user schema with an ETag and 304 on If-None-Match", async () => {
    const adminToken = await craftEasySignIn(backend);
    const editorToken = await craftEasySignIn(backend, { email: "editor@example.com" });
    const a = await craftEasyCall(backend, "/admin/schema", { token: adminToken });
    const e = await craftEasyCall(backend, "/admin/schema", { token: editorToken });
    expect(a.status).toBe(200);
    const etag = a.headers.get("ETag")!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(e.headers.get("ETag")).not.toBe(etag);
    expect((a.json as Json).resources.map((r: Json) => r.name)).toContain("audit_log");
    expect((e.json as Json).resources.map((r: Json) => r.name)).not.toContain("audit_log");
    const again = await craftEasyCall(backend, "/admin/schema", { token: adminToken, headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    const stale = await craftEasyCall(backend, "/admin/schema", { token: adminToken, headers: { "If-None-Match": '"nope"' } });
    expect(stale.status).toBe(200);
  });

  it("changes its ETag when the control changes the schema", async () => {
    const token = await craftEasySignIn(backend);
    const before = await craftEasyCall(backend, "/admin/schema", { token });
    backend.control.changeSchema();
    const after = await craftEasyCall(backend, "/admin/schema", { token, headers: { "If-None-Match": before.headers.get("ETag")! } });
    expect(after.status).toBe(200);
    expect(after.headers.get("ETag")).not.toBe(before.headers.get("ETag"));
    expect((after.json as Json).title).toMatch(/schema v2/);
    backend.control.setSchemaTransform(null);
    const restored = await craftEasyCall(backend, "/admin/schema", { token });
    expect(restored.headers.get("ETag")).toBe(before.headers.get("ETag"));
  });
});
