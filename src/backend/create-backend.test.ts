import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { setupServer } from "msw/node";
import { http, HttpResponse } from "msw";
import type { AdminSchema } from "../protocol/types.ts";
import { ApiError } from "./api-error.ts";
import { createBackend, probeDialect } from "./create-backend.ts";
import type { CraftEasyBackend } from "./craft-easy/craft-easy-backend.ts";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const validateSchema = (raw: unknown): AdminSchema => raw as AdminSchema;
const notFoundJson = () => HttpResponse.json({ status_code: 404, detail: "Not Found" }, { status: 404 });

describe("probeDialect", () => {
  it("Craft Easy: a 401 envelope on /admin/schema", async () => {
    server.use(http.get("http://c.test/admin/schema", () => HttpResponse.json({ error: { code: "AUTH_REQUIRED", message: "x" }, request_id: "r" }, { status: 401 })));
    expect(await probeDialect("http://c.test/", fetch)).toEqual({ dialect: "craft-easy", baseUrl: "http://c.test" });
  });

  it("Craft Easy: a 200 JSON schema", async () => {
    server.use(http.get("http://c.test/api/admin/schema", () => HttpResponse.json({ title: "x", resources: [] })));
    expect((await probeDialect("http://c.test/api", fetch)).dialect).toBe("craft-easy");
  });

  it("litestar-admin behind its auth gate (text/plain 404 on /admin/api/models)", async () => {
    server.use(
      http.get("http://l.test/admin/schema", () => new HttpResponse("<html>app</html>", { headers: { "Content-Type": "text/html" } })),
      http.get("http://l.test/admin/api/models", () => new HttpResponse("Not Found", { status: 404, headers: { "Content-Type": "text/plain" } })),
    );
    expect(await probeDialect("http://l.test", fetch)).toEqual({ dialect: "litestar-admin", baseUrl: "http://l.test/admin" });
  });

  it("litestar-admin with the base already ending in /admin", async () => {
    server.use(
      http.get("http://l.test/admin/admin/schema", notFoundJson),
      http.get("http://l.test/admin/api/models", () => HttpResponse.json([{ name: "Post", model_name: "post" }])),
    );
    expect(await probeDialect("http://l.test/admin/", fetch)).toEqual({ dialect: "litestar-admin", baseUrl: "http://l.test/admin" });
  });

  it("a Craft Easy 404 envelope on {base}/admin/schema is not Craft Easy at that base (server with both faces)", async () => {
    server.use(
      http.get("http://b.test/admin/admin/schema", () =>
        HttpResponse.json({ error: { code: "NOT_FOUND", message: "No route" }, request_id: "r" }, { status: 404 }),
      ),
      http.get("http://b.test/admin/api/models", () => new HttpResponse("Not Found", { status: 404, headers: { "Content-Type": "text/plain" } })),
    );
    expect(await probeDialect("http://b.test/admin", fetch)).toEqual({ dialect: "litestar-admin", baseUrl: "http://b.test/admin" });
  });

  it("litestar-admin mounted at the root (/api/models)", async () => {
    server.use(
      http.get("http://r.test/admin/schema", notFoundJson),
      http.get("http://r.test/admin/api/models", notFoundJson),
      http.get("http://r.test/api/models", () => HttpResponse.json([])),
    );
    expect(await probeDialect("http://r.test", fetch)).toEqual({ dialect: "litestar-admin", baseUrl: "http://r.test" });
  });

  it("nothing recognisable → DIALECT_UNKNOWN", async () => {
    server.use(
      http.get("http://n.test/admin/schema", notFoundJson),
      http.get("http://n.test/admin/api/models", notFoundJson),
      http.get("http://n.test/api/models", () => HttpResponse.error()),
    );
    const e = await probeDialect("http://n.test", fetch).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).code).toBe("DIALECT_UNKNOWN");
  });
});

describe("createBackend", () => {
  it("explicit craft-easy: no probe, settings parsed from config", async () => {
    let probed = false;
    server.use(
      http.get("http://c.test/admin/schema", () => {
        probed = true;
        return HttpResponse.json({});
      }),
    );
    const b = (await createBackend(
      { apiUrl: "http://c.test/", dialect: "craft-easy", settings: { maxPerPage: "50", searchMode: "param", idField: "bogus", smsEnabled: true } },
      { validateSchema, fetch },
    )) as CraftEasyBackend;
    expect(probed).toBe(false);
    expect(b.dialect).toBe("craft-easy");
    expect(b.baseUrl).toBe("http://c.test");
    expect(b.capabilities().maxPerPage).toBe(50);
    expect(b.settings.searchMode).toBe("param");
    expect(b.settings.idField).toBe("auto");
    expect(b.settings.smsEnabled).toBe(true);
  });

  it("auto → craft-easy through the injected fetch (demo handle style)", async () => {
    const calls: string[] = [];
    const handle = async (req: Request): Promise<Response> => {
      calls.push(`${req.method} ${req.url}`);
      return Response.json({ error: { code: "AUTH_REQUIRED", message: "Sign in" }, request_id: "1" }, { status: 401 });
    };
    const b = await createBackend({ apiUrl: "http://demo.test", dialect: "auto", settings: {} }, { validateSchema, fetch: handle });
    expect(b.dialect).toBe("craft-easy");
    expect(calls).toEqual(["GET http://demo.test/admin/schema"]);
  });

  it("litestar-admin is handed to its adapter (loaded on demand)", async () => {
    const b = await createBackend({ apiUrl: "http://l.test/admin/", dialect: "litestar-admin", settings: {} }, { validateSchema, fetch });
    expect(b.dialect).toBe("litestar-admin");
  });
});
