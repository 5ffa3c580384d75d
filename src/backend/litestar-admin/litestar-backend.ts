// The litestar-admin 0.1.1 adapter (litestar-admin.md): AdminSchema built from /api/config,
// /api/models and per-model form schemas; email + password JWT (Bearer) or session-cookie auth with
// the text/plain-404 session loss; offset/limit lists without filters; PATCH of changed fields
// only (never the PK); relation pickers over /relationships; server bulk delete/actions, export,
// dashboard and activity. This file wires the modules (one per concern) over one shared context.
import type { AdapterOptions } from "../adapter-options.ts";
import { createHttpClient } from "../http-client.ts";
import type { HttpClient } from "../http-client.ts";
import { sessionClock } from "../session/session-clock.ts";
import { createSessionStore } from "../session-store.ts";
import type { Backend, Capabilities, RateLimitNotice } from "../types.ts";
import { litestarBootstrap } from "./litestar-bootstrap.ts";
import { litestarBulk } from "./litestar-bulk.ts";
import { createLitestarState, pkOf, resetUserState } from "./litestar-context.ts";
import type { LitestarContext } from "./litestar-context.ts";
import { litestarDashboard } from "./litestar-dashboard.ts";
import { litestarRecords } from "./litestar-records.ts";
import { litestarRelations } from "./litestar-relations.ts";
import { litestarSchema } from "./litestar-schema-loader.ts";
import { createLitestarSession, litestarAuthHook } from "./litestar-session.ts";
import { litestarApiRoot, resolveLitestarSettings } from "./litestar-settings.ts";
import type { LitestarSettings } from "./litestar-settings.ts";
import { litestarSignIn } from "./litestar-sign-in.ts";

export { saveRejectedMessage } from "./litestar-records.ts";

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

function litestarCapabilities(settings: Readonly<LitestarSettings>): Capabilities {
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
}

export function createLitestarBackend(opts: LitestarBackendOptions): LitestarBackend {
  const settings = resolveLitestarSettings(opts.settings);
  const baseUrl = opts.baseUrl.trim().replace(/\/+$/, "");
  const apiRoot = litestarApiRoot(baseUrl, settings.apiPrefix);
  const clock = sessionClock(opts);
  const state = createLitestarState();

  const session = createLitestarSession({
    store: createSessionStore({ baseUrl: apiRoot, storage: settings.persistSession ? opts.storage : null }),
    clock,
    refreshLeewayMs: settings.refreshLeewaySeconds * 1000,
    postRefresh: (refreshToken) => http.post("/api/auth/refresh", { refresh_token: refreshToken }, { anonymous: true, retryOnAuthFailure: false }),
    refreshSingleFlight: () => http.refreshAuth(),
    onClear: () => resetUserState(state),
  });
  const http = createHttpClient({ baseUrl: apiRoot.replace(/\/api$/, ""), fetch: opts.fetch, auth: litestarAuthHook(session), sleep: opts.sleep, now: clock.now });
  const ctx: LitestarContext = { settings, http, validateSchema: opts.validateSchema, now: clock.now, state };

  return {
    dialect: "litestar-admin",
    baseUrl,
    apiRoot,
    settings,
    http,
    capabilities: () => litestarCapabilities(settings),
    ...litestarBootstrap(ctx),
    ...litestarSignIn(ctx, session),
    onRateLimited: (listener) => http.onRateLimited(listener),
    ...litestarSchema(ctx),
    ...litestarRecords(ctx),
    ...litestarRelations(ctx),
    ...litestarBulk(ctx),
    ...litestarDashboard(ctx),
    primaryKey: (resource) => pkOf(state, resource),
    exportDisabled: () => state.exportDisabled,
  };
}
