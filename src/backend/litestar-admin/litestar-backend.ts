// The litestar-admin 0.1.1 adapter (litestar-admin.md): AdminSchema built from /api/config,
// /api/models and per-model form schemas; email + password JWT (Bearer) or session-cookie auth with
// the text/plain-404 session loss; offset/limit lists without filters; PATCH of changed fields
// only (never the PK); relation pickers over /relationships; server bulk delete/actions, export,
// dashboard and activity.
import { ApiError } from "../api-error.ts";
import type { AdapterOptions } from "../adapter-options.ts";
import { createRefreshScheduler } from "../refresh-scheduler.ts";
import { createHttpClient } from "../http-client.ts";
import type { AuthHook, HttpClient, HttpResponse } from "../http-client.ts";
import { mapLimit } from "../map-limit.ts";
import { isAbortError } from "../normalize-error.ts";
import { createSessionStore, jwtExpiresAt } from "../session-store.ts";
import type { SessionStore, StoredSession } from "../session-store.ts";
import type { AdminSchema, ResourceSchema } from "../../protocol/types.ts";
import type {
  ActivityEntry,
  Backend,
  BackendInfo,
  BulkResult,
  Capabilities,
  CurrentUser,
  DashboardData,
  DevCredential,
  ExportFormat,
  Id,
  Item,
  LoginResult,
  Page,
  RateLimitNotice,
  RelationOption,
  SessionListener,
  Versioned,
} from "../types.ts";
import { isSessionTokenType, parseLitestarTokens, refreshDelayMs, userFromClaims, userFromMe } from "./litestar-auth.ts";
import type { LitestarTokens } from "./litestar-auth.ts";
import { ExportValidationError, finishExport } from "./litestar-export.ts";
import { buildLitestarListParams, nativeId, readLitestarPage } from "./litestar-query.ts";
import { litestarApiRoot, resolveLitestarSettings } from "./litestar-settings.ts";
import type { LitestarSettings } from "./litestar-settings.ts";
import { primaryKeyOf, translateCreateForm, translateLitestarSchema } from "./translate-litestar-schema.ts";
import type { TranslateContext } from "./translate-litestar-schema.ts";
import type {
  LitestarConfigResponse,
  LitestarModelInfo,
  LitestarModelSchema,
  LitestarRelationshipItem,
} from "./litestar-wire-types.ts";

export interface LitestarBackendOptions extends AdapterOptions {
  /** Host root, plugin root (`…/admin`) or API root (`…/admin/api`); see settings.apiPrefix. */
  baseUrl: string;
  settings?: Partial<LitestarSettings> | Record<string, unknown>;
}

/** Per-backend extras beyond the `Backend` interface (tests, diagnostics). */
export interface LitestarBackend extends Backend {
  readonly dialect: "litestar-admin";
  readonly settings: Readonly<LitestarSettings>;
  /** The HTTP client, rooted at the plugin base (paths start with `/api/`). */
  readonly http: HttpClient;
  /** `…/admin/api`. */
  readonly apiRoot: string;
  onRateLimited(listener: (notice: RateLimitNotice) => void): () => void;
  /** The primary-key property of a model (from its edit-mode schema; default `id`). */
  primaryKey(resource: string): string;
  /** Models for which the server said "Export is not allowed". */
  exportDisabled(): ReadonlySet<string>;
}

/** Message for a 500 on save (litestar-admin.md §1 #5): the server gives no field information. */
export const SAVE_REJECTED_MESSAGE = "The server rejected this record (constraint violation or invalid value)";

const SCHEMA_CONCURRENCY = 6;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function asId(v: unknown): Id | null {
  if (typeof v === "string" && v !== "") return v;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  return null;
}

function badResponse(status: number, message: string, details?: unknown): ApiError {
  return new ApiError({ status, code: "BAD_RESPONSE", message, details });
}

function isAborted(e: unknown, signal?: AbortSignal): boolean {
  return isAbortError(e, signal) || (e instanceof ApiError && e.code === "ABORTED");
}

/**
 * A 500 on create/update is a constraint violation or an invalid value (litestar-admin.md §1 #5):
 * the documented "rejected" message, kind "constraint". Elsewhere a 500 stays a server failure.
 */
