// The Craft Easy adapter (craft-easy.md): `/admin/schema` passed through (validated by the injected
// validator), OTP sign-in with 2FA, token in the schema's header, page/per_page lists with suffix
// filters and `where`, ETag / If-Match writes, relation pickers over list endpoints, client-side
// dashboard counts and an audit-resource activity feed.
import { ApiError } from "../api-error.ts";
import type { AdapterOptions } from "../adapter-options.ts";
import { createHttpClient } from "../http-client.ts";
import type { AuthHook, HttpClient, HttpResponse } from "../http-client.ts";
import { mapLimit } from "../map-limit.ts";
import { isAbortError } from "../normalize-error.ts";
import { createSessionStore } from "../session-store.ts";
import { createSessionCore } from "../session/session-core.ts";
import { sessionClock } from "../session/session-clock.ts";
import type { SessionCore, SessionPatch, StoredSession } from "../session/types.ts";
import type { AdminSchema, AuthConfig, ResourceSchema } from "../../protocol/types.ts";
import { resolveThemeUrls } from "../../protocol/resolve-theme-urls.ts";
import type {
  ActivityEntry,
  ActivityFilter,
  Backend,
  BackendInfo,
  Capabilities,
  CurrentUser,
  DashboardData,
  Id,
  Item,
  ListQuery,
  LoginResult,
  LoginStep,
  Page,
  RateLimitNotice,
  RelationOption,
  RelationPage,
  RelationSearch,
  RequestOptions,
  SchemaLoadResult,
  Versioned,
} from "../types.ts";
import { parseTokenResponse, refreshDelayMs, tokenHeaderValue, userFromToken } from "./craft-easy-auth.ts";
import type { CraftEasyTokenResponse } from "./craft-easy-auth.ts";
import { writableBody } from "./craft-easy-fields.ts";
import { buildListParams, buildRelationSearchParams, buildResolveParams } from "./craft-easy-query.ts";
import {
  CRAFT_EASY_DEFAULT_LOGIN_ENDPOINT,
  CRAFT_EASY_DEFAULT_REFRESH_ENDPOINT,
  CRAFT_EASY_DEFAULT_TOKEN_HEADER,
  resolveCraftEasySettings,
} from "./craft-easy-settings.ts";
import type { CraftEasySettings } from "./craft-easy-settings.ts";

export interface CraftEasyBackendOptions extends AdapterOptions {
  baseUrl: string;
  settings?: Partial<CraftEasySettings>;
}

/** Per-backend extras beyond the `Backend` interface (tests, diagnostics). */
export interface CraftEasyBackend extends Backend {
  readonly dialect: "craft-easy";
  readonly settings: Readonly<CraftEasySettings>;
  readonly http: HttpClient;
  onRateLimited(listener: (notice: RateLimitNotice) => void): () => void;
  dashboard(opts?: RequestOptions): Promise<DashboardData>;
  activity(filter: ActivityFilter, opts?: RequestOptions): Promise<ActivityEntry[]>;
  /** The id key detected by `idField: "auto"` (null until an item was seen). */
  detectedIdKey(): "id" | "_id" | null;
  /** The audit resource in the last loaded schema, or null. */
  auditResource(): ResourceSchema | null;
}

const AUDIT_NAMES = ["audit_log", "audit-log", "audit"];
const ETAG_CACHE_SIZE = 500;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function asId(v: unknown): Id | null {
  if (typeof v === "string" && v !== "") return v;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (isRecord(v) && typeof v.$oid === "string") return v.$oid;
  return null;
}

function badResponse(status: number, message: string, details?: unknown): ApiError {
  return new ApiError({ status, code: "BAD_RESPONSE", message, details });
}

function trimEndpoint(endpoint: string): string {
  return endpoint.replace(/\/+$/, "");
}

function itemPath(resource: ResourceSchema, id: Id): string {
  return `${trimEndpoint(resource.endpoint)}/${encodeURIComponent(String(id))}`;
}

