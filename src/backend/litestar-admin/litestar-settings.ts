// Adapter settings for litestar-admin (litestar-admin.md §2, §9, §11, §16): everything the server
// cannot tell the client and that therefore has to be configured.
import type { BulkActionInfo } from "../types.ts";

export interface LitestarSettings {
  /**
   * The plugin's `base_url` (default `/admin`). The API lives at `{baseUrl}{apiPrefix}/api` unless
   * the configured base URL already ends with the prefix (or with `{prefix}/api`).
   */
  apiPrefix: string;
  /** Use PUT (sending every column) instead of PATCH for updates. Off: PUT nulls missing columns. */
  usePut: boolean;
  /** Custom bulk actions per `model_name` (no discovery endpoint exists, §11.2). */
  bulkActions: Record<string, BulkActionInfo[]>;
  /** Initial page size (server default 50). */
  pageSize: number;
  /** Server clamp for `limit` (1..100). */
  maxPerPage: number;
  /** Parallel writes for client-side bulk work and import. */
  writeConcurrency: number;
  /** Refresh the access token this many seconds before it expires. */
  refreshLeewaySeconds: number;
  /** Rows requested from `/relationships/{field}/search` when the caller gives no page size. */
  relationPageSize: number;
  /** Persist the session per base URL (localStorage via the shared session store). */
  persistSession: boolean;
}

export const defaultLitestarSettings: LitestarSettings = {
  apiPrefix: "/admin",
  usePut: false,
  bulkActions: {},
  pageSize: 50,
  maxPerPage: 100,
  writeConcurrency: 4,
  refreshLeewaySeconds: 60,
  relationPageSize: 20,
  persistSession: true,
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function readBulkActions(v: unknown): Record<string, BulkActionInfo[]> {
  const out: Record<string, BulkActionInfo[]> = {};
  if (!isRecord(v)) return out;
  for (const [model, list] of Object.entries(v)) {
    if (!Array.isArray(list)) continue;
    const actions: BulkActionInfo[] = [];
    for (const a of list) {
      if (!isRecord(a) || typeof a.name !== "string" || a.name === "") continue;
      // `delete` and `export` are static routes on the server, never custom actions.
      if (a.name === "delete" || a.name === "export") continue;
      const info: BulkActionInfo = { name: a.name, label: typeof a.label === "string" ? a.label : a.name };
      if (typeof a.confirm === "string") info.confirm = a.confirm;
      if (typeof a.dangerous === "boolean") info.dangerous = a.dangerous;
      actions.push(info);
    }
    out[model] = actions;
  }
  return out;
}

function num(v: unknown, fallback: number, min: number, max: number): number {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  if (!Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(n)));
}

/** Merge (possibly untyped, from config.json) settings over the defaults, dropping bad values. */
export function resolveLitestarSettings(input?: Partial<LitestarSettings> | Record<string, unknown>): LitestarSettings {
  const s: Record<string, unknown> = isRecord(input) ? input : {};
  const d = defaultLitestarSettings;
  let apiPrefix = typeof s.apiPrefix === "string" ? s.apiPrefix.trim() : d.apiPrefix;
  apiPrefix = apiPrefix.replace(/\/+$/, "");
  if (apiPrefix !== "" && !apiPrefix.startsWith("/")) apiPrefix = `/${apiPrefix}`;
  const maxPerPage = num(s.maxPerPage, d.maxPerPage, 1, 100);
  return {
    apiPrefix,
    usePut: typeof s.usePut === "boolean" ? s.usePut : d.usePut,
    bulkActions: readBulkActions(s.bulkActions),
    pageSize: num(s.pageSize, d.pageSize, 1, maxPerPage),
    maxPerPage,
    writeConcurrency: num(s.writeConcurrency, d.writeConcurrency, 1, 16),
    refreshLeewaySeconds: num(s.refreshLeewaySeconds, d.refreshLeewaySeconds, 0, 3600),
    relationPageSize: num(s.relationPageSize, d.relationPageSize, 1, 100),
    persistSession: typeof s.persistSession === "boolean" ? s.persistSession : d.persistSession,
  };
}

/**
 * The API root (`…/admin/api`) for a configured base URL. The base URL may be the host root
 * (`https://x`), the plugin root (`https://x/admin`) or the API root itself (`https://x/admin/api`).
 */
export function litestarApiRoot(baseUrl: string, apiPrefix: string): string {
  const base = baseUrl.replace(/\/+$/, "");
  if (base.endsWith(`${apiPrefix}/api`)) return base;
  if (apiPrefix !== "" && base.endsWith(apiPrefix)) return `${base}/api`;
  if (apiPrefix === "" && base.endsWith("/api")) return base;
  return `${base}${apiPrefix}/api`;
}