function saveError(e: unknown): unknown {
  if (e instanceof ApiError && e.status === 500) {
    return new ApiError({
      status: 500,
      code: "SERVER_REJECTED",
      kind: "constraint",
      message: SAVE_REJECTED_MESSAGE,
      requestId: e.requestId,
      details: e.details,
    });
  }
  return e;
}

function readModels(data: unknown, status: number): LitestarModelInfo[] {
  if (!Array.isArray(data)) throw badResponse(status, "The server's model catalog (/api/models) is not a list.", data);
  const out: LitestarModelInfo[] = [];
  for (const m of data) {
    if (!isRecord(m) || typeof m.model_name !== "string" || m.model_name === "") continue;
    out.push({
      name: typeof m.name === "string" && m.name !== "" ? m.name : m.model_name,
      model_name: m.model_name,
      icon: typeof m.icon === "string" ? m.icon : "",
      category: typeof m.category === "string" && m.category !== "" ? m.category : null,
      can_create: m.can_create !== false,
      can_edit: m.can_edit !== false,
      can_delete: m.can_delete !== false,
      can_view_details: m.can_view_details !== false,
    });
  }
  return out;
}

function readModelSchema(data: unknown, status: number, model: string): LitestarModelSchema {
  if (!isRecord(data) || !isRecord(data.properties)) {
    throw badResponse(status, `The form schema of "${model}" has no properties.`, data);
  }
  return {
    type: "object",
    title: typeof data.title === "string" ? data.title : model,
    properties: data.properties as LitestarModelSchema["properties"],
    required: Array.isArray(data.required) ? data.required.filter((r): r is string => typeof r === "string") : [],
    fieldsets: Array.isArray(data.fieldsets) ? (data.fieldsets.filter(isRecord) as unknown as LitestarModelSchema["fieldsets"]) : undefined,
  };
}

function readConfig(data: unknown): LitestarConfigResponse | null {
  if (!isRecord(data)) return null;
  return {
    title: typeof data.title === "string" ? data.title : "",
    debug: data.debug === true,
    theme: data.theme === "light" ? "light" : "dark",
    dev_credentials: Array.isArray(data.dev_credentials) ? (data.dev_credentials.filter(isRecord) as unknown as LitestarConfigResponse["dev_credentials"]) : [],
    oauth_providers: Array.isArray(data.oauth_providers) ? (data.oauth_providers.filter(isRecord) as unknown as LitestarConfigResponse["oauth_providers"]) : [],
  };
}