function hasMethod(resource: ResourceSchema, method: string): boolean {
  return resource.methods.some((m) => m.toUpperCase() === method);
}

function fallbackTitle(baseUrl: string): string {
  try {
    return new URL(baseUrl, "http://localhost").host || "Craft Easy";
  } catch {
    return "Craft Easy";
  }
}

export function createCraftEasyBackend(opts: CraftEasyBackendOptions): CraftEasyBackend {
  const settings = resolveCraftEasySettings(opts.settings);
  const baseUrl = opts.baseUrl.trim().replace(/\/+$/, "");
  const clock = sessionClock(opts);
  const now = clock.now;

  // ---- state
  let schemaAuth: Partial<AuthConfig> = {};
  let lastSchema: AdminSchema | null = null;
  /**
   * With a restored session, bootstrap asks for the schema with the token (revalidating the cached
   * copy it is given), and the first loadSchema right after reuses that answer instead of a second
   * round trip on every cold load.
   */
  let primedSchema: { res: HttpResponse; at: number; userId: string; ifNoneMatch: string | null } | null = null;
  const PRIMED_SCHEMA_MAX_AGE_MS = 15_000;
  let preAuth: { token: string; target: string } | null = null;
  let verifyPath = settings.verifyEndpoint;
  let twoFactorPath = settings.twoFactorEndpoint;
  let idKey: "id" | "_id" | null = settings.idField === "auto" ? null : settings.idField;
  const etags = new Map<string, { etag: string; item: Item }>();

  const loginEndpoint = (): string => settings.loginEndpoint ?? schemaAuth.login_endpoint ?? CRAFT_EASY_DEFAULT_LOGIN_ENDPOINT;
  const refreshEndpoint = (): string =>
    settings.refreshEndpoint ?? schemaAuth.refresh_endpoint ?? CRAFT_EASY_DEFAULT_REFRESH_ENDPOINT;
  const tokenHeader = (): string =>
    settings.tokenHeader ?? schemaAuth.token_header ?? core.current()?.tokenHeader ?? CRAFT_EASY_DEFAULT_TOKEN_HEADER;

  const unexpired = (s: StoredSession, at: number): boolean => s.expiresAt === null || s.expiresAt > at;
  const core: SessionCore = createSessionCore({
    store: createSessionStore({ baseUrl, storage: settings.persistSession ? opts.storage : null }),
    clock,
    policy: {
      restorable: (s, at) => s.tokenType !== "pre_auth" && unexpired(s, at),
      usable: unexpired,
      // Only "user" tokens are refreshable, and only while still valid (§4.4, §4.7).
      refreshable: (s, at) => s.tokenType === "user" && unexpired(s, at),
      refreshDelayMs: (s, at) =>
        settings.proactiveRefresh && s.tokenType === "user" && s.expiresAt !== null ? refreshDelayMs(s.expiresAt, at) : null,
    },
    exchange: refreshToken,
    refreshSingleFlight: () => http.refreshAuth(),
    adoptFromStore: settings.persistSession,
    persisted: () => ({ tokenHeader: tokenHeader() }),
    onClear() {
      preAuth = null;
      etags.clear();
      lastSchema = null;
      primedSchema = null;
    },
  });

  function establish(tr: CraftEasyTokenResponse, target: string | null): CurrentUser {
    preAuth = null;
    etags.clear();
    lastSchema = null;
    return core.establish({ token: tr.token, tokenType: tr.tokenType, expiresAt: tr.expiresAt, user: userFromToken(tr.token, target) });
  }

  /** §4.5: POST {} with the token; a reply without a token keeps it but takes a new `expires`. */
  async function refreshToken(current: StoredSession): Promise<SessionPatch> {
    const res = await http.post(refreshEndpoint(), {}, { retryOnAuthFailure: false });
    const data = isRecord(res.data) ? res.data : {};
    const token = typeof data.token === "string" && data.token !== "" ? data.token : current.token;
    let expiresAt = current.expiresAt;
    if (data.expires !== undefined || token !== current.token) {
      try {
        expiresAt = parseTokenResponse({ ...data, token }).expiresAt ?? expiresAt;
      } catch {
        // keep the old expiry
      }
    }
    return { token, expiresAt };
  }

  const authHook: AuthHook = {
    headers() {
      const session = core.current();
      if (!session) return {};
      return { [tokenHeader()]: tokenHeaderValue(tokenHeader(), session.token) };
    },
    refresh: () => core.refresh(),
    isAuthFailure: (e) => e.status === 401,
    onAuthLost: () => core.lose(),
  };

  const http = createHttpClient({
    baseUrl,
    fetch: opts.fetch,
    auth: authHook,
    sleep: opts.sleep,
    now,
  });

  function applySchemaAuth(auth: unknown): void {
    if (!isRecord(auth)) return;
    const next: Partial<AuthConfig> = {};
    if (typeof auth.login_endpoint === "string" && auth.login_endpoint !== "") next.login_endpoint = auth.login_endpoint;
    if (typeof auth.refresh_endpoint === "string" && auth.refresh_endpoint !== "") next.refresh_endpoint = auth.refresh_endpoint;
    if (typeof auth.token_header === "string" && auth.token_header !== "") next.token_header = auth.token_header;
    schemaAuth = next;
    if (core.current()?.tokenHeader !== tokenHeader()) core.persist();
  }

  // ---- ids and ETags
  function readId(item: Item): Id | null {
    if (settings.idField !== "auto") return asId(item[settings.idField]);
    const id = asId(item.id);
    if (id !== null) {
      idKey ??= "id";
      return id;
    }
    const _id = asId(item._id);
    if (_id !== null) {
      idKey ??= "_id";
      return _id;
    }
    return null;
  }

  function idOf(_resource: ResourceSchema, item: Item): Id {
    const id = readId(item);
    if (id === null) {
      throw new ApiError({
        status: 0,
        code: "CONFIG_ERROR",
        message:
          settings.idField === "auto"
            ? "The record has neither an `id` nor an `_id` field."
            : `The record has no \`${settings.idField}\` field (adapter setting idField).`,
        details: item,
      });
    }
    return id;
  }

  const cacheKey = (resource: ResourceSchema, id: Id): string => `${resource.name}\u0000${String(id)}`;

  function remember(resource: ResourceSchema, id: Id, etag: string | null, item: Item): void {
    const key = cacheKey(resource, id);
    etags.delete(key);
    if (!etag) return;
    etags.set(key, { etag, item });
    if (etags.size > ETAG_CACHE_SIZE) {
      const oldest = etags.keys().next().value;
      if (oldest !== undefined) etags.delete(oldest);
    }
  }

  function asItem(data: unknown, status: number, what: string): Item {
    if (!isRecord(data)) throw badResponse(status, `The server's answer to ${what} is not a record.`, data);
    return data;
  }

  async function getItem(resource: ResourceSchema, id: Id, opts?: RequestOptions): Promise<Versioned> {
    const res = await http.get(itemPath(resource, id), { signal: opts?.signal });
    const item = asItem(res.data, res.status, `GET ${resource.endpoint}/${String(id)}`);
    if (!res.etag) {
      throw new ApiError({
        status: res.status,
        code: "ETAG_NOT_EXPOSED",
        message:
          "The server did not send a readable ETag header, so changes cannot be saved safely. " +
          "The server must expose the ETag header (Access-Control-Expose-Headers: ETag).",
      });
    }
    remember(resource, id, res.etag, item);
    return { item, version: res.etag };
  }

  /** A write with If-Match; on 428 GET the item for an ETag and retry exactly once (§7.3). */
  async function conditionalWrite(
    resource: ResourceSchema,
    id: Id,
    etag: string,
    send: (ifMatch: string) => Promise<HttpResponse>,
    signal?: AbortSignal,
  ): Promise<HttpResponse> {
    try {
      return await send(etag);
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 428) throw e;
      const fresh = await getItem(resource, id, { signal });
      try {
        return await send(fresh.version as string);
      } catch (e2) {
        if (e2 instanceof ApiError && e2.status === 428) {
          throw new ApiError({
            status: 428,
            code: e2.code,
            message: `The server keeps asking for If-Match although it was sent (${e2.message}). This is a server or proxy bug.`,
            requestId: e2.requestId,
            details: e2.details,
          });
        }
        throw e2;
      }
    }
  }

  async function versionFor(resource: ResourceSchema, id: Id, version: string | null, signal?: AbortSignal): Promise<string> {
    if (version) return version;
    const cached = etags.get(cacheKey(resource, id));
    if (cached) return cached.etag;
    return (await getItem(resource, id, { signal })).version as string;
  }

  // ---- relations
  function relationOf(resource: ResourceSchema, field: string) {
    const relation = resource.fields[field]?.relation;
    if (!relation) {
      throw new ApiError({
        status: 0,
        code: "CONFIG_ERROR",
        message: `Field "${field}" of ${resource.name} has no relation configuration.`,
      });
    }
    return relation;
  }

  function valueKey(valueField: string): string {
    if ((valueField === "id" || valueField === "_id") && settings.idField === "auto" && idKey) return idKey;
    if ((valueField === "id" || valueField === "_id") && settings.idField !== "auto") return settings.idField;
    return valueField;
  }

  function toOption(item: Item, valueField: string, labelField: string): RelationOption | null {
    const value = valueField === "id" || valueField === "_id" ? readId(item) : asId(item[valueField]);
    if (value === null) return null;
    const raw = item[labelField];
    const label = raw === undefined || raw === null || raw === "" ? String(value) : typeof raw === "string" ? raw : String(raw);
    return { value, label, item };
  }

  function readPage(data: unknown, status: number, what: string): Page {
    if (!isRecord(data) || !Array.isArray(data.items)) {
      throw badResponse(status, `The server's answer to ${what} is not a list page ({items, total, page, per_page}).`, data);
    }
    const items = data.items.filter(isRecord);
    const total = typeof data.total === "number" ? data.total : items.length;
    return {
      items,
      total,
      page: typeof data.page === "number" ? data.page : 1,
      perPage: typeof data.per_page === "number" ? data.per_page : items.length,
    };
  }

  async function listRaw(endpoint: string, query: [string, string][], signal?: AbortSignal): Promise<Page> {
    const res = await http.get(trimEndpoint(endpoint), { query, signal });
    return readPage(res.data, res.status, `GET ${endpoint}`);
  }

  function findAuditResource(): ResourceSchema | null {
    if (!lastSchema || settings.auditResource === "") return null;
    if (settings.auditResource !== "auto") return lastSchema.resources.find((r) => r.name === settings.auditResource) ?? null;
    for (const name of AUDIT_NAMES) {
      const r = lastSchema.resources.find((x) => x.name === name);
      if (r) return r;
    }
    return null;
  }

  async function schemaForUse(signal?: AbortSignal): Promise<AdminSchema> {
    if (lastSchema) return lastSchema;
    return (await backend.loadSchema(undefined, { signal })).schema;
  }

  /**
   * POST to `primary`; on 404/405 retry once at `fallback` (doc-inconsistent paths, §4.2).
   * `route` is told which path exists: the one that answered, or the fallback when it answered
   * anything but 404/405 (e.g. a wrong code).
   */
  async function postWithFallback(
    primary: string,
    fallback: string,
    body: unknown,
    extra: { headers?: Record<string, string>; signal?: AbortSignal },
    route: (path: string) => void,
  ): Promise<HttpResponse> {
    try {
      const res = await http.post(primary, body, { anonymous: true, ...extra });
      route(primary);
      return res;
    } catch (e) {
      if (!(e instanceof ApiError) || (e.status !== 404 && e.status !== 405) || !fallback || fallback === primary) throw e;
      try {
        const res = await http.post(fallback, body, { anonymous: true, ...extra });
        route(fallback);
        return res;
      } catch (e2) {
        if (e2 instanceof ApiError && e2.status !== 404 && e2.status !== 405 && e2.status !== 0) route(fallback);
        throw e2;
      }
    }
  }

  const backend: CraftEasyBackend = {
    dialect: "craft-easy",
    baseUrl,
    settings,
    http,

    capabilities(): Capabilities {
      return {
        filterOps: ["eq", "ne", "gt", "gte", "lt", "lte", "between", "in", "nin", "exists", "contains"],
        multiSort: false,
        sortReliable: true,
        search: true,
        searchFieldsUnknown: false,
        concurrency: "etag",
        maxPerPage: settings.maxPerPage,
        exportServer: null,
        importServer: false,
        bulkDeleteServer: false,
        bulkActions: {},
        dashboard: true,
        activity: findAuditResource() !== null,
        writeConcurrency: settings.writeConcurrency,
      };
    },

    // ---------------------------------------------------------------- auth
    async bootstrap(ropts) {
      let raw: unknown = null;
      const restored = backend.currentUser();
      if (restored) {
        try {
          // revalidates the user's cached copy: a warm reload costs no schema body
          const cached = ropts?.cachedSchema ?? null;
          const res = await http.get(settings.schemaEndpoint, { signal: ropts?.signal, retryOnAuthFailure: false, ifNoneMatch: cached?.etag ?? null });
          if ((res.status === 200 && isRecord(res.data)) || (res.notModified && cached)) {
            raw = res.notModified && cached ? cached.schema : res.data;
            primedSchema = { res, at: now(), userId: restored.id, ifNoneMatch: cached?.etag ?? null };
          }
        } catch (e) {
          if (isAbortError(e, ropts?.signal) || (e instanceof ApiError && e.code === "ABORTED")) throw e;
          // expired or refused: fall through to the anonymous probe (§2.2)
        }
      }
      try {
        if (raw === null) raw = (await http.get(settings.schemaEndpoint, { anonymous: true, signal: ropts?.signal })).data;
      } catch (e) {
        if (isAbortError(e, ropts?.signal) || (e instanceof ApiError && e.code === "ABORTED")) throw e;
        // Unreachable (status 0: offline, DNS, CORS): the sign-in screen would be a dead end, so
        // let the boot error screen say so and offer Retry.
        if (e instanceof ApiError && e.status === 0) throw e;
        // 401 or any other HTTP error: fall back to the adapter defaults (§2.2)
      }
      let title = settings.title ?? fallbackTitle(baseUrl);
      let authRequired = true;
      if (isRecord(raw)) {
        if (typeof raw.title === "string" && raw.title.trim() !== "") title = raw.title;
        applySchemaAuth(raw.auth);
        if (isRecord(raw.modules)) {
          const authFlags = Object.entries(raw.modules).filter(([k]) => /auth/i.test(k) && !/oauth/i.test(k));
          if (authFlags.length > 0 && authFlags.every(([, v]) => v === false)) authRequired = false;
        }
      }
      if (settings.authRequired !== null) authRequired = settings.authRequired;
      const info: BackendInfo = {
        title,
        login: { kind: "otp", channels: settings.smsEnabled ? ["email", "sms"] : ["email"] },
        authRequired,
        devCredentials: settings.devCredentials,
      };
      return authRequired ? info : { ...info, login: { kind: "none" } };
    },

    async login(step: LoginStep, ropts?: RequestOptions): Promise<LoginResult> {
      const signal = ropts?.signal;
      switch (step.step) {
        case "request-code": {
          const target = step.target.trim();
          const sms = step.channel === "sms";
          const body = sms
            ? { phone: target, application: settings.applicationId }
            : { email: target, application: settings.applicationId };
          const res = await http.post(sms ? settings.smsLoginEndpoint : loginEndpoint(), body, { anonymous: true, signal });
          const message = isRecord(res.data) && typeof res.data.message === "string" ? res.data.message : undefined;
          return message ? { status: "code-sent", target, message } : { status: "code-sent", target };
        }
        case "verify-code": {
          const target = step.target.trim();
          const body = { target, code: step.code.trim(), application: settings.applicationId };
          const res = await postWithFallback(verifyPath, settings.verifyFallbackEndpoint, body, { signal }, (p) => {
            verifyPath = p;
          });
          const tr = parseTokenResponse(res.data, res.status);
          if (tr.requires2fa) {
            preAuth = { token: tr.token, target };
            return { status: "two-factor-required" };
          }
          return { status: "signed-in", user: establish(tr, target) };
        }
        case "two-factor": {
          if (!preAuth) {
            throw new ApiError({
              status: 0,
              code: "LOGIN_STATE",
              message: "The two-factor step has expired; please request a new code.",
            });
          }
          const { token, target } = preAuth;
          const header = tokenHeader();
          const body = { [settings.twoFactorCodeField]: step.code.trim() };
          const res = await postWithFallback(
            twoFactorPath,
            settings.twoFactorFallbackEndpoint,
            body,
            { signal, headers: { [header]: tokenHeaderValue(header, token) } },
            (p) => {
              twoFactorPath = p;
            },
          );
          const tr = parseTokenResponse(res.data, res.status);
          if (tr.requires2fa) {
            throw new ApiError({
              status: res.status,
              code: "BAD_RESPONSE",
              message: "The server still asks for two-factor authentication after the code was accepted.",
            });
          }
          return { status: "signed-in", user: establish(tr, target) };
        }
        case "password":
          throw new ApiError({
            status: 0,
            code: "UNSUPPORTED",
            message: "Craft Easy has no passwords: sign in with a one-time code instead.",
          });
      }
    },

    async refresh() {
      if (!core.current()) return false;
      return http.refreshAuth();
    },

    async logout() {
      if (core.current()) {
        try {
          await http.post(settings.logoutEndpoint, {}, { retryOnAuthFailure: false });
        } catch {
          // ignore: local credentials are cleared whatever the outcome (§4.6)
        }
      }
      core.signOut();
    },

    currentUser: () => core.currentUser(),
    onSessionChange: (listener) => core.onSessionChange(listener),

    onRateLimited(listener) {
      return http.onRateLimited(listener);
    },

    // ---------------------------------------------------------------- schema
    async loadSchema(cached, ropts) {
      const signal = ropts?.signal;
      const primed = primedSchema;
      primedSchema = null;
      const user = backend.currentUser();
      // a 304 answered for the copy it revalidated, not for another
      const usable = primed && user && primed.userId === user.id && now() - primed.at <= PRIMED_SCHEMA_MAX_AGE_MS && (!primed.res.notModified || primed.ifNoneMatch === (cached?.etag ?? null));
      let res =
        primed && usable
          ? cached?.etag && primed.res.etag === cached.etag
            ? { ...primed.res, notModified: true }
            : primed.res
          : await http.get(settings.schemaEndpoint, { ifNoneMatch: cached?.etag ?? null, signal });
      if (res.notModified) {
        if (cached) {
          // a copy cached before theme URLs were resolved gets them resolved now
          const schema = resolveThemeUrls(cached.schema, res.url);
          applySchemaAuth(schema.auth);
          lastSchema = schema;
          return { schema, etag: res.etag ?? cached.etag, notModified: true } satisfies SchemaLoadResult;
        }
        res = await http.get(settings.schemaEndpoint, { signal });
        if (res.notModified) throw badResponse(304, "The server answered 304 Not Modified to an unconditional schema request.");
      }
      let schema: AdminSchema;
      try {
        // theme images are relative to the schema document, not to Atrium's page (§3.5)
        schema = resolveThemeUrls(opts.validateSchema(res.data), res.url);
      } catch (e) {
        throw new ApiError({
          status: res.status,
          code: "SCHEMA_INVALID",
          message: `The server's admin schema is not valid: ${e instanceof Error ? e.message : String(e)}`,
          details: e,
        });
      }
      applySchemaAuth(schema.auth);
      lastSchema = schema;
      return { schema, etag: res.etag, notModified: false };
    },

    // ---------------------------------------------------------------- records
    idOf,

    async list(resource, query: ListQuery, ropts) {
      let page: Page;
      try {
        page = await listRaw(resource.endpoint, buildListParams(resource, query, settings), ropts?.signal);
      } catch (e) {
        // §3.1: when a sorted request fails (the field is not sortable), drop the sort and retry once.
        const sorted = query.sort === undefined ? resource.list.sort_default.trim() !== "" : query.sort.length > 0;
        if (!sorted || !(e instanceof ApiError) || ![400, 422, 500].includes(e.status)) throw e;
        page = await listRaw(resource.endpoint, buildListParams(resource, { ...query, sort: [] }, settings), ropts?.signal);
        page = { ...page, sortDropped: true };
      }
      for (const item of page.items) {
        if (idKey !== null) break;
        readId(item);
      }
      return page;
    },

    get: getItem,

    async create(resource, body, ropts) {
      const res = await http.post(trimEndpoint(resource.endpoint), writableBody(resource, body), { signal: ropts?.signal });
      const item = isRecord(res.data) ? res.data : { ...body };
      const id = readId(item);
      if (id !== null) remember(resource, id, res.etag, item);
      return { item, version: res.etag };
    },

    async update(resource, id, patch, version, ropts) {
      const signal = ropts?.signal;
      const usePut = !hasMethod(resource, "PATCH") && hasMethod(resource, "PUT");
      let etag = version;
      let base: Item = {};
      if (usePut) {
        // PUT replaces the document: send every writable field (§7.1), current values + changes.
        const cached = etags.get(cacheKey(resource, id));
        if (cached && (!etag || cached.etag === etag)) {
          base = cached.item;
          etag ??= cached.etag;
        } else {
          const fresh = await getItem(resource, id, { signal });
          base = fresh.item;
          etag ??= fresh.version;
        }
      }
      const ifMatch = await versionFor(resource, id, etag, signal);
      const body = writableBody(resource, usePut ? { ...base, ...patch } : patch);
      const res = await conditionalWrite(
        resource,
        id,
        ifMatch,
        (m) => http.request({ method: usePut ? "PUT" : "PATCH", path: itemPath(resource, id), json: body, ifMatch: m, signal }),
        signal,
      );
      const item = isRecord(res.data) ? res.data : { ...base, ...patch };
      remember(resource, id, res.etag, item);
      return { item, version: res.etag };
    },

    async remove(resource, id, version, ropts) {
      const signal = ropts?.signal;
      const ifMatch = await versionFor(resource, id, version, signal);
      await conditionalWrite(
        resource,
        id,
        ifMatch,
        (m) => http.request({ method: "DELETE", path: itemPath(resource, id), ifMatch: m, signal, responseType: "none" }),
        signal,
      );
      etags.delete(cacheKey(resource, id));
    },

    // ---------------------------------------------------------------- relations
    async searchRelation(resource, field, q: RelationSearch, ropts): Promise<RelationPage> {
      const relation = relationOf(resource, field);
      const perPage = q.perPage > 0 ? q.perPage : settings.relationPageSize;
      const page = await listRaw(
        relation.endpoint,
        buildRelationSearchParams(relation, q.term, q.page, perPage, settings.maxPerPage),
        ropts?.signal,
      );
      const options = page.items
        .map((item) => toOption(item, relation.value_field, relation.label_field))
        .filter((o): o is RelationOption => o !== null);
      const shownUpTo = (page.page - 1) * page.perPage + page.items.length;
      return { options, total: page.total, hasMore: shownUpTo < page.total && page.items.length > 0 };
    },

    async resolveRelation(resource, field, ids, ropts) {
      const relation = relationOf(resource, field);
      const unique = [...new Map(ids.map((id) => [String(id), id])).values()];
      if (unique.length === 0) return [];
      const key = valueKey(relation.value_field);
      const chunks: Id[][] = [];
      for (let i = 0; i < unique.length; i += settings.maxPerPage) chunks.push(unique.slice(i, i + settings.maxPerPage));
      const pages = await mapLimit(chunks, settings.writeConcurrency, (chunk) =>
        listRaw(relation.endpoint, buildResolveParams(key, chunk), ropts?.signal),
      );
      const byValue = new Map<string, RelationOption>();
      for (const p of pages) {
        for (const item of p.items) {
          const o = toOption(item, relation.value_field, relation.label_field);
          if (o) byValue.set(String(o.value), o);
        }
      }
      return unique.map((id) => byValue.get(String(id))).filter((o): o is RelationOption => o !== undefined);
    },

    // ---------------------------------------------------------------- dashboard / activity
    async dashboard(ropts): Promise<DashboardData> {
      const signal = ropts?.signal;
      const schema = await schemaForUse(signal);
      const resources = schema.resources.filter((r) => r.methods.length === 0 || hasMethod(r, "GET"));
      const counts = await mapLimit(resources, settings.writeConcurrency, async (r) => {
        try {
          const p = await listRaw(r.endpoint, [["page", "1"], ["per_page", "1"]], signal);
          return { resource: r.name, label: r.label_plural, count: p.total };
        } catch (e) {
          if (e instanceof ApiError && (e.code === "ABORTED" || e.authLost)) throw e;
          return null; // one unreadable resource does not break the dashboard
        }
      });
      const models = counts.filter((c): c is NonNullable<typeof c> => c !== null);
      return { models, totalRecords: models.reduce((n, m) => n + m.count, 0) };
    },

    async activity(filter: ActivityFilter, ropts): Promise<ActivityEntry[]> {
      await schemaForUse(ropts?.signal);
      const audit = findAuditResource();
      if (!audit) return [];
      const query: [string, string][] = [];
      if (filter.resource) query.push(["resource", filter.resource]);
      if (filter.recordId !== undefined && filter.recordId !== "") query.push(["item_id", String(filter.recordId)]);
      query.push([settings.sortParam, `${settings.sortDescPrefix}created_at`]);
      query.push(["page", "1"], ["per_page", String(Math.min(Math.max(1, filter.limit), settings.maxPerPage))]);
      const page = await listRaw(audit.endpoint, query, ropts?.signal);
      return page.items.map(toActivityEntry);
    },

    detectedIdKey: () => idKey,
    auditResource: findAuditResource,
  };

  return backend;
}

function toActivityEntry(e: Item): ActivityEntry {
  const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : typeof v === "number" ? String(v) : null);
  const changes: ActivityEntry["changes"] = {};
  if (isRecord(e.changes)) {
    for (const [field, c] of Object.entries(e.changes)) {
      if (isRecord(c)) changes[field] = { old: c.old, new: c.new };
    }
  }
  const entry: ActivityEntry = {
    action: str(e.operation) ?? str(e.action) ?? "change",
    resource: str(e.resource) ?? "",
    recordId: str(e.item_id),
    timestamp: str(e.created_at) ?? str(e.timestamp) ?? "",
    user: str(e.user_name) ?? str(e.user_id),
    changes,
  };
  if (isRecord(e.snapshot)) entry.snapshot = e.snapshot;
  return entry;
}
