// The one interface every dialect adapter implements. Views and hooks only ever see this.
// No React here; no wire formats leak out of an adapter.
import type { AdminSchema, ResourceSchema } from "../protocol/types.ts";
import type { ApiError } from "./api-error.ts";
import type { AdapterOptions } from "./adapter-options.ts";
import type { Dialect } from "./dialects.ts";
import type { FetchLike } from "./http-client.ts";

export type Id = string | number;
export type Item = Record<string, unknown>;

/** A record plus its concurrency token (ETag verbatim), or null where the backend has none. */
export interface Versioned<T = Item> {
  item: T;
  version: string | null;
}

export interface SortKey {
  field: string;
  desc: boolean;
}

/**
 * Filter operators. `contains` is a case-insensitive substring match (Craft Easy: escaped
 * `__regex`); `between` takes a `[from, to]` tuple (either end may be null).
 */
export type FilterOp =
  | "eq"
  | "ne"
  | "gt"
  | "gte"
  | "lt"
  | "lte"
  | "between"
  | "in"
  | "nin"
  | "exists"
  | "contains";

export interface FilterCondition {
  field: string;
  op: FilterOp;
  value: unknown;
}

export interface ListQuery {
  page: number; // 1-based
  perPage: number;
  sort?: SortKey[];
  search?: string;
  filters?: FilterCondition[];
  /** Include soft-deleted records (Craft Easy `include_deleted=true`; honoured for system scope only). */
  includeDeleted?: boolean;
}

export interface Page<T = Item> {
  items: T[];
  total: number;
  page: number;
  perPage: number;
  /** True when the server refused the requested sort and the adapter reloaded without it. */
  sortDropped?: boolean;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

/** A schema as kept from an earlier load, revalidated with its ETag. */
export interface SchemaCopy {
  schema: AdminSchema;
  /** ETag verbatim, or null where the dialect has none. */
  etag: string | null;
}

export interface BootstrapOptions extends RequestOptions {
  /** The restored user's cached schema: a schema request the bootstrap makes revalidates it. */
  cachedSchema?: SchemaCopy | null;
}

export type ExportFormat = "csv" | "json" | "xlsx";

/** What a backend can do; the UI gates controls on these and never fakes a missing one. */
export interface Capabilities {
  /** Server-side filters honoured, and which operators. Empty = no server filters. */
  filterOps: FilterOp[];
  /** More than one sort key per request. */
  multiSort: boolean;
  /** Whether the server can report that it ignored a sort (false → verify client-side). */
  sortReliable: boolean;
  search: boolean;
  /** `search` looks in columns the server picks and does not name (`list.search_fields` stays
   * empty), so the search box is offered for every list rather than only where fields are listed. */
  searchFieldsUnknown: boolean;
  /** "etag": If-Match on writes, 412/428; "none": last write wins. */
  concurrency: "etag" | "none";
  maxPerPage: number;
  /** Server export: formats, and whether it honours search/sort/filters (else only "all"/"selected"). */
  exportServer: { formats: ExportFormat[]; honoursQuery: boolean; selected: boolean } | null;
  importServer: boolean;
  bulkDeleteServer: boolean;
  /** Custom bulk actions declared by configuration or the backend, per resource name. */
  bulkActions: Record<string, BulkActionInfo[]>;
  dashboard: boolean;
  activity: boolean;
  /** Max parallel writes for client-side bulk/import. */
  writeConcurrency: number;
}

export interface BulkActionInfo {
  name: string;
  label: string;
  confirm?: string;
  dangerous?: boolean;
}

export interface BulkResult {
  succeeded: Id[];
  failed: { id: Id; error: ApiError }[];
  affected?: number;
  result?: unknown;
}

export interface DevCredential {
  email: string;
  password?: string;
  code?: string;
  role?: string;
}

export type LoginMethod =
  | { kind: "otp"; channels: ("email" | "sms")[] }
  | { kind: "password" }
  | { kind: "none" };

/** Learned before sign-in (public endpoints only). */
export interface BackendInfo {
  title: string;
  login: LoginMethod;
  /** False when the backend runs without auth ("no-auth" mode): skip the sign-in screen. */
  authRequired: boolean;
  devCredentials: DevCredential[];
  initialColorMode?: "light" | "dark";
}

export type LoginStep =
  | { step: "request-code"; channel: "email" | "sms"; target: string }
  | { step: "verify-code"; target: string; code: string }
  | { step: "two-factor"; code: string }
  | { step: "password"; email: string; password: string };

export type LoginResult =
  | { status: "code-sent"; target: string; message?: string }
  | { status: "two-factor-required" }
  | { status: "signed-in"; user: CurrentUser };

export interface CurrentUser {
  id: string;
  email?: string;
  name?: string;
  roles?: string[];
  /** Craft Easy `scope` claim ("system" | "partner" | "tenant"). */
  scope?: string;
}

export interface SchemaLoadResult {
  schema: AdminSchema;
  /** ETag verbatim, or null where the dialect has none. */
  etag: string | null;
  /** True when the server answered 304 and `schema` is the cached copy passed in. */
  notModified: boolean;
}

export interface RelationOption {
  value: Id;
  label: string;
  item?: Item;
}

export interface RelationSearch {
  term: string;
  page: number;
  perPage: number;
}

export interface RelationPage {
  options: RelationOption[];
  total: number | null;
  hasMore: boolean;
}

export interface DashboardData {
  models: { resource: string; label: string; count: number }[];
  totalRecords?: number;
  widgets?: { id: string; type: string; title: string; data: Record<string, unknown> }[];
}

export interface ActivityEntry {
  action: string;
  resource: string;
  recordId: string | null;
  timestamp: string;
  user: string | null;
  changes: Record<string, { old: unknown; new: unknown }>;
  snapshot?: Item;
}

export interface ActivityFilter {
  resource?: string;
  recordId?: Id;
  limit: number;
}

/** A 429 wait, for a non-blocking notice ("the server asked us to slow down; retrying in 5 s"). */
export interface RateLimitNotice {
  method: string;
  url: string;
  /** 1-based count of 429s for this request. */
  attempt: number;
  /** How long the client waits before retrying (ms). */
  waitMs: number;
  /** Seconds the server asked for, when it said. */
  retryAfter?: number;
  /** False when the request will not be retried automatically (not idempotent, or bound reached). */
  willRetry: boolean;
  /** Epoch ms at which requests resume. */
  until: number;
}

/** Observes session changes (sign-in, refresh, sign-out, session lost). */
export type SessionListener = (user: CurrentUser | null, reason: "signed-in" | "refreshed" | "signed-out" | "lost") => void;

export interface Backend {
  readonly dialect: Dialect;
  /** Base URL as configured (normalised, no trailing slash). */
  readonly baseUrl: string;
  capabilities(): Capabilities;