export function createLitestarBackend(opts: LitestarBackendOptions): LitestarBackend {
  const settings = resolveLitestarSettings(opts.settings);
  const baseUrl = opts.baseUrl.trim().replace(/\/+$/, "");
  const apiRoot = litestarApiRoot(baseUrl, settings.apiPrefix);
  const pluginRoot = apiRoot.replace(/\/api$/, "");
  const now = opts.now ?? Date.now;
  const setTimer = opts.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const store: SessionStore = createSessionStore({ baseUrl: apiRoot, storage: settings.persistSession ? opts.storage : null });

  // ---- state
  let session: StoredSession | null = null;
  let config: LitestarConfigResponse | null = null;
  let models: LitestarModelInfo[] = [];
  let pkFields: Record<string, string> = {};
  let schemaCache: AdminSchema | null = null;
  let schemaInFlight: Promise<AdminSchema> | null = null;
  const createForms = new Map<string, ResourceSchema>();
  const exportDisabled = new Set<string>();
  const listeners = new Set<SessionListener>();
  /** Bumped on sign-in/out so stale schema loads do not land in the cache. */
  let generation = 0;

  function notify(user: CurrentUser | null, reason: Parameters<SessionListener>[1]): void {
    for (const l of [...listeners]) {
      try {
        l(user, reason);
      } catch {
        // a listener's failure must not break the session
      }
    }
  }


  function isSession(s: StoredSession | null): boolean {
    return s !== null && isSessionTokenType(s.tokenType);
  }

  const refresher = createRefreshScheduler({ refresh: () => http.refreshAuth(), now, setTimer, clearTimer });

  function scheduleRefresh(): void {
    refresher.cancel();
    if (!session || isSession(session) || session.expiresAt === null || !session.refreshToken) return;
    const token = session.token;
    refresher.schedule(refreshDelayMs(session.expiresAt, now(), settings.refreshLeewaySeconds * 1000), session.expiresAt, () => session?.token === token);
  }

  function persist(): void {
    if (session) store.save({ ...session, savedAt: now() });
  }

  function clearUserState(): void {
    refresher.cancel();
    session = null;
    generation += 1;
    schemaCache = null;
    schemaInFlight = null;
    createForms.clear();
    exportDisabled.clear();
    store.clear();
  }

  /** Idempotent: only the first call after a session existed notifies "lost". */
  function loseSession(): void {
    const had = session !== null;
    clearUserState();
    if (had) notify(null, "lost");
  }

  function establish(tokens: LitestarTokens, user: CurrentUser): void {
    session = {
      token: tokens.accessToken,
      tokenType: tokens.tokenType,
      expiresAt: tokens.expiresAt,
      refreshToken: tokens.refreshToken,
      user,
      signedInAt: now(),
      savedAt: now(),
    };
    persist();
    scheduleRefresh();
  }

  async function doRefresh(): Promise<boolean> {
    const current = session;
    if (!current || !current.refreshToken) {
      loseSession();
      return false;
    }
    let res: HttpResponse;
    try {
      res = await http.post("/api/auth/refresh", { refresh_token: current.refreshToken }, { anonymous: true, retryOnAuthFailure: false });
    } catch (e) {
      if (e instanceof ApiError && e.status >= 400 && e.status < 500 && e.status !== 408 && e.status !== 429) {
        if (session === current) loseSession();
        return false;
      }
      throw e;
    }
    if (session !== current) return session !== null; // signed out / in meanwhile
    let tokens: LitestarTokens;
    try {
      tokens = parseLitestarTokens(res.data, now(), res.status, current.refreshToken);
    } catch {
      loseSession();
      return false;
    }
    session = {
      ...current,
      token: tokens.accessToken,
      tokenType: tokens.tokenType,
      expiresAt: tokens.expiresAt,
      // Refresh echoes the refresh token (no rotation); keep ours if it is missing.
      refreshToken: tokens.refreshToken ?? current.refreshToken,
    };
    persist();
    scheduleRefresh();
    notify(session.user, "refreshed");
    return true;
  }

  const authHook: AuthHook = {
    headers(): Record<string, string> {
      if (!session || isSession(session)) return {};
      return { Authorization: `Bearer ${session.token}` };
    },
    refresh: doRefresh,
    // The normaliser marks the text/plain 404 and non-guard 401s as authLost; guard 401s
    // ("Permission '…' required", "Authentication required") are not, so they never refresh.
    isAuthFailure: (e) => e.authLost,
    onAuthLost: () => loseSession(),
    credentials: () => (isSession(session) ? "include" : undefined),
  };

  const http = createHttpClient({ baseUrl: pluginRoot, fetch: opts.fetch, auth: authHook, sleep: opts.sleep, now });

  // ---- restore a persisted session (a reload keeps the user signed in)
  {
    const restored = store.load();
    if (restored) {
      const refreshExp = restored.refreshToken && !isSessionTokenType(restored.tokenType) ? jwtExpiresAt(restored.refreshToken) : null;
      const accessValid = restored.expiresAt === null || restored.expiresAt > now();
      const refreshValid = restored.refreshToken !== null && (refreshExp === null || refreshExp > now());
      if (accessValid || refreshValid) {
        session = restored;
        scheduleRefresh();
      } else {
        store.clear();
      }
    }
  }

  // ---- paths
  const modelPath = (resource: ResourceSchema | string): string =>
    `/api/models/${encodeURIComponent(typeof resource === "string" ? resource : resource.name)}`;
  const itemPath = (resource: ResourceSchema, id: Id): string => `${modelPath(resource)}/${encodeURIComponent(String(id))}`;
  const pkOf = (resource: ResourceSchema | string): string => pkFields[typeof resource === "string" ? resource : resource.name] ?? "id";

  function ctx(): TranslateContext {
    return { models, pkFields };
  }

  function idOf(resource: ResourceSchema, item: Item): Id {
    const pk = pkOf(resource);
    const id = asId(item[pk]);
    if (id === null) {
      throw new ApiError({ status: 0, code: "CONFIG_ERROR", message: `The record has no \`${pk}\` (primary key) value.`, details: item });
    }
    return id;
  }

  /**
   * Body for a write: only known properties, never the PK or read-only properties, `""` → null
   * (the server stores NULL anyway, and nullable columns must be cleared with null).
   */
  function writableBody(fieldsOf: ResourceSchema, body: Item, stripPk: string | null): Item {
    const out: Item = {};
    for (const [k, v] of Object.entries(body)) {
      if (v === undefined) continue;
      if (stripPk !== null && k === stripPk) continue;
      const field = fieldsOf.fields[k];
      if (!field || field.readonly) continue;
      out[k] = v === "" ? null : v;
    }
    return out;
  }

  /** `GET …/schema?mode=create` → the resource's create form, cached per model until logout. */
  async function loadCreateForm(resource: ResourceSchema, signal?: AbortSignal): Promise<ResourceSchema> {
    const gen = generation;
    if (!schemaCache) await schemaForUse(signal);
    const res = await http.get(`${modelPath(resource)}/schema`, { query: { mode: "create" }, signal });
    const createSchema = readModelSchema(res.data, res.status, resource.name);
    const translated = translateCreateForm(resource, createSchema, ctx());
    let form: ResourceSchema = translated;
    const base = schemaCache;
    if (base) {
      try {
        const validated = opts.validateSchema({ ...base, navigation: [], resources: [translated] });
        const checked = validated.resources.find((r) => r.name === resource.name);
        // Validation drops list columns the form lacks (the PK): the list stays the resource's own.
        if (checked) form = { ...checked, list: resource.list };
      } catch (e) {
        throw new ApiError({
          status: res.status,
          code: "SCHEMA_INVALID",
          message: `The create form of "${resource.name}" is not valid: ${e instanceof Error ? e.message : String(e)}`,
          details: e,
        });
      }
    }
    if (gen === generation) createForms.set(resource.name, form);
    return form;
  }

  // ---- config & schema
  async function loadConfig(signal?: AbortSignal): Promise<LitestarConfigResponse | null> {
    try {
      const res = await http.get("/api/config", { anonymous: true, signal });
      config = readConfig(res.data) ?? config;
    } catch (e) {
      if (isAborted(e, signal)) throw e;
    }
    return config;
  }

  async function buildSchema(signal?: AbortSignal): Promise<AdminSchema> {
    const gen = generation;
    if (!config) await loadConfig(signal);
    const catalogRes = await http.get("/api/models", { signal });
    const catalog = readModels(catalogRes.data, catalogRes.status);
    const edits = await mapLimit(catalog, SCHEMA_CONCURRENCY, async (m) => {
      const res = await http.get(`${modelPath(m.model_name)}/schema`, { query: { mode: "edit" }, signal });
      return readModelSchema(res.data, res.status, m.model_name);
    });
    const editSchemas: Record<string, LitestarModelSchema> = {};
    const pks: Record<string, string> = {};
    catalog.forEach((m, i) => {
      const s = edits[i] as LitestarModelSchema;
      editSchemas[m.model_name] = s;
      pks[m.model_name] = primaryKeyOf(s);
    });
    // List columns = keys of the first list item (one limit=1 request per model).
    const columns = await mapLimit(catalog, SCHEMA_CONCURRENCY, async (m) => {
      try {
        const res = await http.get(modelPath(m.model_name), { query: { offset: 0, limit: 1 }, signal });
        const first = isRecord(res.data) && Array.isArray(res.data.items) ? res.data.items[0] : undefined;
        return isRecord(first) ? Object.keys(first) : null;
      } catch (e) {
        if (isAborted(e, signal) || (e instanceof ApiError && e.authLost)) throw e;
        return null; // e.g. a 500 from an invalid enum row: fall back to the schema order
      }
    });
    const listColumns: Record<string, string[] | null> = {};
    catalog.forEach((m, i) => {
      listColumns[m.model_name] = columns[i] ?? null;
    });
    const translated = translateLitestarSchema({
      config,
      models: catalog,
      editSchemas,
      pkFields: pks,
      listColumns,
      pageSize: settings.pageSize,
      exportDisabled,
    });
    let schema: AdminSchema;
    try {
      schema = opts.validateSchema(translated);
    } catch (e) {
      throw new ApiError({
        status: 200,
        code: "SCHEMA_INVALID",
        message: `The schema built from the server's models is not valid: ${e instanceof Error ? e.message : String(e)}`,
        details: e,
      });
    }
    if (gen === generation) {
      models = catalog;
      pkFields = pks;
      schemaCache = schema;
    }
    return schema;
  }

  async function schemaForUse(signal?: AbortSignal): Promise<AdminSchema> {
    if (schemaCache) return schemaCache;
    if (!schemaInFlight) {
      const p = buildSchema(signal).finally(() => {
        if (schemaInFlight === p) schemaInFlight = null;
      });
      schemaInFlight = p;
    }
    return schemaInFlight;
  }

  function rememberExportRefusal(model: string): void {
    exportDisabled.add(model);
    if (!schemaCache) return;
    schemaCache = {
      ...schemaCache,
      resources: schemaCache.resources.map((r) => (r.name === model ? { ...r, features: { ...r.features, export: false } } : r)),
    };
  }

  async function readPage(path: string, query: [string, string][], signal?: AbortSignal): Promise<Page> {
    const res = await http.get(path, { query, signal });
    const offset = Number(query.find(([k]) => k === "offset")?.[1] ?? 0);
    const limit = Number(query.find(([k]) => k === "limit")?.[1] ?? settings.pageSize);
    const page = readLitestarPage(res.data, { offset, limit });
    if (!page) throw badResponse(res.status, `The server's answer to GET ${path} is not a list page ({items, total, offset, limit}).`, res.data);
    return page;
  }

  function asItem(res: HttpResponse, what: string): Item {
    if (!isRecord(res.data)) throw badResponse(res.status, `The server's answer to ${what} is not a record.`, res.data);
    return res.data;
  }

  function toOption(entry: LitestarRelationshipItem): RelationOption | null {
    const value = asId(entry.id);
    if (value === null) return null;
    const label = typeof entry.label === "string" && entry.label !== "" ? entry.label : String(value);
    const option: RelationOption = { value, label };
    if (isRecord(entry.data)) option.item = entry.data;
    return option;
  }

  function readRelationItems(data: unknown): LitestarRelationshipItem[] {
    if (!isRecord(data) || !Array.isArray(data.items)) return [];
    return data.items.filter(isRecord) as unknown as LitestarRelationshipItem[];
  }

  const relationPath = (resource: ResourceSchema, field: string, op: "search" | "options"): string =>
    `${modelPath(resource)}/relationships/${encodeURIComponent(field)}/${op}`;

  const backend: LitestarBackend = {
    dialect: "litestar-admin",
    baseUrl,
    apiRoot,
    settings,
    http,

    capabilities(): Capabilities {
      return {
        filterOps: [],
        multiSort: false,
        sortReliable: false,
        search: true,
        searchFieldsUnknown: true,
        concurrency: "none",
        maxPerPage: settings.maxPerPage,
        exportServer: { formats: ["csv", "json", "xlsx"], honoursQuery: false, selected: true },
        importServer: false,
        bulkDeleteServer: true,
        bulkActions: settings.bulkActions,
        dashboard: true,
        activity: true,
        writeConcurrency: settings.writeConcurrency,
      };
    },

    // ---------------------------------------------------------------- auth
    async bootstrap(ropts) {
      const signal = ropts?.signal;
      await loadConfig(signal);
      // No-auth detection (§3.4): /api/auth/me → 401 "Authentication is not configured" while
      // /api/models answers 200.
      let authRequired = true;
      try {
        await http.get("/api/auth/me", { anonymous: true, signal });
      } catch (e) {
        if (isAborted(e, signal)) throw e;
        const notConfigured =
          e instanceof ApiError &&
          e.status === 401 &&
          (e.message === "Authentication is not configured" || (isRecord(e.details) && e.details.detail === "Authentication is not configured"));
        if (notConfigured) {
          try {
            const res = await http.get("/api/models", { anonymous: true, signal });
            if (Array.isArray(res.data)) authRequired = false;
          } catch (e2) {
            if (isAborted(e2, signal)) throw e2;
          }
        }
      }
      const devCredentials: DevCredential[] =
        config?.debug === true
          ? config.dev_credentials
              .filter((c) => typeof c.email === "string")
              .map((c) => {
                const d: DevCredential = { email: c.email };
                if (typeof c.password === "string") d.password = c.password;
                if (typeof c.role === "string") d.role = c.role;
                return d;
              })
          : [];
      const info: BackendInfo = {
        title: config?.title || "Admin",
        login: authRequired ? { kind: "password" } : { kind: "none" },
        authRequired,
        devCredentials,
      };
      if (config) info.initialColorMode = config.theme;
      return info;
    },

    async login(step, ropts): Promise<LoginResult> {
      if (step.step !== "password") {
        throw new ApiError({ status: 0, code: "UNSUPPORTED", message: "litestar-admin signs in with email and password." });
      }
      const signal = ropts?.signal;
      const email = step.email.trim();
      const res = await http.post("/api/auth/login", { email, password: step.password }, { anonymous: true, signal });
      const tokens = parseLitestarTokens(res.data, now(), res.status);
      // Drop whatever the previous user had cached.
      clearUserState();
      const provisional = isSessionTokenType(tokens.tokenType) ? { id: email, email } : userFromClaims(tokens.accessToken, email);
      establish(tokens, provisional);
      let user = provisional;
      try {
        const me = await http.get("/api/auth/me", { signal, retryOnAuthFailure: false });
        user = userFromMe(me.data) ?? provisional;
      } catch (e) {
        if (isAborted(e, signal)) throw e;
        // keep the identity from the token
      }
      if (session) {
        session = { ...session, user };
        persist();
      }
      notify(user, "signed-in");
      return { status: "signed-in", user };
    },

    async refresh() {
      if (!session) return false;
      return http.refreshAuth();
    },

    async logout() {
      const had = session !== null;
      if (had) {
        try {
          // A server-side no-op for JWT (tokens stay valid until exp); the session backend clears.
          await http.post("/api/auth/logout", undefined, { retryOnAuthFailure: false });
        } catch {
          // ignore: local credentials are cleared whatever the outcome
        }
      }
      clearUserState();
      if (had) notify(null, "signed-out");
    },

    currentUser() {
      if (!session) return null;
      if (session.expiresAt !== null && session.expiresAt <= now() && !session.refreshToken) return null;
      return session.user;
    },

    onSessionChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    onRateLimited(listener) {
      return http.onRateLimited(listener);
    },

    // ---------------------------------------------------------------- schema
    async loadSchema(_cached, ropts) {
      const schema = await schemaForUse(ropts?.signal);
      return { schema, etag: null, notModified: false };
    },

    async createFormSchema(resource, ropts) {
      return createForms.get(resource.name) ?? loadCreateForm(resource, ropts?.signal);
    },

    // ---------------------------------------------------------------- records
    idOf,

    async list(resource, query, ropts) {
      // Filters are never sent: the server has none and ignores unknown parameters (§1 #6).
      return readPage(modelPath(resource), buildLitestarListParams(query, settings.maxPerPage), ropts?.signal);
    },

    async get(resource, id, ropts): Promise<Versioned> {
      const res = await http.get(itemPath(resource, id), { signal: ropts?.signal });
      return { item: asItem(res, `GET ${itemPath(resource, id)}`), version: null };
    },

    async create(resource, body, ropts): Promise<Versioned> {
      // The create-mode schema decides what may be sent (it has no auto-increment PK, but does
      // list a natural PK the user must supply); without it, the given resource's writable fields.
      const form = createForms.get(resource.name);
      const payload = form ? writableBody(form, body, null) : writableBody(resource, body, pkOf(resource));
      try {
        const res = await http.post(modelPath(resource), payload, { signal: ropts?.signal });
        return { item: isRecord(res.data) ? res.data : { ...payload }, version: null };
      } catch (e) {
        throw saveError(e);
      }
    },

    async update(resource, id, patch, _version, ropts): Promise<Versioned> {
      const signal = ropts?.signal;
      const pk = pkOf(resource);
      try {
        if (settings.usePut) {
          // PUT nulls every nullable column missing from the body (§1 #11): send all of them.
          const current = await backend.get(resource, id, { signal });
          const body = writableBody(resource, { ...current.item, ...patch }, pk);
          const res = await http.put(itemPath(resource, id), body, { signal });
          return { item: asItem(res, `PUT ${itemPath(resource, id)}`), version: null };
        }
        // PATCH sets every key it is given, the PK included (§1 #10): send only the changes.
        const body = writableBody(resource, patch, pk);
        if (Object.keys(body).length === 0) return await backend.get(resource, id, { signal });
        const res = await http.patch(itemPath(resource, id), body, { signal });
        return { item: asItem(res, `PATCH ${itemPath(resource, id)}`), version: null };
      } catch (e) {
        throw saveError(e);
      }
    },

    async remove(resource, id, _version, ropts) {
      // No If-Match in this dialect, but a delete by key does the same whatever the record holds:
      // repeating it after a 429 (refused before it was handled) cannot overwrite a change.
      await http.delete(itemPath(resource, id), { query: { soft_delete: "false" }, signal: ropts?.signal, responseType: "none", idempotent: true });
    },

    // ---------------------------------------------------------------- relations
    async searchRelation(resource, field, q, ropts) {
      const limit = Math.min(100, Math.max(1, q.perPage > 0 ? q.perPage : settings.relationPageSize));
      const res = await http.get(relationPath(resource, field, "search"), {
        query: { q: q.term, limit, page: Math.max(1, q.page || 1) },
        signal: ropts?.signal,
      });
      const options = readRelationItems(res.data)
        .map(toOption)
        .filter((o): o is RelationOption => o !== null);
      const data = isRecord(res.data) ? res.data : {};
      return {
        options,
        total: typeof data.total === "number" ? data.total : null,
        hasMore: data.has_more === true,
      };
    },

    async resolveRelation(resource, field, ids, ropts) {
      const unique = [...new Map(ids.map((id) => [String(id), id])).values()];
      if (unique.length === 0) return [];
      const res = await http.get(relationPath(resource, field, "options"), {
        query: { ids: unique.map(String).join(",") },
        signal: ropts?.signal,
      });
      const byValue = new Map<string, RelationOption>();
      for (const entry of readRelationItems(res.data)) {
        const o = toOption(entry);
        if (o) byValue.set(String(o.value), o);
      }
      // Requested order; unknown ids dropped.
      return unique.map((id) => byValue.get(String(id))).filter((o): o is RelationOption => o !== undefined);
    },

    // ---------------------------------------------------------------- bulk
    async bulkDelete(resource, ids, ropts): Promise<BulkResult> {
      if (ids.length === 0) return { succeeded: [], failed: [], affected: 0 };
      const pk = pkOf(resource);
      const res = await http.post(
        `${modelPath(resource)}/bulk/delete`,
        { ids: ids.map((id) => nativeId(resource, pk, id)), soft_delete: false },
        { signal: ropts?.signal },
      );
      const deleted = isRecord(res.data) && typeof res.data.deleted === "number" ? res.data.deleted : 0;
      // Unknown ids are skipped silently: only the count is known, not which ids were deleted.
      return { succeeded: deleted === ids.length ? [...ids] : [], failed: [], affected: deleted };
    },

    async bulkAction(resource, action, ids, params, ropts): Promise<BulkResult> {
      const declared = settings.bulkActions[resource.name] ?? [];
      if (!declared.some((a) => a.name === action)) {
        throw new ApiError({
          status: 0,
          code: "CONFIG_ERROR",
          message: `Bulk action "${action}" is not declared for ${resource.name} (adapter setting bulkActions).`,
        });
      }
      const pk = pkOf(resource);
      const res = await http.post(
        `${modelPath(resource)}/bulk/${encodeURIComponent(action)}`,
        { ids: ids.map((id) => nativeId(resource, pk, id)), params },
        { signal: ropts?.signal },
      );
      const data = isRecord(res.data) ? res.data : {};
      if (data.success === false) {
        throw new ApiError({ status: res.status, code: "REJECTED", message: typeof data.message === "string" ? data.message : `Bulk action "${action}" failed.`, details: data });
      }
      const result: BulkResult = { succeeded: [...ids], failed: [] };
      if (typeof data.affected === "number") result.affected = data.affected;
      if (data.result !== undefined) result.result = data.result;
      return result;
    },

    // ---------------------------------------------------------------- export
    async exportServer(resource, format: ExportFormat, ids, ropts): Promise<Blob> {
      const signal = ropts?.signal;
      const pk = pkOf(resource);
      let res: HttpResponse<Blob>;
      try {
        res =
          ids === undefined
            ? await http.get<Blob>(`${modelPath(resource)}/export`, { query: { format }, signal, responseType: "blob" })
            : await http.post<Blob>(
                `${modelPath(resource)}/bulk/export`,
                { ids: ids.map((id) => nativeId(resource, pk, id)), format },
                { signal, responseType: "blob", idempotent: true },
              );
      } catch (e) {
        if (e instanceof ApiError && e.status === 400 && /export is not allowed/i.test(e.message)) rememberExportRefusal(resource.name);
        throw e;
      }
      try {
        return await finishExport(res.data, format, resource);
      } catch (e) {
        if (e instanceof ExportValidationError) {
          throw new ApiError({ status: res.status, code: "EXPORT_INVALID", message: e.message });
        }
        throw e;
      }
    },

    // ---------------------------------------------------------------- dashboard / activity
    async dashboard(ropts): Promise<DashboardData> {
      const res = await http.get("/api/dashboard/stats", { signal: ropts?.signal });
      if (!isRecord(res.data) || !Array.isArray(res.data.models)) {
        throw badResponse(res.status, "The server's dashboard stats are not in the expected shape.", res.data);
      }
      const data = res.data;
      const modelsOut = (data.models as unknown[]).filter(isRecord).map((m) => ({
        resource: typeof m.model_name === "string" ? m.model_name : String(m.name ?? ""),
        label: typeof m.name === "string" ? m.name : String(m.model_name ?? ""),
        count: typeof m.count === "number" ? m.count : 0,
      }));
      const out: DashboardData = { models: modelsOut };
      if (typeof data.total_records === "number") out.totalRecords = data.total_records;
      const widgets = Array.isArray(data.widgets) ? data.widgets.filter(isRecord) : [];
      out.widgets = widgets
        .filter((w) => typeof w.id === "string" && typeof w.type === "string" && typeof w.title === "string")
        .map((w) => ({
          id: w.id as string,
          type: w.type as string,
          title: w.title as string,
          data: isRecord(w.data) ? w.data : {},
        }));
      return out;
    },

    async activity(filter, ropts): Promise<ActivityEntry[]> {
      const query: [string, string][] = [["limit", String(Math.max(1, Math.floor(filter.limit)))]];
      if (filter.resource) query.push(["model_name", filter.resource]);
      if (filter.recordId !== undefined && filter.recordId !== "") query.push(["record_id", String(filter.recordId)]);
      const res = await http.get("/api/dashboard/activity", { query, signal: ropts?.signal });
      if (!Array.isArray(res.data)) return [];
      return res.data.filter(isRecord).map(toActivityEntry);
    },

    primaryKey: (resource) => pkOf(resource),
    exportDisabled: () => exportDisabled,
  };

  return backend;
}

function toActivityEntry(e: Record<string, unknown>): ActivityEntry {
  const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : typeof v === "number" ? String(v) : null);
  const changes: ActivityEntry["changes"] = {};
  if (isRecord(e.details)) {
    for (const [field, c] of Object.entries(e.details)) {
      if (isRecord(c) && ("old" in c || "new" in c)) changes[field] = { old: c.old, new: c.new };
    }
  }
  return {
    action: str(e.action) ?? "change",
    resource: str(e.model) ?? "",
    recordId: str(e.record_id),
    timestamp: str(e.timestamp) ?? "",
    user: str(e.user),
    changes,
  };
}
