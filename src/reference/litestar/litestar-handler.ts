// The litestar-admin 0.1.1 face of the reference backend (litestar-admin.md is the spec), over the
// same store and users as the Craft Easy face. Reproduces the observed quirks: the auth
// middleware's text/plain 404, string `expires_in`, refresh echoing the refresh token, logout as a
// no-op, 400 + `extra` for request-shape errors, 500 for constraint errors, no filters, import not
// mounted, export ignoring search/sort with `Status.draft` enums, PATCH renaming the PK, PUT
// nulling missing nullable columns, can_* flags not enforced on single-record routes, silent bulk
// writes, string activity record ids, naive timestamps, the rate limiter's 429 body.
// A plain Request → Response function: no Node APIs.
import type { LitestarWidgetData } from "../../backend/litestar-admin/litestar-wire-types.ts";
import type { Predicate, SortSpec } from "../query.ts";
import { SCHEMA_ROOT } from "../resources.ts";
import { accessFor } from "../schema.ts";
import { StoreError } from "../store.ts";
import type { Actor, Doc, Store, StoredRecord } from "../store.ts";
import { createTokenAuthority } from "../tokens.ts";
import type { TokenAuthority } from "../tokens.ts";
import { DEMO_USERS, findUserByEmail, findUserById } from "../users.ts";
import type { DemoUser } from "../users.ts";
import { LITESTAR_DEMO_CREDENTIALS, LITESTAR_DEMO_PASSWORDS } from "./litestar-demo.ts";
import { LITESTAR_MODELS, columnOf, findLitestarModel, labelColumn, litestarModelSchema } from "./litestar-models.ts";
import type { LitestarColumn, LitestarModel } from "./litestar-models.ts";
import { signToken, verifyToken } from "./litestar-tokens.ts";
import type { LitestarClaims } from "./litestar-tokens.ts";
import { ServerFault, coerceForColumn, encodeRecord, exportCell, naiveTimestamp } from "./litestar-values.ts";
import { writeXlsx } from "./minimal-xlsx.ts";
import type { XlsxCell } from "./minimal-xlsx.ts";

export interface LitestarHandlerOptions {
  /** Path of the API (default "/admin/api": the plugin's default base_url + "/api"). */
  prefix?: string;
  /** Clock in ms since the epoch. */
  now?: () => number;
  /** `AdminConfig.title` (default: the demo shop's title). */
  title?: string;
  /** Debug mode lists the demo accounts in /api/config (default true, for the demo). */
  debug?: boolean;
  theme?: "dark" | "light";
  /** False = no auth backend: every route open, /auth/* answer 401 "not configured". */
  authEnabled?: boolean;
  /**
   * Issues and checks the ACCESS tokens. Mounted as a face, this is the reference backend's shared
   * authority (so `control.expireTokens()` expires them too, and its TTL is `expires_in`).
   * Default: a private one with `accessTokenTtlSeconds`.
   */
  tokens?: TokenAuthority;
  /** Lifetime of access tokens when no `tokens` authority is given (default 3600, litestar's). */
  accessTokenTtlSeconds?: number;
  /** Lifetime of refresh tokens (default 86400, litestar's). */
  refreshTokenTtlSeconds?: number;
  /** The host app's RateLimitMiddleware: fixed window over all requests. */
  rateLimit?: { max: number; windowSeconds: number };
  /** Every Nth model write answers 500 (simulated DB failure). */
  failEvery?: number;
  /** Models whose view has `can_export = False`. */
  exportDisallowed?: string[];
  /** Exports fail after streaming started: 200 with a truncated body (§10). */
  truncateExports?: boolean;
  /** `AdminConfig.extra["widgets"]`. */
  widgets?: LitestarWidgetData[];
}

export interface LitestarHandler {
  /** `path`: the request path to route (default: the URL's pathname); must start with the prefix. */
  handle(request: Request, path?: string): Promise<Response>;
  /** Every access token issued so far is rejected from now on (the text/plain 404), as if expired. */
  expireTokens(): void;
  /** Every refresh token issued so far is rejected (refresh answers 401). */
  expireRefreshTokens(): void;
}

interface Ctx {
  request: Request;
  url: URL;
  params: Record<string, string>;
  user: DemoUser | null;
}

type RouteHandler = (ctx: Ctx) => Response | Promise<Response>;

interface Route {
  pattern: string[];
  methods: Record<string, RouteHandler>;
  public?: boolean;
}

const JSON_TYPE = "application/json";

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": JSON_TYPE, ...headers } });
}

function litestarError(status: number, detail: string, extra?: { message: string; key: string; source: string }[]): Response {
  return json(status, extra ? { status_code: status, detail, extra } : { status_code: status, detail });
}

const INTERNAL_ERROR = (): Response => litestarError(500, "Internal Server Error");

/** The auth middleware's answer for any protected route without valid credentials (§1 #1). */
const AUTH_GATE = (): Response => new Response("Not Found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

function validationFailed(ctx: { request: Request; url: URL }, extra: { message: string; key: string; source: string }[]): Response {
  return litestarError(400, `Validation failed for ${ctx.request.method} ${ctx.url.pathname}${ctx.url.search}`, extra);
}

function pyTypeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "string") return "str";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "number") return Number.isInteger(v) ? "int" : "float";
  return "object";
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

