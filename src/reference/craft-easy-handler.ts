// The Craft Easy face of the reference backend (craft-easy.md is the spec): schema, OTP login
// with optional 2FA, refresh/logout, resources with ETag/If-Match, filters, validation errors,
// the error envelope. A plain (Request, path) → Response function: no Node APIs.
import type { AdminSchema, ResourceSchema } from "../protocol/types.ts";
import { parseListQuery, escapeRegex } from "./craft-easy-query.ts";
import type { ValidationIssue } from "./craft-easy-query.ts";
import { DEMO_OTP_CODE, DEMO_TWO_FACTOR_CODE } from "./demo-credentials.ts";
import { hashHex } from "./hash.ts";
import { isObjectId } from "./object-id.ts";
import type { Predicate } from "./query.ts";
import { findDefinition } from "./resources.ts";
import { accessFor, buildSchema } from "./schema.ts";
import { StoreError } from "./store.ts";
import type { Actor, Doc, Store, StoredRecord } from "./store.ts";
import { MAX_SESSION_SECONDS } from "./tokens.ts";
import type { TokenAuthority, TokenClaims, TokenType } from "./tokens.ts";
import { findUserByEmail, findUserById } from "./users.ts";
import type { DemoUser } from "./users.ts";
import { validateBody } from "./validate.ts";

export type VerifyPath = "/auth/login/verify" | "/auth/verify-otp";

export interface CraftEasyHandlerOptions {
  tokens: TokenAuthority;
  idKey?: "id" | "_id";
  verifyPath?: VerifyPath;
  searchParam?: string;
  /** Applied to every user's schema after it is built (control.changeSchema). */
  schemaTransform?: () => ((schema: AdminSchema, user: DemoUser) => AdminSchema) | null;
}

export type CraftEasyHandler = (request: Request, path?: string) => Promise<Response>;

const JSON_TYPE = "application/json";
let requestCounter = 0;

export function newRequestId(): string {
  requestCounter += 1;
  return `req_${Date.now().toString(36)}${requestCounter.toString(36).padStart(6, "0")}`;
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 || status === 304 ? null : JSON.stringify(body), {
    status,
    headers: status === 204 || status === 304 ? headers : { "Content-Type": JSON_TYPE, ...headers },
  });
}

/** Craft Easy's error envelope {error:{code,message,details},request_id}. */
export function craftEasyError(status: number, code: string, message: string, details?: unknown, headers: Record<string, string> = {}): Response {
  const requestId = newRequestId();
  const error: Record<string, unknown> = { code, message };
  if (details !== undefined) error.details = details;
  return jsonResponse(status, { error, request_id: requestId }, { "X-Request-ID": requestId, ...headers });
}

function validationError(issues: ValidationIssue[], message = "Request validation failed"): Response {
  return craftEasyError(422, "VALIDATION_ERROR", message, issues);
}

const METHOD_FEATURE: Record<string, string> = { GET: "read", POST: "create", PATCH: "edit", PUT: "edit", DELETE: "delete" };

/** The ETag value (quotes and W/ stripped) for comparison. */
function etagValue(header: string): string {
  return header.trim().replace(/^W\//, "").replace(/^"(.*)"$/, "$1");
}

function etagMatches(header: string | null, current: string): boolean {
  if (header === null) return false;
  return header.split(",").some((h) => h.trim() === "*" || etagValue(h) === etagValue(current));
}

function revisionTag(rec: StoredRecord): string {
  return `"${rec.revision}"`;
}

async function readJson(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const text = await request.text();
  if (text.trim() === "") return { ok: true, body: {} };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, response: validationError([{ loc: ["body"], msg: "JSON decode error", type: "json_invalid" }], "Request body is not valid JSON") };
  }
}

function clientIp(request: Request): string {
  const fwd = request.headers.get("x-forwarded-for");
  return fwd?.split(",")[0]?.trim() || "127.0.0.1";
}

