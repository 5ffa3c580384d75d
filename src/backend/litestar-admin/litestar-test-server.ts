// Test support for the litestar-admin contract tests (*.test.ts in this folder): an MSW server
// that serves the observed fixtures (litestar-fixtures.ts) verbatim and records every request,
// and backends built over it (signed in, with the author/post models). Tests only.
import { afterAll, afterEach, beforeAll } from "vitest";
import { setupServer } from "msw/node";
import { http as mswHttp } from "msw";
import { ApiError } from "../api-error.ts";
import { validateSchema } from "../../protocol/validate-schema.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { createLitestarBackend } from "./litestar-backend.ts";
import type { LitestarBackendOptions } from "./litestar-backend.ts";
import {
  AUTHOR_EDIT_SCHEMA,
  F1_CONFIG,
  F2_LOGIN,
  F4_AUTH_LOST,
  F6_MODELS,
  F7_SCHEMA,
  F8_LIST,
  POST_MODEL_INFO,
  fixtureResponse,
  postEditSchemaBody,
} from "./litestar-fixtures.ts";
import type { LitestarFixture } from "./litestar-fixtures.ts";

export const ORIGIN = "http://ls.test";
export const server = setupServer();

/** Call once at the top of a test file: the MSW server listens during its tests. */
export function serveDuringTests(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}

export interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  auth: string | null;
  credentials: RequestCredentials;
  body: unknown;
}

export type Routes = Record<string, LitestarFixture | ((req: Request, seen: Seen) => Response | Promise<Response>)>;

async function bodyOf(request: Request): Promise<unknown> {
  const text = request.method === "GET" || request.method === "DELETE" ? "" : await request.clone().text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Serve handlers by "METHOD /path" (query ignored) and record every request. */
export function serve(routes: Routes): Seen[] {
  const seen: Seen[] = [];
  server.use(
    mswHttp.all(`${ORIGIN}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const s: Seen = {
        method: request.method,
        path: url.pathname,
        query: url.searchParams,
        auth: request.headers.get("authorization"),
        credentials: request.credentials,
        body: await bodyOf(request),
      };
      seen.push(s);
      const route = routes[`${request.method} ${url.pathname}`];
      if (!route) return new Response(`{"status_code":404,"detail":"Not Found"}`, { status: 404, headers: { "content-type": "application/json" } });
      return typeof route === "function" ? route(request, s) : fixtureResponse(route);
    }),
  );
  return seen;
}

export const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

export const plain404 = () => fixtureResponse(F4_AUTH_LOST);

const authorModel = (JSON.parse(F6_MODELS.body) as object[])[0];
const CATALOG = JSON.stringify([authorModel, POST_MODEL_INFO]);

export interface FakeTimer {
  fn: () => void;
  ms: number;
}

export function makeBackend(extra: Partial<LitestarBackendOptions> = {}) {
  const timers: FakeTimer[] = [];
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
      const i = timers.indexOf(h as FakeTimer);
      if (i >= 0) timers.splice(i, 1);
    },
    ...extra,
  });
  return { backend, timers };
}

/** Routes for a signed-in backend with the author/post models. */
export function schemaRoutes() {
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

/** A backend signed in (F2) with its schema loaded; `seen` starts empty after that. */
export async function signedIn(routes: Routes = {}, extra: Partial<LitestarBackendOptions> = {}) {
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
export function blobText(b: Blob | undefined): Promise<string> {
  if (!b) return Promise.resolve("");
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsText(b);
  });
}

export async function caught(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error("expected the call to fail");
}