type BodyResult = { ok: true; body: unknown } | { ok: false; response: Response };

async function readBody(ctx: Ctx): Promise<BodyResult> {
  const text = await ctx.request.text();
  if (text.trim() === "") return { ok: true, body: undefined };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, response: litestarError(400, "JSON is malformed: invalid character (byte 1)") };
  }
}

/** The body as an object; `data` names the handler parameter (msgspec's message shapes). */
async function objectBody(ctx: Ctx): Promise<{ ok: true; body: Record<string, unknown> } | { ok: false; response: Response }> {
  const r = await readBody(ctx);
  if (!r.ok) return r;
  if (r.body === undefined) {
    return { ok: false, response: validationFailed(ctx, [{ message: "Expected `object`, got `null`", key: "data", source: "body" }]) };
  }
  if (!isRecord(r.body)) {
    return { ok: false, response: validationFailed(ctx, [{ message: `Expected \`object\`, got \`${pyTypeName(r.body)}\``, key: "data", source: "body" }]) };
  }
  return { ok: true, body: r.body };
}

/** Required / typed body fields of a request struct → the 400 + extra shape. */
function checkFields(ctx: Ctx, body: Record<string, unknown>, spec: Record<string, "str" | "array" | "bool" | "object" | "str?" | "bool?" | "object?">): Response | null {
  for (const [key, type] of Object.entries(spec)) {
    const optional = type.endsWith("?");
    const want = type.replace("?", "");
    const v = body[key];
    if (v === undefined) {
      if (optional) continue;
      return validationFailed(ctx, [{ message: `Object missing required field \`${key}\``, key, source: "body" }]);
    }
    const got = pyTypeName(v);
    const ok = want === "str" ? got === "str" : want === "array" ? got === "array" : want === "bool" ? got === "bool" : isRecord(v);
    if (!ok) return validationFailed(ctx, [{ message: `Expected \`${want}\`, got \`${got}\``, key, source: "body" }]);
  }
  return null;
}

function intParam(ctx: Ctx, key: string, fallback: number): { ok: true; value: number } | { ok: false; response: Response } {
  const raw = ctx.url.searchParams.get(key);
  if (raw === null || raw === "") return { ok: true, value: fallback };
  if (!/^-?\d+$/.test(raw.trim())) {
    return { ok: false, response: validationFailed(ctx, [{ message: "Expected `int`, got `str`", key, source: "query" }]) };
  }
  return { ok: true, value: Number(raw) };
}

function clientIp(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "127.0.0.1";
}

function rolesOf(user: DemoUser): string[] {
  return user.scope === "system" ? ["admin"] : ["editor"];
}

const ROLE_PERMISSIONS: Record<string, string[]> = {
  admin: [
    "models:read", "models:write", "models:delete", "models:export", "dashboard:view",
    "users:manage", "users:read", "users:create", "users:edit", "users:delete", "settings:manage", "audit:view",
  ],
  editor: ["models:read", "models:write", "models:export", "dashboard:view"],
};

function permissionsOf(user: DemoUser): string[] {
  return [...new Set(rolesOf(user).flatMap((r) => ROLE_PERMISSIONS[r] ?? []))];
}