  // ---- auth
  bootstrap(opts?: BootstrapOptions): Promise<BackendInfo>;
  login(step: LoginStep, opts?: RequestOptions): Promise<LoginResult>;
  /** Refresh the token now (single flight). Resolves false when the session is over. */
  refresh(): Promise<boolean>;
  logout(): Promise<void>;
  /** The restored or signed-in user, or null. Never throws. */
  currentUser(): CurrentUser | null;
  onSessionChange(listener: SessionListener): () => void;
  /** Optional: observe 429 waits (for a non-blocking notice). */
  onRateLimited?(listener: (notice: RateLimitNotice) => void): () => void;

  // ---- schema
  /** Load (and validate) the schema. Pass the cached copy to revalidate with If-None-Match. */
  loadSchema(cached?: SchemaCopy, opts?: RequestOptions): Promise<SchemaLoadResult>;
  /** The create-mode variant of a resource's form where the dialect distinguishes it. */
  createFormSchema?(resource: ResourceSchema, opts?: RequestOptions): Promise<ResourceSchema>;

  // ---- records
  /** The record's primary key, per the dialect's id rules (`id` / `_id` / schema PK). */
  idOf(resource: ResourceSchema, item: Item): Id;
  list(resource: ResourceSchema, query: ListQuery, opts?: RequestOptions): Promise<Page>;
  get(resource: ResourceSchema, id: Id, opts?: RequestOptions): Promise<Versioned>;
  create(resource: ResourceSchema, body: Item, opts?: RequestOptions): Promise<Versioned>;
  /** PATCH (or PUT where PATCH is not allowed) with If-Match when `version` is given/required. */
  update(resource: ResourceSchema, id: Id, patch: Item, version: string | null, opts?: RequestOptions): Promise<Versioned>;
  remove(resource: ResourceSchema, id: Id, version: string | null, opts?: RequestOptions): Promise<void>;

  // ---- relations
  searchRelation(resource: ResourceSchema, field: string, q: RelationSearch, opts?: RequestOptions): Promise<RelationPage>;
  resolveRelation(resource: ResourceSchema, field: string, ids: Id[], opts?: RequestOptions): Promise<RelationOption[]>;

  // ---- optional capabilities (declared in capabilities(); absent = the client falls back)
  bulkDelete?(resource: ResourceSchema, ids: Id[], opts?: RequestOptions): Promise<BulkResult>;
  bulkAction?(resource: ResourceSchema, action: string, ids: Id[], params: Record<string, unknown>, opts?: RequestOptions): Promise<BulkResult>;
  exportServer?(resource: ResourceSchema, format: ExportFormat, ids?: Id[], opts?: RequestOptions): Promise<Blob>;
  dashboard?(opts?: RequestOptions): Promise<DashboardData>;
  activity?(filter: ActivityFilter, opts?: RequestOptions): Promise<ActivityEntry[]>;
}

// ---- the dialect table (src/backend/dialects.ts)

/** What a dialect's adapter is created with. */
export interface DialectOptions extends AdapterOptions {
  baseUrl: string;
  /** Adapter settings as config.json gives them; the dialect parses its own. */
  settings: Record<string, unknown>;
  /** The base was found by the dialect's `probe` (it is the root the dialect's routes hang off). */
  probed?: boolean;
}

/** A dialect served by the in-browser reference backend (demo mode). */
export interface DialectDemo {
  /** Where the reference backend serves this dialect, below the demo origin ("" or "/admin"). */
  path: string;
  /** Shown on the sign-in screen. */
  credentials: readonly DevCredential[];
  /** Adapter settings the demo needs; config.json's own win. */
  settings: Record<string, unknown>;
}

/** One dialect: its folder holds the adapter and this entry. */
export interface DialectEntry<Id extends string = string> {
  /** The `dialect` value of config.json. */
  id: Id;
  /** For messages, e.g. "Craft Easy". */
  name: string;
  /** What `probe` asks for, for the message when no dialect answers. */
  probePaths: string;
  /** Whether this dialect answers at `base` (no trailing slash): the base its routes hang off, or null. */
  probe(base: string, fetch: FetchLike, signal?: AbortSignal): Promise<string | null>;
  /** The adapter (its code may load on demand). */
  create(options: DialectOptions): Promise<Backend>;
  demo(): Promise<DialectDemo>;
}
