// Records (craft-easy.md §5, §7): lists with the sort-drop retry, reads that keep the ETag, and
// writes with If-Match (a 428 fetches the ETag and retries once; 412 is the caller's conflict).
import { ApiError } from "../api-error.ts";
import type { HttpResponse } from "../http-client.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { Id, Item, ListQuery, Page, RequestOptions, Versioned } from "../types.ts";
import type { CraftEasyContext } from "./craft-easy-context.ts";
import { writableBody } from "./craft-easy-fields.ts";
import { fetchPage, trimEndpoint } from "./craft-easy-list-page.ts";
import { buildListParams } from "./craft-easy-query.ts";
import { isItem } from "./craft-easy-wire.ts";
import { t } from "../messages.ts";

export interface CraftEasyRecords {
  list(resource: ResourceSchema, query: ListQuery, opts?: RequestOptions): Promise<Page>;
  get(resource: ResourceSchema, id: Id, opts?: RequestOptions): Promise<Versioned>;
  create(resource: ResourceSchema, body: Item, opts?: RequestOptions): Promise<Versioned>;
  update(resource: ResourceSchema, id: Id, patch: Item, version: string | null, opts?: RequestOptions): Promise<Versioned>;
  remove(resource: ResourceSchema, id: Id, version: string | null, opts?: RequestOptions): Promise<void>;
}

/** One write of a record with If-Match: `send` runs with the ETag to match. */
interface ConditionalWrite {
  etag: string;
  send: (ifMatch: string) => Promise<HttpResponse>;
  /** A fresh ETag (GET of the record), for the one retry after a 428. */
  refetch: () => Promise<string>;
}

/** On 428 GET the item for an ETag and retry exactly once; a second 428 is reported (§7.3). */
async function conditionalWrite(write: ConditionalWrite): Promise<HttpResponse> {
  try {
    return await write.send(write.etag);
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 428) throw e;
  }
  const fresh = await write.refetch();
  try {
    return await write.send(fresh);
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 428) throw e;
    throw new ApiError({
      status: 428,
      code: e.code,
      message: t("ifMatchLoop", { reason: e.message }),
      requestId: e.requestId,
      details: e.details,
    });
  }
}

/** A GET of one record: the record and its ETag, or the clear error for what is missing. */
function versioned(res: HttpResponse, what: string): Versioned & { version: string } {
  if (!isItem(res.data)) {
    throw new ApiError({ status: res.status, code: "BAD_RESPONSE", message: `The server's answer to ${what} is not a record.`, details: res.data });
  }
  if (!res.etag) {
    throw new ApiError({
      status: res.status,
      code: "ETAG_NOT_EXPOSED",
      message: t("etagNotExposed"),
    });
  }
  return { item: res.data, version: res.etag };
}

function itemPath(resource: ResourceSchema, id: Id): string {
  return `${trimEndpoint(resource.endpoint)}/${encodeURIComponent(String(id))}`;
}

function hasMethod(resource: ResourceSchema, method: string): boolean {
  return resource.methods.some((m) => m.toUpperCase() === method);
}

/** §3.1: a sorted request that fails (the field is not sortable) is retried once without the sort. */
function sortRefused(resource: ResourceSchema, query: ListQuery, e: unknown): boolean {
  const sorted = query.sort === undefined ? resource.list.sort_default.trim() !== "" : query.sort.length > 0;
  return sorted && e instanceof ApiError && [400, 422, 500].includes(e.status);
}

export function createCraftEasyRecords(ctx: CraftEasyContext): CraftEasyRecords {
  const { http, settings, etags, ids } = ctx;

  async function list(resource: ResourceSchema, query: ListQuery, opts?: RequestOptions): Promise<Page> {
    const fetchWith = (q: ListQuery) => fetchPage({ http, endpoint: resource.endpoint, query: buildListParams(resource, q, settings), signal: opts?.signal });
    let page: Page;
    try {
      page = await fetchWith(query);
    } catch (e) {
      if (!sortRefused(resource, query, e)) throw e;
      page = { ...(await fetchWith({ ...query, sort: [] })), sortDropped: true };
    }
    // `idField: "auto"` learns the server's id key from the first record that has one
    for (const item of page.items) {
      if (ids.detectedKey() !== null) break;
      ids.read(item);
    }
    return page;
  }

  async function get(resource: ResourceSchema, id: Id, opts?: RequestOptions): Promise<Versioned & { version: string }> {
    const res = await http.get(itemPath(resource, id), { signal: opts?.signal });
    const got = versioned(res, `GET ${resource.endpoint}/${String(id)}`);
    etags.remember({ resource, id, etag: got.version, item: got.item });
    return got;
  }

  /** The ETag to send: the caller's, the last one seen, or a fresh GET's (§7.3). */
  async function versionFor(resource: ResourceSchema, id: Id, version: string | null, signal?: AbortSignal): Promise<string> {
    if (version) return version;
    const cached = etags.get(resource, id);
    if (cached) return cached.etag;
    return (await get(resource, id, { signal })).version;
  }

  /** PUT replaces the document: it needs every writable field (§7.1), so current values + changes. */
  async function putBase(resource: ResourceSchema, id: Id, version: string | null, signal?: AbortSignal): Promise<{ base: Item; etag: string | null }> {
    const cached = etags.get(resource, id);
    if (cached && (!version || cached.etag === version)) return { base: cached.item, etag: version ?? cached.etag };
    const fresh = await get(resource, id, { signal });
    return { base: fresh.item, etag: version ?? fresh.version };
  }

  async function update(resource: ResourceSchema, id: Id, patch: Item, version: string | null, opts?: RequestOptions): Promise<Versioned> {
    const signal = opts?.signal;
    const usePut = !hasMethod(resource, "PATCH") && hasMethod(resource, "PUT");
    const { base, etag } = usePut ? await putBase(resource, id, version, signal) : { base: {}, etag: version };
    const body = writableBody(resource, usePut ? { ...base, ...patch } : patch);
    const res = await conditionalWrite({
      etag: await versionFor(resource, id, etag, signal),
      send: (m) => http.request({ method: usePut ? "PUT" : "PATCH", path: itemPath(resource, id), json: body, ifMatch: m, signal }),
      refetch: async () => (await get(resource, id, { signal })).version,
    });
    const item = isItem(res.data) ? res.data : { ...base, ...patch };
    etags.remember({ resource, id, etag: res.etag, item });
    return { item, version: res.etag };
  }

  return {
    list,
    get,
    update,
    async create(resource, body, opts) {
      const res = await http.post(trimEndpoint(resource.endpoint), writableBody(resource, body), { signal: opts?.signal });
      const item = isItem(res.data) ? res.data : { ...body };
      const id = ids.read(item);
      if (id !== null) etags.remember({ resource, id, etag: res.etag, item });
      return { item, version: res.etag };
    },
    async remove(resource, id, version, opts) {
      const signal = opts?.signal;
      await conditionalWrite({
        etag: await versionFor(resource, id, version, signal),
        send: (m) => http.request({ method: "DELETE", path: itemPath(resource, id), ifMatch: m, signal, responseType: "none" }),
        refetch: async () => (await get(resource, id, { signal })).version,
      });
      etags.forget(resource, id);
    },
  };
}
