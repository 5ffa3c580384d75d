// The Craft Easy adapter (craft-easy.md): `/admin/schema` passed through (validated by the injected
// validator), OTP sign-in with 2FA, token in the schema's header, page/per_page lists with suffix
// filters and `where`, ETag / If-Match writes, relation pickers over list endpoints, client-side
// dashboard counts and an audit-resource activity feed. This file wires the parts (one per
// concern, each over the shared context) into the Backend interface.
import type { AdapterOptions } from "../adapter-options.ts";
import type { HttpClient } from "../http-client.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { ActivityEntry, ActivityFilter, Backend, Capabilities, DashboardData, RateLimitNotice, RequestOptions } from "../types.ts";
import { createCraftEasyActivity } from "./craft-easy-activity.ts";
import { createCraftEasyContext } from "./craft-easy-context.ts";
import type { CraftEasyLogin } from "./craft-easy-login.ts";
import { createCraftEasyRecords } from "./craft-easy-records.ts";
import { createCraftEasyRelations } from "./craft-easy-relations.ts";
import { createCraftEasySchema } from "./craft-easy-schema.ts";
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

function craftEasyCapabilities(settings: CraftEasySettings, activity: boolean): Capabilities {
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
    activity,
    writeConcurrency: settings.writeConcurrency,
  };
}

export function createCraftEasyBackend(opts: CraftEasyBackendOptions): CraftEasyBackend {
  const ctx = createCraftEasyContext(opts);
  const { settings, http, session, ids } = ctx;
  // sign-in and sign-out load on demand, so a signed-in first screen does not carry them; at once
  // when no session was restored (the sign-in screen comes next)
  let loginPart: Promise<CraftEasyLogin> | null = null;
  const login = (): Promise<CraftEasyLogin> =>
    (loginPart ??= import("./craft-easy-login.ts").then(
      (m) => m.createCraftEasyLogin(ctx),
      (error: unknown) => {
        loginPart = null; // a failed load is retried at the next use
        throw error;
      },
    ));
  if (!session.current()) login().catch(() => undefined); // reported at the next use
  const schema = createCraftEasySchema(ctx);
  const records = createCraftEasyRecords(ctx);
  const relations = createCraftEasyRelations(ctx);
  const activity = createCraftEasyActivity(ctx, schema);

  return {
    dialect: "craft-easy",
    baseUrl: ctx.baseUrl,
    settings,
    http,
    capabilities: () => craftEasyCapabilities(settings, schema.auditResource() !== null),

    // auth
    bootstrap: schema.bootstrap,
    login: (step, opts) => login().then((part) => part.login(step, opts)),
    refresh: () => login().then((part) => part.refresh()),
    logout: () => login().then((part) => part.logout()),
    currentUser: () => session.currentUser(),
    onSessionChange: (listener) => session.onSessionChange(listener),
    onRateLimited: (listener) => http.onRateLimited(listener),

    // schema
    loadSchema: schema.loadSchema,

    // records
    idOf: (_resource, item) => ids.of(item),
    list: records.list,
    get: records.get,
    create: records.create,
    update: records.update,
    remove: records.remove,

    // relations
    searchRelation: relations.searchRelation,
    resolveRelation: relations.resolveRelation,

    // dashboard / activity
    dashboard: activity.dashboard,
    activity: activity.activity,

    detectedIdKey: () => ids.detectedKey(),
    auditResource: () => schema.auditResource(),
  };
}
