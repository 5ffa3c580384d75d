// Contract tests of the pre-sign-in bootstrap (litestar-bootstrap.ts) against fixtures F1 and F3.
import { describe, expect, it } from "vitest";
import { F1_CONFIG, F3_NO_BACKEND, F6_MODELS } from "./litestar-fixtures.ts";
import { serveDuringTests, serve, json, plain404, makeBackend } from "./litestar-test-server.ts";

serveDuringTests();

describe("F1 / F3 bootstrap", () => {
  it("reads title and theme from /api/config; auth required when /me is the text/plain 404", async () => {
    serve({ "GET /admin/api/config": F1_CONFIG, "GET /admin/api/auth/me": plain404 });
    const info = await makeBackend().backend.bootstrap();
    expect(info).toEqual({ title: "Admin", login: { kind: "password" }, authRequired: true, devCredentials: [], initialColorMode: "dark" });
  });

  it("offers dev credentials only in debug mode", async () => {
    const creds = [{ email: "admin@example.com", password: "admin", role: "admin" }];
    serve({
      "GET /admin/api/config": () => json({ title: "Shop", debug: true, theme: "light", dev_credentials: creds, oauth_providers: [] }),
      "GET /admin/api/auth/me": plain404,
    });
    const info = await makeBackend().backend.bootstrap();
    expect(info.devCredentials).toEqual(creds);
    expect(info.initialColorMode).toBe("light");
    serve({
      "GET /admin/api/config": () => json({ title: "Shop", debug: false, theme: "light", dev_credentials: creds, oauth_providers: [] }),
      "GET /admin/api/auth/me": plain404,
    });
    expect((await makeBackend().backend.bootstrap()).devCredentials).toEqual([]);
  });

  it("detects no-auth mode: /me → 401 'Authentication is not configured' while /models answers 200", async () => {
    serve({ "GET /admin/api/config": F1_CONFIG, "GET /admin/api/auth/me": F3_NO_BACKEND, "GET /admin/api/models": F6_MODELS });
    const info = await makeBackend().backend.bootstrap();
    expect(info.authRequired).toBe(false);
    expect(info.login).toEqual({ kind: "none" });
  });
});
