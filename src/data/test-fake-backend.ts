// A scriptable in-memory Backend for data-layer tests: every method is a vi.fn the test can
// inspect or replace.
import { vi } from "vitest";
import type {
  Backend,
  Capabilities,
  CurrentUser,
  Id,
  Item,
  ListQuery,
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

export class FakeBackend implements Backend {
  readonly dialect = "craft-easy" as const;
  user: CurrentUser | null = { id: "u1", email: "u1@example.com" };
  private listeners = new Set<SessionListener>();

  constructor(readonly baseUrl = "https://api.example.com") {}

  capabilities = vi.fn((): Capabilities => CAPABILITIES);
  bootstrap = vi.fn(async () => ({ title: "Fake", login: { kind: "none" as const }, authRequired: false, devCredentials: [] }));
  login = vi.fn(async () => ({ status: "two-factor-required" as const }));
  refresh = vi.fn(async () => true);
  logout = vi.fn(async () => undefined);
  currentUser = vi.fn((): CurrentUser | null => this.user);
  onSessionChange = vi.fn((listener: SessionListener) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  });
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
