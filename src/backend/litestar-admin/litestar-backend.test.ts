// Contract tests of the litestar-admin adapter against the observed fixtures F1–F23
// (litestar-admin.md §18), served verbatim with their status and content type.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { setupServer } from "msw/node";
import { http as mswHttp } from "msw";
import { ApiError } from "../api-error.ts";
import { validateSchema } from "../../protocol/validate-schema.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { SessionListener } from "../types.ts";
import { createLitestarBackend, SAVE_REJECTED_MESSAGE } from "./litestar-backend.ts";
import type { LitestarBackendOptions } from "./litestar-backend.ts";
import {
  AUTHOR_EDIT_SCHEMA,
  F1_CONFIG,
  F2_LOGIN,
  F3_LOGIN_FAILED,
  F3_NO_BACKEND,
  F3_REFRESH_FAILED,
  F4_AUTH_LOST,
  F5_LOGOUT,
  F6_MODELS,
  F7_SCHEMA,
  F8_LIST,
  F9_BAD_QUERY,
  F10_NON_NUMERIC_ID,
  F10_UNKNOWN_MODEL,
  F10_UNKNOWN_RECORD,
  F11_NON_OBJECT_BODY,
  F12_CONSTRAINT,
  F13_PATCH_RENAMES_PK,
  F14_DELETE,
  F15_UNKNOWN_RELATION,
  F16_EXPORT_BAD_FORMAT,
  F16_EXPORT_NO_IDS,
  F17_EXPORT_CSV,
  F17_EXPORT_TRUNCATED_JSON,
  F18_BULK_ACTION,
  F18_BULK_DELETE,
  F19_IMPORT_PREVIEW,
  F20_RATE_LIMITED,
  F21_DASHBOARD,
  F22_ACTIVITY,
  F23_METHOD_NOT_ALLOWED,
  F23_UNKNOWN_ROUTE,
  FIXTURE_TOKENS,
  POST_MODEL_INFO,
  fixtureResponse,
  postEditSchemaBody,
} from "./litestar-fixtures.ts";
import type { LitestarFixture } from "./litestar-fixtures.ts";

const ORIGIN = "http://ls.test";
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  auth: string | null;
  credentials: RequestCredentials;
  body: unknown;
}