/** Regex for an unescaped ILIKE '%term%' (`%` and `_` act as wildcards, §6). */
function ilike(term: string): RegExp {
  const body = [...term].map((ch) => (ch === "%" ? ".*" : ch === "_" ? "." : ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("");
  return new RegExp(body, "i");
}

const EXPORT_TYPES = {
  csv: "text/csv; charset=utf-8",
  json: "application/json",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;
type ExportFormat = keyof typeof EXPORT_TYPES;

function csvLine(cells: string[]): string {
  return cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",") + "\r\n";
}

const AUDIT_ACTION: Record<string, string> = { insert: "create", update: "update", replace: "update", delete: "delete", depersonalize: "update" };

export function createLitestarHandler(store: Store, options: LitestarHandlerOptions = {}): LitestarHandler {
  const prefix = (options.prefix ?? "/admin/api").replace(/\/+$/, "");
  const now = options.now ?? (() => Date.now());
  const nowSeconds = (): number => Math.floor(now() / 1000);
  const authEnabled = options.authEnabled !== false;
  const tokens = options.tokens ?? createTokenAuthority({ now, ttlSeconds: options.accessTokenTtlSeconds ?? 3600 });
  const refreshTtl = options.refreshTokenTtlSeconds ?? 86400;
  const exportDisallowed = new Set(options.exportDisallowed ?? []);
  const secret = `atrium-litestar-${Math.floor(now())}`;
  const passwords = new Map(Object.entries(LITESTAR_DEMO_PASSWORDS));
  let jti = 0;
  let expiredUpTo = 0;
  let writes = 0;
  let windowStart = 0;
  let windowCount = 0;

  // ------------------------------------------------------------------ auth
  const issueRefresh = (user: DemoUser): string => {
    const iat = nowSeconds();
    jti += 1;
    return signToken(
      { sub: user.id, email: user.email, roles: rolesOf(user), permissions: permissionsOf(user), type: "refresh", iat, exp: iat + refreshTtl, jti },
      secret,
    );
  };

  /** `expires_in` is a STRING (§1 #2); the refresh token is the one given (never rotated). */
  const tokenResponse = (user: DemoUser, refreshToken: string): Response => {
    const { token, claims } = tokens.issue(user, "user", "litestar-admin");
    return json(200, { access_token: token, refresh_token: refreshToken, token_type: "bearer", expires_in: String(claims.exp - claims.iat) });
  };

  /** A valid access token's user; a refresh token (or anything else) is not one. */
  const userFromAccessToken = (token: string | null): DemoUser | null => {
    if (!token) return null;
    const r = tokens.verify(token);
    if (!r.ok || r.claims.token_type !== "user") return null;
    return findUserById(r.claims.user_id) ?? null;
  };

  const userFromRefreshToken = (token: string): DemoUser | null => {
    const claims: LitestarClaims | null = verifyToken(token, secret, "refresh", nowSeconds());
    if (!claims || claims.jti <= expiredUpTo) return null;
    return findUserById(claims.sub) ?? null;
  };

  /** `Authorization: Bearer <jwt>`, `Authorization: <jwt>` or cookie `admin_access_token` (§3.2). */
  const accessTokenOf = (request: Request): string | null => {
    const auth = request.headers.get("authorization");
    if (auth && auth.trim() !== "") return auth.replace(/^Bearer\s+/i, "").trim();
    const cookie = request.headers.get("cookie") ?? "";
    const m = /(?:^|;\s*)admin_access_token=([^;]+)/.exec(cookie);
    return m?.[1] ? decodeURIComponent(m[1]) : null;
  };

  const notConfigured = (): Response => litestarError(401, "Authentication is not configured");

  const actorOf = (ctx: Ctx): Actor =>
    ctx.user ? { userId: ctx.user.id, userName: ctx.user.name, ip: clientIp(ctx.request) } : { userId: "anonymous", userName: "anonymous", ip: clientIp(ctx.request) };

  // ------------------------------------------------------------------ models
  type Access = { methods: string[] } | null;
  const accessOf = (user: DemoUser | null, model: LitestarModel): Access => {
    if (!user) return { methods: model.definition.schema.methods.slice() };
    const a = accessFor(user, model.collection);
    return a ? { methods: a.methods } : null;
  };

  const flags = (model: LitestarModel, access: { methods: string[] }) => {
    const f = model.definition.schema.features;
    return {
      can_create: f.create && access.methods.includes("POST"),
      can_edit: f.edit && (access.methods.includes("PATCH") || access.methods.includes("PUT")),
      can_delete: f.delete && access.methods.includes("DELETE"),
      can_view_details: true,
    };
  };

  const visibleModels = (user: DemoUser | null): { model: LitestarModel; access: { methods: string[] } }[] =>
    LITESTAR_MODELS.flatMap((model) => {
      const access = accessOf(user, model);
      return access ? [{ model, access }] : [];
    });

  type Resolved = { ok: true; model: LitestarModel; access: { methods: string[] } } | { ok: false; response: Response };
  const resolveModel = (ctx: Ctx): Resolved => {
    const segment = ctx.params.m ?? "";
    const model = findLitestarModel(segment);
    if (!model) return { ok: false, response: litestarError(404, `Model '${segment}' not found`) };
    const access = accessOf(ctx.user, model);
    if (!access) return { ok: false, response: litestarError(403, `Access denied to model '${model.modelName}'`) };
    return { ok: true, model, access };
  };

  const liveRecord = (model: LitestarModel, id: string): StoredRecord | undefined => store.get(model.collection, id);

  const notFound = (model: LitestarModel, id: string): Response => litestarError(404, `Record '${id}' not found in '${model.modelName}'`);

  /** Counts a model write for `failEvery`; true when this one should fail. */
  const simulatedFailure = (): boolean => {
    if (!options.failEvery || options.failEvery <= 0) return false;
    writes += 1;
    return writes % options.failEvery === 0;
  };

  /** Live records elsewhere that reference these ids (any delete rule: a SQL FK would refuse). */
  const referenced = (model: LitestarModel, ids: string[], denyOnly: boolean): boolean => {
    for (const rule of model.definition.collection.referencedBy ?? []) {
      if (denyOnly && rule.onDelete !== "deny") continue;
      if (rule.collection === model.collection && ids.length === 1) {
        // self-reference (categories.parent_id): only other records count
        if (store.count(rule.collection, { kind: "and", items: [{ kind: "cmp", field: rule.field, op: "in", value: ids }, { kind: "cmp", field: "id", op: "nin", value: ids }] }) > 0) return true;
        continue;
      }
      if (store.count(rule.collection, { kind: "cmp", field: rule.field, op: "in", value: ids }) > 0) return true;
    }
    return false;
  };

  /** Column values of a write body; unknown keys and bad values throw ServerFault (→ 500). */
  const coerceBody = (model: LitestarModel, body: Record<string, unknown>): { values: Doc; newPk?: string } => {
    const values: Doc = {};
    let newPk: string | undefined;
    for (const [key, raw] of Object.entries(body)) {
      const col = columnOf(model, key);
      if (!col) throw new ServerFault(`'${key}' is an invalid keyword argument for ${model.name}`);
      if (col.pk) {
        if (raw === null || raw === "" || typeof raw === "object") throw new ServerFault("NOT NULL constraint failed: id");
        newPk = String(raw).toLowerCase();
        continue;
      }
      const v = coerceForColumn(col, raw);
      if (col.relation && v !== null) {
        if (typeof v !== "string" || !store.get(col.relation.collection, v)) throw new ServerFault(`FOREIGN KEY constraint failed: ${col.name}`);
      }
      values[key] = v;
    }
    return newPk === undefined ? { values } : { values, newPk };
  };

  const fullRecord = (model: LitestarModel, rec: StoredRecord): Record<string, unknown> =>
    encodeRecord(model, rec.doc, model.columns.map((c) => c.name));

  // ------------------------------------------------------------------ handlers
  const config: RouteHandler = () =>
    json(200, {
      title: options.title ?? SCHEMA_ROOT.title,
      debug: options.debug ?? true,
      theme: options.theme ?? "dark",
      dev_credentials: (options.debug ?? true) && authEnabled ? LITESTAR_DEMO_CREDENTIALS.map((c) => ({ ...c })) : [],
      oauth_providers: [],
    });

  const login: RouteHandler = async (ctx) => {
    if (!authEnabled) return notConfigured();
    const r = await objectBody(ctx);
    if (!r.ok) return r.response;
    const bad = checkFields(ctx, r.body, { email: "str", password: "str" });
    if (bad) return bad;
    const user = findUserByEmail(r.body.email as string);
    if (!user || passwords.get(user.email) !== r.body.password) return litestarError(401, "Invalid email or password");
    return tokenResponse(user, issueRefresh(user));
  };

  const refresh: RouteHandler = async (ctx) => {
    if (!authEnabled) return notConfigured();
    const r = await objectBody(ctx);
    if (!r.ok) return r.response;
    const bad = checkFields(ctx, r.body, { refresh_token: "str" });
    if (bad) return bad;
    const token = r.body.refresh_token as string;
    const user = userFromRefreshToken(token);
    if (!user) return litestarError(401, "Invalid or expired refresh token");
    // A new access token; the refresh token sent is echoed back (no rotation, §1 #3).
    return tokenResponse(user, token);
  };

  const logout: RouteHandler = () =>
    authEnabled ? json(200, { success: true, message: "Logged out successfully" }) : notConfigured();

  const me: RouteHandler = (ctx) => {
    if (!authEnabled || !ctx.user) return notConfigured();
    const u = ctx.user;
    return json(200, { id: u.id, email: u.email, roles: rolesOf(u), permissions: permissionsOf(u) });
  };

  const changePassword: RouteHandler = async (ctx) => {
    if (!authEnabled || !ctx.user) return notConfigured();
    const r = await objectBody(ctx);
    if (!r.ok) return r.response;
    const bad = checkFields(ctx, r.body, { current_password: "str", new_password: "str" });
    if (bad) return bad;
    if (passwords.get(ctx.user.email) !== r.body.current_password) {
      return litestarError(403, "Failed to change password. Please check your current password.");
    }
    passwords.set(ctx.user.email, r.body.new_password as string);
    return json(200, { success: true, message: "Password changed successfully" });
  };

  const listModels: RouteHandler = (ctx) =>
    json(
      200,
      visibleModels(ctx.user).map(({ model, access }) => ({
        name: model.name,
        model_name: model.modelName,
        icon: model.icon,
        category: model.category,
        ...flags(model, access),
      })),
    );

  const listRecords: RouteHandler = (ctx) => {
    const res = resolveModel(ctx);
    if (!res.ok) return res.response;
    const { model } = res;
    const off = intParam(ctx, "offset", 0);
    if (!off.ok) return off.response;
    const lim = intParam(ctx, "limit", 50);
    if (!lim.ok) return lim.response;
    const offset = Math.max(0, off.value);
    const limit = Math.min(100, Math.max(1, lim.value));
    // Only offset, limit, sort_by, sort_order and search exist; anything else is ignored (§1 #6).
    const q = ctx.url.searchParams;
    let sort: SortSpec[] | undefined;
    const sortBy = q.get("sort_by");
    if (sortBy && model.sortable.includes(sortBy)) sort = [{ field: sortBy, desc: q.get("sort_order") === "desc" }];
    let where: Predicate | undefined;
    const search = q.get("search");
    if (search && model.searchable.length > 0) {
      const re = ilike(search);
      where = { kind: "or", items: model.searchable.map((field) => ({ kind: "cmp" as const, field, op: "regex" as const, value: re })) };
    }
    const { items, total } = store.find(model.collection, { where, sort, offset, limit });
    return json(200, { items: items.map((r) => encodeRecord(model, r.doc, model.listColumns)), total, offset, limit });
  };

  const modelSchema: RouteHandler = (ctx) => {
    const res = resolveModel(ctx);
    if (!res.ok) return res.response;
    const mode = ctx.url.searchParams.get("mode");
    return json(200, litestarModelSchema(res.model, mode === null || mode === "create" ? "create" : "edit"));
  };

  const createRecord: RouteHandler = async (ctx) => {
    const res = resolveModel(ctx);
    if (!res.ok) return res.response;
    const { model } = res;
    const r = await objectBody(ctx);
    if (!r.ok) return r.response;
    if (simulatedFailure()) return INTERNAL_ERROR();
    const { values } = coerceBody(model, r.body);
    for (const [field, gen] of Object.entries(model.definition.generate ?? {})) {
      if (values[field] === undefined || values[field] === null) values[field] = gen(store);
    }
    for (const col of model.columns) {
      if (col.pk || col.name === "created_at" || col.name === "updated_at") continue;
      if (values[col.name] === undefined) {
        if (col.required) throw new ServerFault(`NOT NULL constraint failed: ${col.name}`);
        values[col.name] = col.default !== undefined ? col.default : null;
      }
    }
    // Single-record writes do not check can_create (§1 #12).
    const rec = store.insert(model.collection, values, { actor: actorOf(ctx) });
    return json(201, fullRecord(model, rec));
  };

  const getRecord: RouteHandler = (ctx) => {
    const res = resolveModel(ctx);
    if (!res.ok) return res.response;
    const id = ctx.params.id ?? "";
    const rec = liveRecord(res.model, id);
    if (!rec) return notFound(res.model, id);
    // GET one returns every column, not just the list columns (§9).
    return json(200, fullRecord(res.model, rec));
  };

  const writeRecord = (mode: "patch" | "put"): RouteHandler => async (ctx) => {
    const res = resolveModel(ctx);
    if (!res.ok) return res.response;
    const { model } = res;
    const id = ctx.params.id ?? "";
    const rec = liveRecord(model, id);
    if (!rec) return notFound(model, id);
    const r = await objectBody(ctx);
    if (!r.ok) return r.response;
    if (simulatedFailure()) return INTERNAL_ERROR();
    const { values, newPk } = coerceBody(model, r.body);
    if (mode === "put") {
      // Every column but the PK is replaced; nullable columns missing from the body become NULL,
      // non-nullable ones keep their value (§1 #11).
      for (const col of model.columns) {
        if (col.pk || col.name === "created_at" || col.name === "updated_at") continue;
        if (values[col.name] === undefined && col.nullable) values[col.name] = null;
      }
    }
    const actor = actorOf(ctx);
    let current = store.update(model.collection, rec.id, values, { actor }, "update");
    if (mode === "patch" && newPk !== undefined && newPk !== current.id) {
      // PATCH sets every attribute it is given, the primary key included (§1 #10).
      if (store.get(model.collection, newPk, { includeDeleted: true })) throw new ServerFault("UNIQUE constraint failed: id");
      if (referenced(model, [current.id], false)) throw new ServerFault("FOREIGN KEY constraint failed");
      store.load(model.collection, [{ ...current.doc, id: newPk }]);
      store.remove(model.collection, current.id, { actor, silent: true });
      current = store.get(model.collection, newPk) as StoredRecord;
    }
    return json(200, fullRecord(model, current));
  };

  const deleteRecord: RouteHandler = (ctx) => {
    const res = resolveModel(ctx);
    if (!res.ok) return res.response;
    const { model } = res;
    const id = ctx.params.id ?? "";
    const rec = liveRecord(model, id);
    if (!rec) return notFound(model, id);
    if (simulatedFailure()) return INTERNAL_ERROR();
    if (referenced(model, [rec.id], true)) throw new ServerFault("FOREIGN KEY constraint failed");
    store.remove(model.collection, rec.id, { actor: actorOf(ctx) });
    return json(200, { success: true, message: `Record '${id}' deleted successfully` });
  };

  // ---- relationships
  const relationColumn = (model: LitestarModel, field: string): LitestarColumn | undefined =>
    model.columns.find((c) => c.relation && (c.name === field || c.name === `${field}_id`));

  const relationship = (op: "search" | "options"): RouteHandler => (ctx) => {
    const res = resolveModel(ctx);
    if (!res.ok) return res.response;
    const field = ctx.params.field ?? "";
    const col = relationColumn(res.model, field);
    const related = col?.relation ? findLitestarModel(col.relation.collection) : undefined;
    if (!col?.relation || !related) return litestarError(404, `Relationship '${field}' not found on model '${res.model.modelName}'`);
    const label = columnOf(related, col.relation.displayField) ? col.relation.displayField : labelColumn(related);
    const toItem = (r: StoredRecord) => ({ id: r.id, label: label && r.doc[label] != null ? String(r.doc[label]) : r.id, data: null });
    if (op === "options") {
      const ids = (ctx.url.searchParams.get("ids") ?? "").split(",").map((s) => s.trim()).filter((s) => s !== "");
      const items = ids.map((id) => store.get(related.collection, id)).filter((r): r is StoredRecord => r !== undefined).map(toItem);
      return json(200, { items, total: items.length, has_more: false });
    }
    const lim = intParam(ctx, "limit", 20);
    if (!lim.ok) return lim.response;
    const pg = intParam(ctx, "page", 1);
    if (!pg.ok) return pg.response;
    const limit = Math.min(100, Math.max(1, lim.value));
    const page = Math.max(1, pg.value);
    const q = ctx.url.searchParams.get("q") ?? "";
    const where: Predicate | undefined =
      q === ""
        ? undefined
        : { kind: "or", items: [...(label ? [{ kind: "cmp" as const, field: label, op: "regex" as const, value: ilike(q) }] : []), { kind: "cmp", field: "id", op: "eq", value: q.toLowerCase() }] };
    const offset = (page - 1) * limit;
    const { items, total } = store.find(related.collection, { where, sort: label ? [{ field: label, desc: false }] : undefined, offset, limit });
    return json(200, { items: items.map(toItem), total, has_more: offset + items.length < total });
  };

  // ---- bulk
  const BULK_ACTIONS: Record<string, Record<string, (ids: string[], actor: Actor) => { affected: number; result: Record<string, unknown> }>> = {
    products: {
      activate: (ids, actor) => setAll("products", ids, { status: "active" }, actor, "activated"),
      archive: (ids, actor) => setAll("products", ids, { status: "archived" }, actor, "archived"),
    },
    orders: {
      mark_shipped: (ids, actor) =>
        setAll("orders", ids, { status: "shipped", shipped_on: new Date(now()).toISOString().slice(0, 10) }, actor, "marked as shipped"),
    },
    categories: { deactivate: (ids, actor) => setAll("categories", ids, { is_active: false }, actor, "deactivated") },
  };

  function setAll(collection: string, ids: string[], values: Doc, actor: Actor, verb: string): { affected: number; result: Record<string, unknown> } {
    let affected = 0;
    for (const id of ids) {
      if (!store.get(collection, id)) continue;
      // Bulk actions write no audit rows (§1 #16).
      store.update(collection, id, values, { actor, silent: true });
      affected += 1;
    }
    return { affected, result: { note: `${affected} record(s) ${verb}` } };
  }

  const idsOf = (body: Record<string, unknown>): string[] => (body.ids as unknown[]).filter((x): x is string => typeof x === "string");

  const bulkDelete: RouteHandler = async (ctx) => {
    const res = resolveModel(ctx);
    if (!res.ok) return res.response;
    const { model, access } = res;
    const r = await objectBody(ctx);
    if (!r.ok) return r.response;
    const bad = checkFields(ctx, r.body, { ids: "array", soft_delete: "bool?" });
    if (bad) return bad;
    if ((r.body.ids as unknown[]).length === 0) return litestarError(400, "IDs array cannot be empty");
    if (!flags(model, access).can_delete) return litestarError(403, `Bulk delete is not allowed for model '${model.modelName}'`);
    // Ids are not type-converted: only strings can match this store's string PKs.
    const ids = idsOf(r.body).filter((id) => store.get(model.collection, id) !== undefined);
    if (referenced(model, ids, true)) throw new ServerFault("FOREIGN KEY constraint failed");
    const actor = actorOf(ctx);
    for (const id of ids) store.remove(model.collection, id, { actor, silent: true });
    return json(200, { deleted: ids.length, success: true });
  };

  const bulkAction: RouteHandler = async (ctx) => {
    const res = resolveModel(ctx);
    if (!res.ok) return res.response;
    const { model } = res;
    const action = ctx.params.action ?? "";
    const r = await objectBody(ctx);
    if (!r.ok) return r.response;
    const bad = checkFields(ctx, r.body, { ids: "array", params: "object?" });
    if (bad) return bad;
    if ((r.body.ids as unknown[]).length === 0) return litestarError(400, "IDs array cannot be empty");
    const fn = BULK_ACTIONS[model.collection]?.[action];
    if (!fn) return litestarError(404, `Bulk action '${action}' not found on model '${model.modelName}'`);
    try {
      const out = fn(idsOf(r.body), actorOf(ctx));
      return json(200, { success: true, affected: out.affected, result: out.result });
    } catch (e) {
      return litestarError(400, `Bulk action '${action}' failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  // ---- export
  const exportResponse = (model: LitestarModel, format: ExportFormat, records: StoredRecord[]): Response => {
    const cols = model.listColumns;
    const colDefs = cols.map((c) => columnOf(model, c));
    const headers = {
      "content-type": EXPORT_TYPES[format],
      "content-disposition": `attachment; filename="${model.modelName}_export.${format}"`,
    };
    const truncated = options.truncateExports === true;
    if (format === "json") {
      if (truncated) return new Response("[", { status: 200, headers });
      const rows = records.map((r) => {
        const o: Record<string, unknown> = {};
        cols.forEach((c, i) => {
          o[c] = exportCell(colDefs[i], r.doc[c], "json");
        });
        return o;
      });
      return new Response(JSON.stringify(rows), { status: 200, headers });
    }
    if (format === "csv") {
      let text = csvLine(cols);
      if (!truncated) for (const r of records) text += csvLine(cols.map((c, i) => String(exportCell(colDefs[i], r.doc[c], "csv"))));
      return new Response(text, { status: 200, headers });
    }
    const rows: XlsxCell[][] = [cols];
    for (const r of records) {
      rows.push(
        cols.map((c, i) => {
          const v = exportCell(colDefs[i], r.doc[c], "json");
          return v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : String(exportCell(colDefs[i], v, "csv"));
        }),
      );
    }
    const bytes = writeXlsx(rows, model.name);
    return new Response(truncated ? bytes.slice(0, 64) : bytes, { status: 200, headers });
  };

  const isFormat = (v: unknown): v is ExportFormat => v === "csv" || v === "json" || v === "xlsx";

  const exportAll: RouteHandler = (ctx) => {
    const res = resolveModel(ctx);
    if (!res.ok) return res.response;
    const format = ctx.url.searchParams.get("format") ?? "csv";
    if (!isFormat(format)) return validationFailed(ctx, [{ message: `Invalid enum value '${format}'`, key: "format", source: "query" }]);
    if (exportDisallowed.has(res.model.modelName)) return litestarError(400, `Export is not allowed for model '${res.model.modelName}'`);
    // Every row in database order: search, sort and filters are ignored (§1 #8).
    return exportResponse(res.model, format, store.find(res.model.collection).items);
  };

  const exportSelected: RouteHandler = async (ctx) => {
    const res = resolveModel(ctx);
    if (!res.ok) return res.response;
    const r = await objectBody(ctx);
    if (!r.ok) return r.response;
    const bad = checkFields(ctx, r.body, { ids: "array" });
    if (bad) return bad;
    const format = r.body.format ?? "csv";
    if (!isFormat(format)) return validationFailed(ctx, [{ message: `Invalid enum value '${String(format)}'`, key: "format", source: "body" }]);
    if (exportDisallowed.has(res.model.modelName)) return litestarError(400, `Export is not allowed for model '${res.model.modelName}'`);
    if ((r.body.ids as unknown[]).length === 0) return litestarError(400, "No IDs provided for export");
    const wanted = new Set(idsOf(r.body));
    return exportResponse(res.model, format, store.find(res.model.collection).items.filter((rec) => wanted.has(rec.id)));
  };

  // ---- dashboard
  const stats: RouteHandler = (ctx) => {
    const models = visibleModels(ctx.user).map(({ model }) => ({
      name: model.name,
      model_name: model.modelName,
      count: store.count(model.collection),
      icon: model.icon,
      category: model.category,
    }));
    return json(200, {
      models,
      total_records: models.reduce((n, m) => n + m.count, 0),
      total_models: models.length,
      widgets: options.widgets ?? [],
    });
  };

  const widgets: RouteHandler = () => json(200, options.widgets ?? []);

  const activity: RouteHandler = (ctx) => {
    const lim = intParam(ctx, "limit", 50);
    if (!lim.ok) return lim.response;
    const modelName = ctx.url.searchParams.get("model_name");
    const recordId = ctx.url.searchParams.get("record_id");
    const litestarCollections = new Set(LITESTAR_MODELS.map((m) => m.collection));
    const entries = store
      .auditLog()
      .filter((e) => litestarCollections.has(e.resource))
      .filter((e) => (modelName ? e.resource === modelName : true))
      .filter((e) => (recordId ? e.item_id === recordId : true))
      .map((e, i) => ({ e, i }))
      .sort((a, b) => (a.e.created_at < b.e.created_at ? 1 : a.e.created_at > b.e.created_at ? -1 : b.i - a.i))
      .slice(0, Math.max(0, lim.value))
      .map(({ e }) => {
        const action = AUDIT_ACTION[e.operation] ?? e.operation;
        return {
          action,
          model: e.resource,
          record_id: e.item_id === undefined || e.item_id === null ? null : String(e.item_id),
          timestamp: naiveTimestamp(e.created_at),
          user: findUserById(e.user_id)?.email ?? null,
          details: action === "update" ? e.changes : {},
        };
      });
    return json(200, entries);
  };

  // ---- users (guarded: the only routes with permission guards, §1 #12)
  const users: RouteHandler = (ctx) => {
    if (!ctx.user) return litestarError(401, "Authentication required");
    if (!permissionsOf(ctx.user).includes("users:read")) return litestarError(401, "Permission 'users:read' required");
    const items = DEMO_USERS.map((u) => ({
      id: u.id,
      email: u.email,
      name: u.name,
      roles: rolesOf(u),
      permissions: permissionsOf(u),
      is_active: true,
      is_superuser: u.scope === "system",
      created_at: null,
      updated_at: null,
      last_login: null,
    }));
    return json(200, { items, total: items.length, page: 1, page_size: 20, total_pages: 1 });
  };

  const routes: Route[] = [
    { pattern: ["config"], methods: { GET: config }, public: true },
    { pattern: ["auth", "login"], methods: { POST: login }, public: true },
    { pattern: ["auth", "refresh"], methods: { POST: refresh }, public: true },
    { pattern: ["auth", "logout"], methods: { POST: logout }, public: true },
    { pattern: ["auth", "me"], methods: { GET: me } },
    { pattern: ["auth", "change-password"], methods: { POST: changePassword } },
    { pattern: ["models"], methods: { GET: listModels } },
    { pattern: ["models", ":m", "schema"], methods: { GET: modelSchema } },
    { pattern: ["models", ":m", "export"], methods: { GET: exportAll } },
    { pattern: ["models", ":m", "bulk", "delete"], methods: { POST: bulkDelete } },
    { pattern: ["models", ":m", "bulk", "export"], methods: { POST: exportSelected } },
    { pattern: ["models", ":m", "bulk", ":action"], methods: { POST: bulkAction } },
    { pattern: ["models", ":m", "relationships", ":field", "search"], methods: { GET: relationship("search") } },
    { pattern: ["models", ":m", "relationships", ":field", "options"], methods: { GET: relationship("options") } },
    { pattern: ["models", ":m"], methods: { GET: listRecords, POST: createRecord } },
    { pattern: ["models", ":m", ":id"], methods: { GET: getRecord, PATCH: writeRecord("patch"), PUT: writeRecord("put"), DELETE: deleteRecord } },
    { pattern: ["dashboard", "stats"], methods: { GET: stats } },
    { pattern: ["dashboard", "widgets"], methods: { GET: widgets } },
    { pattern: ["dashboard", "activity"], methods: { GET: activity } },
    { pattern: ["users"], methods: { GET: users } },
  ];

  const match = (segments: string[]): { route: Route; params: Record<string, string> } | null => {
    for (const route of routes) {
      if (route.pattern.length !== segments.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      route.pattern.forEach((p, i) => {
        const s = segments[i] as string;
        if (p.startsWith(":")) params[p.slice(1)] = s;
        else if (p !== s) ok = false;
      });
      if (ok) return { route, params };
    }
    return null;
  };

  // ---- rate limiting (the host app's RateLimitMiddleware, §14.3)
  const rateLimit = (): { response: Response | null; headers: Record<string, string> } => {
    const rl = options.rateLimit;
    if (!rl) return { response: null, headers: {} };
    const windowMs = rl.windowSeconds * 1000;
    const t = now();
    if (t - windowStart >= windowMs) {
      windowStart = t;
      windowCount = 0;
    }
    windowCount += 1;
    const resetAt = windowStart + windowMs;
    const headers = {
      "x-ratelimit-limit": String(rl.max),
      "x-ratelimit-remaining": String(Math.max(0, rl.max - windowCount)),
      "x-ratelimit-reset": String(Math.ceil(resetAt / 1000)),
    };
    if (windowCount <= rl.max) return { response: null, headers };
    const retryAfter = Math.max(1, Math.ceil((resetAt - t) / 1000));
    // json.dumps: a space after each ":" and ",".
    const body = `{"error": "Too Many Requests", "retry_after": ${retryAfter}}`;
    return {
      response: new Response(body, { status: 429, headers: { "content-type": JSON_TYPE, "retry-after": String(retryAfter), ...headers } }),
      headers,
    };
  };

  const withHeaders = (response: Response, headers: Record<string, string>): Response => {
    if (Object.keys(headers).length === 0) return response;
    const merged = new Headers(response.headers);
    for (const [k, v] of Object.entries(headers)) merged.set(k, v);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers: merged });
  };

  async function handle(request: Request, routedPath?: string): Promise<Response> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const pathname = routedPath ?? url.pathname;
    if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return litestarError(404, "Not Found");
    const limited = rateLimit();
    if (limited.response) return limited.response;
    // Trailing slashes are tolerated.
    const segments = pathname.slice(prefix.length).split("/").filter((s) => s !== "").map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
    const found = match(segments);
    if (!found) return withHeaders(litestarError(404, "Not Found"), limited.headers);
    const handler = found.route.methods[method];
    if (!handler) return withHeaders(litestarError(405, "Method Not Allowed"), limited.headers);
    let user: DemoUser | null = null;
    if (authEnabled) {
      user = userFromAccessToken(accessTokenOf(request));
      // Only the auth/config paths bypass the middleware; everything else hides behind a 404.
      if (!found.route.public && !user) return withHeaders(AUTH_GATE(), limited.headers);
    }
    let response: Response;
    try {
      response = await handler({ request, url, params: found.params, user });
    } catch (e) {
      // ServerFault / StoreError are what the database would raise; anything else is a bug. All
      // look the same on the wire with debug off.
      if (!(e instanceof ServerFault) && !(e instanceof StoreError) && typeof console !== "undefined") console.error(e);
      response = INTERNAL_ERROR();
    }
    return withHeaders(response, limited.headers);
  }

  return {
    handle,
    expireTokens() {
      tokens.expireAll();
    },
    expireRefreshTokens() {
      expiredUpTo = jti;
    },
  };
}
