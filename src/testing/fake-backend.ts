// The one scriptable in-memory Backend for unit and component tests (data hooks, views, the
// sign-in form): every member is a vi.fn the test can inspect or replace, with a plain answer by
// default. Tests that need real protocol behaviour use the reference backend instead
// (src/testing/reference-adapters.ts).
import { vi } from "vitest";
import type {
  Backend,
  BackendInfo,
  Capabilities,
  CurrentUser,
  Id,
  Item,
  ListQuery,
  LoginResult,
  LoginStep,
  Page,
  RelationOption,
  RelationPage,
  SchemaLoadResult,
  SessionListener,
  Versioned,
} from "../backend/types.ts";
import type { AdminSchema, ResourceSchema } from "../protocol/types.ts";

export const CAPABILITIES: Capabilities = {
  filterOps: ["eq"],
  multiSort: false,
  sortReliable: true,
  search: true,
  searchFieldsUnknown: false,
  concurrency: "etag",
  maxPerPage: 100,
  exportServer: null,
  importServer: false,
  bulkDeleteServer: false,
  bulkActions: {},
  dashboard: false,
  activity: false,
  writeConcurrency: 4,
};

export function fakeResource(name: string, over: Partial<ResourceSchema> = {}): ResourceSchema {
  return {
    endpoint: `/${name}`,
    name,
    label: name,
    label_plural: name,
    methods: ["GET", "POST", "PATCH", "DELETE"],
    list: { fields: ["name"], search_fields: [], filter_fields: [], sort_default: "", page_size: 25 },
    form: { groups: [{ label: "", fields: ["name"] }] },
    fields: {
      id: { type: "string", widget: "text", required: false, readonly: true },
      name: { type: "string", widget: "text", required: true, readonly: false },
      owner: {
        type: "string",
        widget: "relation",
        required: false,
        readonly: false,
        relation: { endpoint: "/users", label_field: "name", search_field: "name", value_field: "id" },
      },
      editor: {
        type: "string",
        widget: "relation",
        required: false,
        readonly: false,
        relation: { endpoint: "/users", label_field: "name", search_field: "name", value_field: "id" },
      },
    },
    features: { create: true, edit: true, delete: true, export: true, bulk_delete: true, duplicate: true },
    ...over,
  };
}

export function fakeSchema(title = "Fake", resources: ResourceSchema[] = [fakeResource("orders"), fakeResource("users")]): AdminSchema {
  return {
    version: "1.0",
    title,
    auth: { login_endpoint: "/auth/login/email", refresh_endpoint: "/auth/refresh", token_header: "X-API-Key" },
    modules: {},
    navigation: [{ label: "", resources: resources.map((r) => r.name) }],
    resources,
  };
}

/** What `bootstrap()` answers by default: a backend without sign-in. */
export const NO_AUTH_INFO: BackendInfo = { title: "Fake", login: { kind: "none" }, authRequired: false, devCredentials: [] };

/** A backend that signs in with an e-mailed code (for sign-in screens). */
export const OTP_INFO: BackendInfo = { title: "Test Admin", login: { kind: "otp", channels: ["email"] }, authRequired: true, devCredentials: [] };

export interface FakeBackendOptions {
  /** The signed-in user; null = signed out. Default `{ id: "u1", email: "u1@example.com" }`. */
  user?: CurrentUser | null;
  /** What `bootstrap()` answers. Default `NO_AUTH_INFO`. */
  info?: BackendInfo;
  /** How `login()` answers each step. Default: every step answers "two-factor-required". */
  login?: (step: LoginStep) => Promise<LoginResult>;
  baseUrl?: string;
}

export class FakeBackend implements Backend {
  readonly dialect = "craft-easy" as const;
  readonly baseUrl: string;
  user: CurrentUser | null;
  private listeners = new Set<SessionListener>();

  constructor(options: FakeBackendOptions = {}) {
    this.baseUrl = options.baseUrl ?? "https://api.example.com";
    this.user = options.user === undefined ? { id: "u1", email: "u1@example.com" } : options.user;
    const info = options.info ?? NO_AUTH_INFO;
    this.bootstrap = vi.fn(async () => info);
    this.login = vi.fn(options.login ?? (async (): Promise<LoginResult> => ({ status: "two-factor-required" })));
  }

  capabilities = vi.fn((): Capabilities => CAPABILITIES);
  bootstrap: ReturnType<typeof vi.fn<() => Promise<BackendInfo>>>;
  login: ReturnType<typeof vi.fn<(step: LoginStep) => Promise<LoginResult>>>;
  refresh = vi.fn(async () => true);
  logout = vi.fn(async () => undefined);
  currentUser = vi.fn((): CurrentUser | null => this.user);
  onSessionChange = vi.fn((listener: SessionListener) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  });
  /** Tell every session listener that the session changed (as the adapter would). */
  emitSession(user: CurrentUser | null, reason: Parameters<SessionListener>[1]): void {
    for (const l of this.listeners) l(user, reason);
  }

  loadSchema = vi.fn(async (_cached?: { schema: AdminSchema; etag: string | null }, _opts?: { signal?: AbortSignal }): Promise<SchemaLoadResult> => ({
    schema: fakeSchema(),
    etag: '"v1"',
    notModified: false,
  }));

  idOf = vi.fn((_r: ResourceSchema, item: Item): Id => {
    const id = item.id ?? item._id;
    if (typeof id !== "string" && typeof id !== "number") throw new Error("no id");
    return id;
  });
  list = vi.fn(async (_r: ResourceSchema, q: ListQuery, _opts?: { signal?: AbortSignal }): Promise<Page> => ({
    items: [{ id: `p${q.page}` }],
    total: 100,
    page: q.page,
    perPage: q.perPage,
  }));
  get = vi.fn(async (_r: ResourceSchema, id: Id): Promise<Versioned> => ({ item: { id, name: `Item ${id}` }, version: '"1"' }));
  create = vi.fn(async (_r: ResourceSchema, body: Item): Promise<Versioned> => ({ item: { id: "new", ...body }, version: '"1"' }));
  update = vi.fn(async (_r: ResourceSchema, id: Id, patch: Item, _version: string | null): Promise<Versioned> => ({
    item: { id, ...patch },
    version: '"2"',
  }));
  remove = vi.fn(async (_r: ResourceSchema, _id: Id, _version: string | null): Promise<void> => undefined);
  searchRelation = vi.fn(async (): Promise<RelationPage> => ({ options: [], total: 0, hasMore: false }));
  resolveRelation = vi.fn(async (_r: ResourceSchema, _field: string, ids: Id[]): Promise<RelationOption[]> =>
    ids.filter((id) => String(id) !== "missing").map((id) => ({ value: id, label: `User ${id}` })),
  );
}