/** Serve handlers by "METHOD /path" (query ignored) and record every request. */
function serve(routes: Record<string, LitestarFixture | ((req: Request, seen: Seen) => Response | Promise<Response>)>) {
  const seen: Seen[] = [];
  server.use(
    mswHttp.all(`${ORIGIN}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const text = request.method === "GET" || request.method === "DELETE" ? "" : await request.clone().text();
      let body: unknown = undefined;
      if (text !== "") {
        try {
          body = JSON.parse(text);
        } catch {
          body = text;
        }
      }
      const s: Seen = {
        method: request.method,
        path: url.pathname,
        query: url.searchParams,
        auth: request.headers.get("authorization"),
        credentials: request.credentials,
        body,
      };
      seen.push(s);
      const route = routes[`${request.method} ${url.pathname}`];
      if (!route) return new Response(`{"status_code":404,"detail":"Not Found"}`, { status: 404, headers: { "content-type": "application/json" } });
      return typeof route === "function" ? route(request, s) : fixtureResponse(route);
    }),
  );
  return seen;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

const plain404 = () => fixtureResponse(F4_AUTH_LOST);

const authorModel = (JSON.parse(F6_MODELS.body) as object[])[0];
const CATALOG = JSON.stringify([authorModel, POST_MODEL_INFO]);

function makeBackend(extra: Partial<LitestarBackendOptions> = {}) {
  const timers: { fn: () => void; ms: number }[] = [];
  const backend = createLitestarBackend({
    baseUrl: ORIGIN,
    validateSchema,
    storage: null,
    sleep: async () => undefined,
    setTimer: (fn, ms) => {
      const t = { fn, ms };
      timers.push(t);
      return t;
    },
    clearTimer: (h) => {
      const i = timers.indexOf(h as { fn: () => void; ms: number });
      if (i >= 0) timers.splice(i, 1);
    },
    ...extra,
  });
  return { backend, timers };
}

/** Routes for a signed-in backend with the author/post models. */
function schemaRoutes() {
  return {
    "GET /admin/api/config": F1_CONFIG,
    "GET /admin/api/models": () => new Response(CATALOG, { status: 200, headers: { "content-type": "application/json" } }),
    "GET /admin/api/models/post/schema": (req: Request) =>
      new URL(req.url).searchParams.get("mode") === "create"
        ? fixtureResponse(F7_SCHEMA)
        : new Response(postEditSchemaBody(), { status: 200, headers: { "content-type": "application/json" } }),
    "GET /admin/api/models/author/schema": () =>
      new Response(AUTHOR_EDIT_SCHEMA, { status: 200, headers: { "content-type": "application/json" } }),
    "GET /admin/api/models/post": F8_LIST,
    "GET /admin/api/models/author": () => json({ items: [], total: 0, offset: 0, limit: 1 }),
  } as const;
}

async function signedIn(routes: Parameters<typeof serve>[0] = {}, extra: Partial<LitestarBackendOptions> = {}) {
  const seen = serve({
    "POST /admin/api/auth/login": F2_LOGIN,
    "GET /admin/api/auth/me": () => json({ id: 1, email: "admin@example.com", roles: ["admin"], permissions: [] }),
    ...schemaRoutes(),
    ...routes,
  });
  const made = makeBackend(extra);
  await made.backend.login({ step: "password", email: "admin@example.com", password: "admin" });
  const { schema } = await made.backend.loadSchema();
  const post = schema.resources.find((r) => r.name === "post") as ResourceSchema;
  const author = schema.resources.find((r) => r.name === "author") as ResourceSchema;
  seen.length = 0;
  return { ...made, seen, schema, post, author };
}

/** Blob text via FileReader (jsdom's Blob has no .text()). */
function blobText(b: Blob | undefined): Promise<string> {
  if (!b) return Promise.resolve("");
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsText(b);
  });
}

async function caught(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error("expected the call to fail");
}

// ------------------------------------------------------------------------------------------------

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

describe("F2 / F3 login", () => {
  it("stores the tokens, sends Bearer, reads /me, expiry from the JWT exp", async () => {
    const seen = serve({
      "POST /admin/api/auth/login": F2_LOGIN,
      "GET /admin/api/auth/me": () => json({ id: 1, email: "admin@example.com", roles: ["admin"], permissions: ["models:read"] }),
    });
    const { backend, timers } = makeBackend({ now: () => Date.parse("2026-11-23T12:00:00Z") });
    const events: Parameters<SessionListener>[] = [];
    backend.onSessionChange((u, r) => events.push([u, r]));
    const result = await backend.login({ step: "password", email: " admin@example.com ", password: "admin" });
    expect(seen[0]?.body).toEqual({ email: "admin@example.com", password: "admin" });
    expect(result).toEqual({ status: "signed-in", user: { id: "1", email: "admin@example.com", roles: ["admin"] } });
    expect(seen[1]?.auth).toBe(`Bearer ${FIXTURE_TOKENS.access}`);
    expect(events.map((e) => e[1])).toEqual(["signed-in"]);
    expect(backend.currentUser()?.email).toBe("admin@example.com");
    // exp = 4102444800 s → refresh 60 s before it
    expect(timers).toHaveLength(1);
    expect(timers[0]?.ms).toBe(Math.min(4102444800_000 - 60_000 - Date.parse("2026-11-23T12:00:00Z"), 2_000_000_000));
  });

  it("uses the string expires_in when the token is not a decodable JWT", async () => {
    serve({
      "POST /admin/api/auth/login": () => json({ access_token: "opaque-a", refresh_token: "opaque-r", token_type: "bearer", expires_in: "3600" }),
      "GET /admin/api/auth/me": () => json({ id: "u1", email: "a@x.test", roles: [], permissions: [] }),
    });
    const t0 = 1_000_000;
    const { backend, timers } = makeBackend({ now: () => t0 });
    await backend.login({ step: "password", email: "a@x.test", password: "pw" });
    expect(timers[0]?.ms).toBe(3600_000 - 60_000);
  });

  it("accepts a numeric or null expires_in", async () => {
    serve({
      "POST /admin/api/auth/login": () => json({ access_token: "opaque-a", refresh_token: "opaque-r", token_type: "bearer", expires_in: 120 }),
      "GET /admin/api/auth/me": () => json({ id: "u1", email: "a@x.test", roles: [], permissions: [] }),
    });
    const made = makeBackend({ now: () => 0 });
    await made.backend.login({ step: "password", email: "a@x.test", password: "pw" });
    expect(made.timers[0]?.ms).toBe(60_000);
    serve({
      "POST /admin/api/auth/login": () => json({ access_token: "opaque-a", refresh_token: "opaque-r", token_type: "bearer", expires_in: null }),
      "GET /admin/api/auth/me": () => json({ id: "u1", email: "a@x.test", roles: [], permissions: [] }),
    });
    const other = makeBackend({ now: () => 0 });
    await other.backend.login({ step: "password", email: "a@x.test", password: "pw" });
    expect(other.timers).toHaveLength(0);
  });

  it("F3: a wrong password is a 401 with the server's message, not a lost session", async () => {
    serve({ "POST /admin/api/auth/login": F3_LOGIN_FAILED });
    const { backend } = makeBackend();
    const e = await caught(backend.login({ step: "password", email: "admin@example.com", password: "wrong" }));
    expect(e.status).toBe(401);
    expect(e.message).toBe("Invalid email or password");
    expect(e.authLost).toBe(false);
    expect(backend.currentUser()).toBeNull();
  });

  it("refuses OTP steps", async () => {
    const e = await caught(makeBackend().backend.login({ step: "request-code", channel: "email", target: "a@x.test" }));
    expect(e.code).toBe("UNSUPPORTED");
  });

  it("proactive refresh posts {refresh_token} and keeps the echoed refresh token", async () => {
    const { backend, timers, seen } = await signedIn({
      "POST /admin/api/auth/refresh": (_req, s) =>
        json({ access_token: "new-access", refresh_token: (s.body as { refresh_token: string }).refresh_token, token_type: "bearer", expires_in: "3600" }),
      "GET /admin/api/models/post/1": () => json({ id: 1 }),
    });
    timers[0]?.fn();
    await new Promise((r) => setTimeout(r, 10));
    expect(seen.find((s) => s.path === "/admin/api/auth/refresh")?.body).toEqual({ refresh_token: FIXTURE_TOKENS.refresh });
    await backend.get({ name: "post" } as ResourceSchema, 1);
    expect(seen.at(-1)?.auth).toBe("Bearer new-access");
  });
});

describe("F4 session loss: text/plain 404", () => {
  it("refreshes once and retries the request with the new token", async () => {
    let refreshed = false;
    const { backend, post, seen } = await signedIn({
      "POST /admin/api/auth/refresh": () => {
        refreshed = true;
        return json({ access_token: "fresh", refresh_token: FIXTURE_TOKENS.refresh, token_type: "bearer", expires_in: "3600" });
      },
      "GET /admin/api/models/post/2": (req) => (req.headers.get("authorization") === "Bearer fresh" ? json({ id: 2, title: "Post 1" }) : plain404()),
    });
    const got = await backend.get(post, 2);
    expect(refreshed).toBe(true);
    expect(got).toEqual({ item: { id: 2, title: "Post 1" }, version: null });
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual([
      "GET /admin/api/models/post/2",
      "POST /admin/api/auth/refresh",
      "GET /admin/api/models/post/2",
    ]);
    expect(seen.filter((s) => s.path.endsWith("/refresh"))).toHaveLength(1);
  });

  it("F3: a failed refresh loses the session (authLost, listeners told, user gone)", async () => {
    const { backend, post, seen } = await signedIn({
      "POST /admin/api/auth/refresh": F3_REFRESH_FAILED,
      "GET /admin/api/models/post/2": plain404,
    });
    const reasons: string[] = [];
    backend.onSessionChange((_u, r) => reasons.push(r));
    const e = await caught(backend.get(post, 2));
    expect(e.authLost).toBe(true);
    expect(e.status).toBe(404);
    expect(reasons).toEqual(["lost"]);
    expect(backend.currentUser()).toBeNull();
    expect(seen.filter((s) => s.path.endsWith("/refresh"))).toHaveLength(1);
  });

  it("a retried request that is still the text/plain 404 loses the session after one refresh", async () => {
    const { backend, post, seen } = await signedIn({
      "POST /admin/api/auth/refresh": () => json({ access_token: "fresh", refresh_token: "r", token_type: "bearer", expires_in: "3600" }),
      "GET /admin/api/models/post/2": plain404,
    });
    const e = await caught(backend.get(post, 2));
    expect(e.authLost).toBe(true);
    expect(seen.filter((s) => s.path.endsWith("/refresh"))).toHaveLength(1);
    expect(backend.currentUser()).toBeNull();
  });

  it("a guard 401 never triggers a refresh", async () => {
    const { backend, post, seen } = await signedIn({
      "GET /admin/api/models/post/2": () => json({ status_code: 401, detail: "Permission 'users:read' required" }, 401),
    });
    const e = await caught(backend.get(post, 2));
    expect(e.status).toBe(401);
    expect(e.authLost).toBe(false);
    expect(seen.filter((s) => s.path.endsWith("/refresh"))).toHaveLength(0);
    expect(backend.currentUser()).not.toBeNull();
  });
});

describe("F5 logout", () => {
  it("calls the server no-op and clears the session locally (storage too)", async () => {
    const storage = window.localStorage;
    const { backend, seen } = await signedIn({ "POST /admin/api/auth/logout": F5_LOGOUT }, { storage });
    expect(Object.keys(storage).some((k) => k.includes("ls.test/admin/api"))).toBe(true);
    const reasons: string[] = [];
    backend.onSessionChange((_u, r) => reasons.push(r));
    await backend.logout();
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual(["POST /admin/api/auth/logout"]);
    expect(backend.currentUser()).toBeNull();
    expect(reasons).toEqual(["signed-out"]);
    expect(Object.keys(storage).some((k) => k.includes("ls.test/admin/api"))).toBe(false);
  });

  it("restores a persisted session per base URL", async () => {
    const storage = window.localStorage;
    await signedIn({}, { storage });
    const again = createLitestarBackend({ baseUrl: `${ORIGIN}/admin`, validateSchema, storage, setTimer: () => 0, clearTimer: () => undefined });
    expect(again.currentUser()?.email).toBe("admin@example.com");
  });
});

describe("session backend variant", () => {
  it("sends no Authorization header, uses credentials include, never schedules refreshes", async () => {
    const seen = serve({
      "POST /admin/api/auth/login": () => json({ access_token: "session", refresh_token: "session", token_type: "session", expires_in: null }),
      "GET /admin/api/auth/me": () => json({ id: 7, email: "s@x.test", roles: ["editor"], permissions: [] }),
      "GET /admin/api/models/post/1": () => json({ id: 1 }),
    });
    const { backend, timers } = makeBackend();
    const r = await backend.login({ step: "password", email: "s@x.test", password: "pw" });
    expect(r).toEqual({ status: "signed-in", user: { id: "7", email: "s@x.test", roles: ["editor"] } });
    await backend.get({ name: "post" } as ResourceSchema, 1);
    const last = seen.at(-1);
    expect(last?.auth).toBeNull();
    expect(last?.credentials).toBe("include");
    expect(timers).toHaveLength(0);
  });
});

describe("F6 / F7 schema", () => {
  it("builds and validates the AdminSchema from the catalog, edit schemas and first list items", async () => {
    const { schema, post, author } = await signedIn();
    expect(schema.resources.map((r) => r.name)).toEqual(["author", "post"]);
    expect(post.list.fields).toEqual(["id", "title", "status", "created_at", "author_id"]);
    expect(author.list.fields).toEqual(["id", "name"]); // empty list → schema order
    expect(post.fields.author_id?.relation?.endpoint).toBe("/api/models/author");
    expect(post.fields.status?.options?.map((o) => o.value)).toEqual(["draft", "published"]);
    expect(post.fields.id?.readonly).toBe(true);
    expect(post.form.groups[0]).toMatchObject({ label: "Main", fields: ["title", "content"] });
  });

  it("F6: the verbatim catalog becomes one resource with its flags and icon", async () => {
    serve({
      "GET /admin/api/config": F1_CONFIG,
      "GET /admin/api/models": F6_MODELS,
      "GET /admin/api/models/author/schema": () => new Response(AUTHOR_EDIT_SCHEMA, { status: 200, headers: { "content-type": "application/json" } }),
      "GET /admin/api/models/author": () => json({ items: [{ id: 1, name: "Ann" }], total: 1, offset: 0, limit: 1 }),
    });
    const { schema } = await makeBackend().backend.loadSchema();
    expect(schema.title).toBe("Admin");
    expect(schema.resources).toHaveLength(1);
    expect(schema.resources[0]).toMatchObject({
      name: "author",
      endpoint: "/api/models/author",
      label: "Author",
      icon: "table",
      methods: ["GET", "POST", "PATCH", "PUT", "DELETE"],
      list: { fields: ["id", "name"] },
    });
    expect(schema.navigation).toEqual([{ label: "", resources: ["author"] }]);
  });

  it("asks for mode=edit, one limit=1 list per model, and caches until logout", async () => {
    const seen = serve({
      "POST /admin/api/auth/login": F2_LOGIN,
      "GET /admin/api/auth/me": () => json({ id: 1, email: "admin@example.com", roles: [], permissions: [] }),
      "POST /admin/api/auth/logout": F5_LOGOUT,
      ...schemaRoutes(),
    });
    const { backend } = makeBackend();
    await backend.login({ step: "password", email: "admin@example.com", password: "admin" });
    seen.length = 0;
    const first = await backend.loadSchema();
    expect(first.etag).toBeNull();
    expect(first.notModified).toBe(false);
    const schemaCalls = seen.filter((s) => s.path.endsWith("/schema"));
    expect(schemaCalls.map((s) => s.query.get("mode"))).toEqual(["edit", "edit"]);
    const lists = seen.filter((s) => /\/models\/(post|author)$/.test(s.path));
    expect(lists.map((s) => s.query.get("limit"))).toEqual(["1", "1"]);
    const n = seen.length;
    const second = await backend.loadSchema(first);
    expect(seen.length).toBe(n);
    expect(second.schema).toBe(first.schema);
    await backend.logout();
    await backend.login({ step: "password", email: "admin@example.com", password: "admin" });
    await backend.loadSchema();
    expect(seen.filter((s) => s.path === "/admin/api/models").length).toBe(2);
  });

  it("createFormSchema: F7 (mode=create) → the resource's create form without the auto-increment PK", async () => {
    const { backend, post, seen } = await signedIn();
    const form = await backend.createFormSchema?.(post);
    if (!form) throw new Error("the litestar adapter has no createFormSchema");
    expect(seen.map((s) => `${s.method} ${s.path}?mode=${s.query.get("mode")}`)).toEqual(["GET /admin/api/models/post/schema?mode=create"]);
    // same identity, list and features as the edit-mode resource
    expect(form).toMatchObject({ name: "post", endpoint: "/api/models/post", label: post.label, label_plural: post.label_plural, methods: post.methods });
    expect(form.list).toEqual(post.list);
    expect(form.features).toEqual(post.features);
    // fields and groups from the create schema: no PK anywhere
    expect(Object.keys(form.fields)).toEqual(["title", "content", "status", "published_at", "created_at", "author_id"]);
    expect(form.form.groups.flatMap((g) => g.fields)).not.toContain("id");
    expect(post.fields.id?.readonly).toBe(true); // the edit form keeps it, read-only
    expect(form.fields.title).toMatchObject({ required: true, max_length: 200 });
    expect(form.fields.author_id?.relation?.endpoint).toBe("/api/models/author");
  });

  it("caches the create form per model until logout", async () => {
    const { backend, post, author, seen } = await signedIn({ "POST /admin/api/auth/logout": F5_LOGOUT });
    const first = await backend.createFormSchema?.(post);
    expect(await backend.createFormSchema?.(post)).toBe(first);
    await backend.createFormSchema?.(author);
    const creates = () => seen.filter((s) => s.query.get("mode") === "create").map((s) => s.path);
    expect(creates()).toEqual(["/admin/api/models/post/schema", "/admin/api/models/author/schema"]);
    await backend.logout();
    await backend.login({ step: "password", email: "admin@example.com", password: "admin" });
    const again = await backend.createFormSchema?.(post);
    expect(again).not.toBe(first);
    expect(again && Object.keys(again.fields)).toEqual(first && Object.keys(first.fields));
    expect(creates()).toEqual(["/admin/api/models/post/schema", "/admin/api/models/author/schema", "/admin/api/models/post/schema"]);
  });

  it("a failed create-schema load is not cached", async () => {
    let fail = true;
    const { backend, post } = await signedIn({
      "GET /admin/api/models/post/schema": (req) =>
        new URL(req.url).searchParams.get("mode") === "create"
          ? fail
            ? json({ status_code: 500, detail: "Internal Server Error" }, 500)
            : fixtureResponse(F7_SCHEMA)
          : new Response(postEditSchemaBody(), { status: 200, headers: { "content-type": "application/json" } }),
    });
    const e = await caught(backend.createFormSchema?.(post) ?? Promise.reject(new Error("missing")));
    expect(e.status).toBe(500);
    fail = false;
    const form = await backend.createFormSchema?.(post);
    expect(form?.fields.id).toBeUndefined();
  });

  it("a natural (non auto-increment) PK stays in the create form, editable, and is sent on create", async () => {
    const tagInfo = { ...POST_MODEL_INFO, name: "Tags", model_name: "tags", icon: "tag" };
    // litestar marks the PK readOnly in both modes; create mode keeps it when it is not auto-increment
    const tagSchema = {
      type: "object",
      title: "Tags",
      properties: { code: { title: "Code", type: "string", maxLength: 20, readOnly: true }, label: { title: "Label", type: "string" } },
      required: ["label"],
    };
    const { backend, seen } = await signedIn({
      "GET /admin/api/models": () => json([tagInfo]),
      "GET /admin/api/models/tags/schema": () => json(tagSchema),
      "GET /admin/api/models/tags": () => json({ items: [], total: 0, offset: 0, limit: 1 }),
      "POST /admin/api/models/tags": (_r, s) => json(s.body, 201),
    });
    const tags = (await backend.loadSchema()).schema.resources.find((r) => r.name === "tags") as ResourceSchema;
    expect(tags.fields.code?.readonly).toBe(true); // edit form: the PK is read-only
    const form = await backend.createFormSchema?.(tags);
    expect(form?.fields.code).toMatchObject({ readonly: false, max_length: 20 });
    seen.length = 0;
    await backend.create(tags, { code: "sale", label: "Sale" });
    expect(seen[0]?.body).toEqual({ code: "sale", label: "Sale" });
  });

  it("F4 during schema load is authLost", async () => {
    serve({ "GET /admin/api/config": F1_CONFIG, "GET /admin/api/models": plain404 });
    const e = await caught(makeBackend().backend.loadSchema());
    expect(e.authLost).toBe(true);
  });
});

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
      expect(e.message).toBe(SAVE_REJECTED_MESSAGE);
      expect(e.kind).toBe("constraint");
    }
  });

  it("a 500 outside create/update is a server failure, not a constraint", async () => {
    const { backend, post } = await signedIn({ "DELETE /admin/api/models/post/1": F12_CONSTRAINT, "GET /admin/api/models/post/1": F12_CONSTRAINT });
    for (const p of [backend.remove(post, 1, null), backend.get(post, 1)]) {
      const e = await caught(p);
      expect(e.status).toBe(500);
      expect(e.kind).toBe("server-failure");
      expect(e.message).not.toBe(SAVE_REJECTED_MESSAGE);
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

describe("F15 relations", () => {
  it("searches with q/limit/page and maps {id,label,data}", async () => {
    const { backend, post, seen } = await signedIn({
      "GET /admin/api/models/post/relationships/author_id/search": () =>
        json({ items: [{ id: 1, label: "Ann", data: { email: "a@x" } }, { id: 2, label: "Bob", data: null }], total: 5, has_more: true }),
    });
    const r = await backend.searchRelation(post, "author_id", { term: "a", page: 2, perPage: 2 });
    expect([...(seen[0]?.query.entries() ?? [])]).toEqual([
      ["q", "a"],
      ["limit", "2"],
      ["page", "2"],
    ]);
    expect(r).toEqual({
      options: [
        { value: 1, label: "Ann", item: { email: "a@x" } },
        { value: 2, label: "Bob" },
      ],
      total: 5,
      hasMore: true,
    });
  });

  it("resolves labels with ?ids=, keeping the requested order and dropping unknown ids", async () => {
    const { backend, post, seen } = await signedIn({
      "GET /admin/api/models/post/relationships/author_id/options": () =>
        json({ items: [{ id: 1, label: "Ann", data: null }, { id: 3, label: "Cy", data: null }], total: 2, has_more: false }),
    });
    const r = await backend.resolveRelation(post, "author_id", [3, 99, 1, 3]);
    expect(seen[0]?.query.get("ids")).toBe("3,99,1");
    expect(r.map((o) => o.label)).toEqual(["Cy", "Ann"]);
    expect(await backend.resolveRelation(post, "author_id", [])).toEqual([]);
    expect(seen).toHaveLength(1);
  });

  it("F15: an unknown relation field is a JSON 404 with the server's message", async () => {
    const { backend, post } = await signedIn({ "GET /admin/api/models/post/relationships/nope/search": F15_UNKNOWN_RELATION });
    const e = await caught(backend.searchRelation(post, "nope", { term: "a", page: 1, perPage: 20 }));
    expect(e.status).toBe(404);
    expect(e.message).toBe("Relationship 'nope' not found on model 'post'");
    expect(e.authLost).toBe(false);
  });
});

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
        timestamp: "2026-11-23T11:58:52.756977",
        user: "admin@example.com",
        changes: { title: { old: "Post 0", new: "Changed" } },
      },
    ]);
  });
});
