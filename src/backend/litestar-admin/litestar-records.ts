// Records (litestar-admin.md §6, §9): offset/limit lists without filters, GET of one record,
// POST of the writable fields, PATCH of the changed fields only (never the PK), PUT only when
// configured (with every column), DELETE with soft_delete=false.
import { ApiError } from "../api-error.ts";
import type { HttpResponse } from "../http-client.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { Backend, Item, Page, Versioned } from "../types.ts";
import { asId, badResponse, isRecord, itemPath, modelPath, pkOf } from "./litestar-context.ts";
import type { LitestarContext } from "./litestar-context.ts";
import { buildLitestarListParams, readLitestarPage } from "./litestar-query.ts";
import { t } from "../messages.ts";

/** Message for a 500 on save (litestar-admin.md §1 #5): the server gives no field information. */
export const saveRejectedMessage = (): string => t("saveRejected");

export type LitestarRecords = Pick<Backend, "idOf" | "list" | "get" | "create" | "update" | "remove">;

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
      message: saveRejectedMessage(),
      requestId: e.requestId,
      details: e.details,
    });
  }
  return e;
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

function asItem(res: HttpResponse, what: string): Item {
  if (!isRecord(res.data)) throw badResponse(res.status, `The server's answer to ${what} is not a record.`, res.data);
  return res.data;
}

async function readPage(ctx: LitestarContext, path: string, query: [string, string][], signal?: AbortSignal): Promise<Page> {
  const res = await ctx.http.get(path, { query, signal });
  const offset = Number(query.find(([k]) => k === "offset")?.[1] ?? 0);
  const limit = Number(query.find(([k]) => k === "limit")?.[1] ?? ctx.settings.pageSize);
  const page = readLitestarPage(res.data, { offset, limit });
  if (!page) throw badResponse(res.status, `The server's answer to GET ${path} is not a list page ({items, total, offset, limit}).`, res.data);
  return page;
}

export function litestarRecords(ctx: LitestarContext): LitestarRecords {
  const { http, settings, state } = ctx;

  const records: LitestarRecords = {
    idOf(resource, item) {
      const pk = pkOf(state, resource);
      const id = asId(item[pk]);
      if (id === null) {
        throw new ApiError({ status: 0, code: "CONFIG_ERROR", message: `The record has no \`${pk}\` (primary key) value.`, details: item });
      }
      return id;
    },

    async list(resource, query, ropts) {
      // Filters are never sent: the server has none and ignores unknown parameters (§1 #6).
      return readPage(ctx, modelPath(resource), buildLitestarListParams(query, settings.maxPerPage), ropts?.signal);
    },

    async get(resource, id, ropts): Promise<Versioned> {
      const res = await http.get(itemPath(resource, id), { signal: ropts?.signal });
      return { item: asItem(res, `GET ${itemPath(resource, id)}`), version: null };
    },

    async create(resource, body, ropts): Promise<Versioned> {
      // The create-mode schema decides what may be sent (it has no auto-increment PK, but does
      // list a natural PK the user must supply); without it, the given resource's writable fields.
      const form = state.createForms.get(resource.name);
      const payload = form ? writableBody(form, body, null) : writableBody(resource, body, pkOf(state, resource));
      try {
        const res = await http.post(modelPath(resource), payload, { signal: ropts?.signal });
        return { item: isRecord(res.data) ? res.data : { ...payload }, version: null };
      } catch (e) {
        throw saveError(e);
      }
    },

    async update(resource, id, patch, _version, ropts): Promise<Versioned> {
      const signal = ropts?.signal;
      const pk = pkOf(state, resource);
      try {
        if (settings.usePut) {
          // PUT nulls every nullable column missing from the body (§1 #11): send all of them.
          const current = await records.get(resource, id, { signal });
          const body = writableBody(resource, { ...current.item, ...patch }, pk);
          const res = await http.put(itemPath(resource, id), body, { signal });
          return { item: asItem(res, `PUT ${itemPath(resource, id)}`), version: null };
        }
        // PATCH sets every key it is given, the PK included (§1 #10): send only the changes.
        const body = writableBody(resource, patch, pk);
        if (Object.keys(body).length === 0) return await records.get(resource, id, { signal });
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
  };
  return records;
}