export function createCraftEasyHandler(store: Store, options: CraftEasyHandlerOptions): CraftEasyHandler {
  const tokens = options.tokens;
  const idKey = options.idKey ?? "id";
  const verifyPath: VerifyPath = options.verifyPath ?? "/auth/login/verify";

  const schemaFor = (user: DemoUser): AdminSchema => {
    const base = buildSchema(user, { idKey });
    const transform = options.schemaTransform?.();
    return transform ? transform(base, user) : base;
  };

  const tokenResponse = (user: DemoUser, type: TokenType, app: string, authTime?: number): Response => {
    const { token, claims } = tokens.issue(user, type, app, authTime);
    return jsonResponse(200, {
      token,
      token_type: type,
      expires: new Date(claims.exp * 1000).toISOString().replace(/\.\d{3}Z$/, "Z"),
      requires_2fa: type === "pre_auth",
    });
  };

  const tokenOf = (request: Request): string | null => {
    const key = request.headers.get("x-api-key");
    if (key) return key.trim();
    const auth = request.headers.get("authorization");
    return auth?.replace(/^Bearer\s+/i, "").trim() || null;
  };

  type Authed = { ok: true; user: DemoUser; claims: TokenClaims } | { ok: false; response: Response };

  const authenticate = (request: Request, accept: TokenType[] = ["user", "service"]): Authed => {
    const result = tokens.verify(tokenOf(request));
    if (!result.ok) {
      const message =
        result.reason === "missing" ? "Authentication required"
        : result.reason === "expired" ? "Token has expired"
        : result.reason === "revoked" ? "Token has been revoked"
        : "Invalid authentication token";
      return { ok: false, response: craftEasyError(401, "AUTH_REQUIRED", message) };
    }
    if (!accept.includes(result.claims.token_type)) {
      const message = result.claims.token_type === "pre_auth" ? "Two-factor authentication required" : `A ${accept.join(" or ")} token is required`;
      return { ok: false, response: craftEasyError(401, "AUTH_REQUIRED", message) };
    }
    const user = findUserById(result.claims.user_id);
    if (!user) return { ok: false, response: craftEasyError(401, "AUTH_REQUIRED", "Unknown user") };
    return { ok: true, user, claims: result.claims };
  };

  // ---- auth routes

  const requestCode = async (request: Request, channel: "email" | "sms"): Promise<Response> => {
    const parsed = await readJson(request);
    if (!parsed.ok) return parsed.response;
    const body = parsed.body as Record<string, unknown> | null;
    const key = channel === "email" ? "email" : "phone";
    const value = body && typeof body === "object" ? body[key] : undefined;
    if (value === undefined || value === null || value === "") return validationError([{ loc: ["body", key], msg: "Field required", type: "missing" }]);
    if (typeof value !== "string") return validationError([{ loc: ["body", key], msg: "Input should be a valid string", type: "string_type", input: value }]);
    if (channel === "email" && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
      return validationError([{ loc: ["body", "email"], msg: "value is not a valid email address: An email address must have an @-sign and a domain.", type: "value_error", input: value }]);
    }
    // Same answer for unknown addresses (no account enumeration); verify then fails.
    return jsonResponse(200, { message: "Verification code sent", method: channel });
  };

  const verifyCode = async (request: Request): Promise<Response> => {
    const parsed = await readJson(request);
    if (!parsed.ok) return parsed.response;
    const body = (typeof parsed.body === "object" && parsed.body !== null ? parsed.body : {}) as Record<string, unknown>;
    const issues: ValidationIssue[] = [];
    for (const k of ["target", "code"]) {
      if (typeof body[k] !== "string" || body[k] === "") issues.push({ loc: ["body", k], msg: body[k] === undefined ? "Field required" : "Input should be a valid string", type: body[k] === undefined ? "missing" : "string_type" });
    }
    if (issues.length > 0) return validationError(issues);
    const user = findUserByEmail(String(body.target));
    if (!user || String(body.code).trim() !== DEMO_OTP_CODE) {
      return craftEasyError(401, "AUTH_REQUIRED", "Invalid or expired verification code");
    }
    const app = typeof body.application === "string" && body.application ? body.application : "admin-client";
    return tokenResponse(user, user.requires2fa ? "pre_auth" : "user", app);
  };

  const verifyTwoFactor = async (request: Request): Promise<Response> => {
    const auth = authenticate(request, ["pre_auth"]);
    if (!auth.ok) return auth.response;
    const parsed = await readJson(request);
    if (!parsed.ok) return parsed.response;
    const body = (typeof parsed.body === "object" && parsed.body !== null ? parsed.body : {}) as Record<string, unknown>;
    if (typeof body.code !== "string" || body.code === "") return validationError([{ loc: ["body", "code"], msg: "Field required", type: "missing" }]);
    if (body.code.trim() !== DEMO_TWO_FACTOR_CODE) return craftEasyError(401, "AUTH_REQUIRED", "Invalid two-factor code");
    tokens.revoke(auth.claims.token_id);
    return tokenResponse(auth.user, "user", auth.claims.origin_app);
  };

  const refresh = (request: Request): Response => {
    const auth = authenticate(request, ["user"]);
    if (!auth.ok) return auth.response;
    if (Math.floor(store.now() / 1000) - auth.claims.auth_time > MAX_SESSION_SECONDS) {
      return craftEasyError(401, "AUTH_REQUIRED", "Session has reached its maximum lifetime; sign in again");
    }
    return tokenResponse(auth.user, "user", auth.claims.origin_app, auth.claims.auth_time);
  };

  const logout = (request: Request): Response => {
    const auth = authenticate(request, ["user", "pre_auth", "service"]);
    if (!auth.ok) return auth.response;
    tokens.revoke(auth.claims.token_id);
    return jsonResponse(200, { message: "Logged out" });
  };

  const sessions = (request: Request): Response => {
    const auth = authenticate(request);
    if (!auth.ok) return auth.response;
    const items = tokens.sessions(auth.user.id).map((c) => ({
      token_id: c.token_id,
      origin_app: c.origin_app,
      created_at: new Date(c.iat * 1000).toISOString(),
      expires: new Date(c.exp * 1000).toISOString(),
      current: c.token_id === auth.claims.token_id,
    }));
    return jsonResponse(200, { items, total: items.length });
  };

  const schemaRoute = (request: Request): Response => {
    const auth = authenticate(request);
    if (!auth.ok) return auth.response;
    const schema = schemaFor(auth.user);
    const etag = `"${hashHex(JSON.stringify(schema))}"`;
    if (etagMatches(request.headers.get("if-none-match"), etag)) return jsonResponse(304, null, { ETag: etag });
    return jsonResponse(200, schema, { ETag: etag, "Cache-Control": "no-cache" });
  };

  // ---- resources

  const present = (doc: Doc, hidden: string[]): Doc => {
    const out: Doc = {};
    out[idKey] = doc.id;
    for (const [k, v] of Object.entries(doc)) {
      if (k === "id" || hidden.includes(k)) continue;
      out[k] = v;
    }
    return out;
  };

  const relationExists = (endpoint: string, id: string): boolean => {
    const name = endpoint.replace(/^\//, "");
    return store.has(name) && store.get(name, id) !== undefined;
  };

  const notFound = (resource: string, id: string): Response => craftEasyError(404, "NOT_FOUND", `${resource} record ${id} not found`, { resource, item_id: id });

  const storeErrorResponse = (e: StoreError): Response => {
    if (e.code === "CONFLICT") return craftEasyError(409, "CONFLICT", e.message, e.details);
    if (e.code === "CASCADE_DENY") return craftEasyError(422, "CASCADE_DENY", e.message, e.details);
    return craftEasyError(404, "NOT_FOUND", e.message, e.details);
  };

  const listRoute = (request: Request, url: URL, resource: ResourceSchema, user: DemoUser, hidden: string[]): Response => {
    const parsed = parseListQuery(url.searchParams, { defaultPerPage: resource.list.page_size, searchParam: options.searchParam });
    if (!parsed.ok) return validationError(parsed.issues, "Invalid query parameters");
    const q = parsed.query;
    const parts: Predicate[] = [];
    if (q.where) parts.push(q.where);
    if (q.search) {
      const re = new RegExp(escapeRegex(q.search), "i");
      parts.push({ kind: "or", items: resource.list.search_fields.map((f) => ({ kind: "cmp", field: f, op: "regex", value: re })) });
    }
    // hidden fields cannot be filtered on (they would leak through the filter)
    const where: Predicate | undefined = parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : { kind: "and", items: parts };
    if (where && hidden.some((h) => JSON.stringify(where, (_k, v: unknown) => (v instanceof RegExp ? String(v) : v)).includes(`"field":"${h}"`))) {
      return craftEasyError(403, "ACCESS_DENIED", "You may not filter on a hidden field", { resource: resource.name });
    }
    const sort = q.sort ?? (resource.list.sort_default ? [{ field: resource.list.sort_default.replace(/^-/, ""), desc: resource.list.sort_default.startsWith("-") }] : undefined);
    const includeDeleted = q.includeDeleted && user.scope === "system";
    const { items, total } = store.find(resource.name, { where, sort, offset: (q.page - 1) * q.perPage, limit: q.perPage, includeDeleted });
    const body = { items: items.map((r) => present(r.doc, hidden)), total, page: q.page, per_page: q.perPage };
    const text = JSON.stringify(body);
    const etag = `W/"${hashHex(text)}"`;
    if (etagMatches(request.headers.get("if-none-match"), etag)) return jsonResponse(304, null, { ETag: etag });
    return new Response(text, { status: 200, headers: { "Content-Type": JSON_TYPE, ETag: etag } });
  };

  const itemResponse = (status: number, rec: StoredRecord, hidden: string[], extra: Record<string, string> = {}): Response =>
    jsonResponse(status, present(rec.doc, hidden), { ETag: revisionTag(rec), ...extra });

  const resourceRoute = async (request: Request, url: URL, segments: string[]): Promise<Response> => {
    const [name, id, ...rest] = segments;
    const def = name ? findDefinition(name) : undefined;
    if (!name || !def || rest.length > 0) return craftEasyError(404, "NOT_FOUND", `No route ${url.pathname}`, { path: url.pathname });
    const auth = authenticate(request);
    if (!auth.ok) return auth.response;
    const user = auth.user;
    const access = accessFor(user, name);
    if (!access) return craftEasyError(403, "ACCESS_DENIED", `You have no access to ${name}`, { resource: name, feature: "read" });
    const method = request.method.toUpperCase();
    const allowedForRoute = id === undefined ? ["GET", "POST"] : ["GET", "PATCH", "PUT", "DELETE"];
    if (!allowedForRoute.includes(method)) return craftEasyError(405, "METHOD_NOT_ALLOWED", `Method ${method} not allowed on ${url.pathname}`);
    if (!access.methods.includes(method)) {
      return craftEasyError(403, "ACCESS_DENIED", `You may not ${METHOD_FEATURE[method] ?? method} ${name}`, { resource: name, feature: METHOD_FEATURE[method] ?? method });
    }
    const resource = schemaFor(user).resources.find((r) => r.name === name) ?? def.schema;
    const actor: Actor = { userId: user.id, userName: user.name, ip: clientIp(request) };

    if (id === undefined && method === "GET") return listRoute(request, url, resource, user, access.hidden);

    const writeBody = async (): Promise<{ ok: true; body: Doc } | { ok: false; response: Response }> => {
      const parsed = await readJson(request);
      if (!parsed.ok) return parsed;
      const body = parsed.body;
      if (typeof body === "object" && body !== null && !Array.isArray(body)) {
        const denied = Object.keys(body).filter((k) => access.readonly.includes(k) || access.hidden.includes(k));
        if (denied.length > 0) {
          return { ok: false, response: craftEasyError(403, "ACCESS_DENIED", `You may not write the field(s) ${denied.join(", ")}`, { resource: name, fields: denied }) };
        }
      }
      return { ok: true, body: body as Doc };
    };

    if (id === undefined) {
      // POST create
      const body = await writeBody();
      if (!body.ok) return body.response;
      const { data, issues } = validateBody(resource.fields, body.body, "create", { relationExists });
      if (issues.length > 0) return validationError(issues);
      for (const [field, gen] of Object.entries(def.generate ?? {})) {
        if (data[field] === undefined || data[field] === null) data[field] = gen(store);
      }
      try {
        const rec = store.insert(name, data, { actor });
        return itemResponse(201, rec, access.hidden, { Location: `${resource.endpoint}/${rec.id}` });
      } catch (e) {
        if (e instanceof StoreError) return storeErrorResponse(e);
        throw e;
      }
    }

    const rec = isObjectId(id) ? store.get(name, id) : undefined;
    if (!rec) return notFound(name, id);
    if (method === "GET") {
      const etag = revisionTag(rec);
      if (etagMatches(request.headers.get("if-none-match"), etag)) return jsonResponse(304, null, { ETag: etag });
      return itemResponse(200, rec, access.hidden);
    }
    const ifMatch = request.headers.get("if-match");
    if (ifMatch === null || ifMatch.trim() === "") {
      return craftEasyError(428, "ETAG_REQUIRED", "If-Match header is required for this operation", { resource: name, item_id: rec.id });
    }
    if (!etagMatches(ifMatch, revisionTag(rec))) {
      return craftEasyError(412, "ETAG_MISMATCH", "The document was modified by someone else (ETag mismatch)", { resource: name, item_id: rec.id, current_etag: revisionTag(rec) });
    }
    try {
      if (method === "DELETE") {
        store.remove(name, rec.id, { actor });
        return jsonResponse(204, null);
      }
      const body = await writeBody();
      if (!body.ok) return body.response;
      const mode = method === "PUT" ? "replace" : "update";
      const { data, issues } = validateBody(resource.fields, body.body, mode, { relationExists });
      if (issues.length > 0) return validationError(issues);
      const updated = store.update(name, rec.id, mode === "replace" ? keepReadonly(rec.doc, resource, data) : data, { actor }, mode);
      return itemResponse(200, updated, access.hidden);
    } catch (e) {
      if (e instanceof StoreError) return storeErrorResponse(e);
      throw e;
    }
  };

  return async (request, pathOverride) => {
    const url = new URL(request.url);
    const path = (pathOverride ?? url.pathname).replace(/\/+$/, "") || "/";
    const method = request.method.toUpperCase();
    const route = (m: string, p: string): boolean => method === m && path === p;

    if (method === "OPTIONS") return new Response(null, { status: 204 });
    if (route("GET", "/health")) return jsonResponse(200, { status: "ok", version: "reference-1.0", timestamp: new Date(store.now()).toISOString() });
    if (route("GET", "/ready")) return jsonResponse(200, { status: "ready" });
    if (route("GET", "/admin/schema")) return schemaRoute(request);
    if (route("POST", "/auth/login/email")) return requestCode(request, "email");
    if (route("POST", "/auth/login/sms")) return requestCode(request, "sms");
    if (route("POST", verifyPath)) return verifyCode(request);
    if (route("POST", "/auth/2fa/verify")) return verifyTwoFactor(request);
    if (route("POST", "/auth/refresh")) return refresh(request);
    if (route("POST", "/auth/logout")) return logout(request);
    if (route("GET", "/me/sessions")) return sessions(request);
    if (path.startsWith("/auth/") || path === "/admin/schema") return craftEasyError(404, "NOT_FOUND", `No route ${method} ${path}`, { path });
    const segments = path.split("/").filter(Boolean).map(decodeURIComponent);
    return resourceRoute(request, url, segments);
  };
}

/** PUT replaces the writable fields; readonly fields (e.g. an order number) keep their value. */
function keepReadonly(current: Doc, resource: ResourceSchema, data: Doc): Doc {
  const out: Doc = { ...data };
  for (const [name, f] of Object.entries(resource.fields)) {
    if (f.readonly && current[name] !== undefined) out[name] = current[name];
  }
  for (const k of Object.keys(current)) {
    if (!(k in resource.fields) && !(k in out)) out[k] = current[k];
  }
  return out;
}
