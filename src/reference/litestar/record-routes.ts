// The model's records (litestar-admin.md §6, §9): list with offset/limit, search and sort only;
// GET one with every column; create, PATCH (renames the PK, §1 #10), PUT (nulls missing nullable
// columns, §1 #11) and delete, none of which checks the can_* flags (§1 #12).
import type { Predicate, SortSpec } from "../store/query.ts";
import type { Actor, StoredRecord } from "../store/types.ts";
import type { LitestarModel } from "./litestar-models.ts";
import { ServerFault, encodeRecord } from "./litestar-values.ts";
import { resolveModel } from "./model-access.ts";
import { coerceBody, fillForInsert, fullRecord, nullMissingForPut, referenced } from "./record-values.ts";
import { intParam, objectBody } from "./request-body.ts";
import { internalError, json, litestarError } from "./responses.ts";
import type { RouteContext, RouteHandler } from "./types.ts";

/** Regex for an unescaped ILIKE '%term%' (`%` and `_` act as wildcards, §6). */
export function ilike(term: string): RegExp {
  const body = [...term].map((ch) => (ch === "%" ? ".*" : ch === "_" ? "." : ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("");
  return new RegExp(body, "i");
}

export function clientIp(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "127.0.0.1";
}

export function actorOf(ctx: RouteContext): Actor {
  const ip = clientIp(ctx.request);
  return ctx.user ? { userId: ctx.user.id, userName: ctx.user.name, ip } : { userId: "anonymous", userName: "anonymous", ip };
}

const notFound = (model: LitestarModel, id: string): Response => litestarError(404, `Record '${id}' not found in '${model.modelName}'`);

/** Only offset, limit, sort_by, sort_order and search exist; anything else is ignored (§1 #6). */
function listQuery(ctx: RouteContext, model: LitestarModel): { sort?: SortSpec[]; where?: Predicate } {
  const q = ctx.url.searchParams;
  const sortBy = q.get("sort_by");
  const sort = sortBy && model.sortable.includes(sortBy) ? [{ field: sortBy, desc: q.get("sort_order") === "desc" }] : undefined;
  const search = q.get("search");
  if (!search || model.searchable.length === 0) return { sort };
  const re = ilike(search);
  return { sort, where: { kind: "or", items: model.searchable.map((field) => ({ kind: "cmp" as const, field, op: "regex" as const, value: re })) } };
}

export const listRecords: RouteHandler = (ctx) => {
  const res = resolveModel(ctx);
  if (!res.ok) return res.response;
  const { model } = res;
  const off = intParam(ctx, "offset", 0);
  if (!off.ok) return off.response;
  const lim = intParam(ctx, "limit", 50);
  if (!lim.ok) return lim.response;
  const offset = Math.max(0, off.value);
  const limit = Math.min(100, Math.max(1, lim.value));
  const { items, total } = ctx.app.store.find(model.collection, { ...listQuery(ctx, model), offset, limit });
  return json(200, { items: items.map((r) => encodeRecord(model, r.doc, model.listColumns)), total, offset, limit });
};

export const createRecord: RouteHandler = async (ctx) => {
  const res = resolveModel(ctx);
  if (!res.ok) return res.response;
  const { model } = res;
  const { store } = ctx.app;
  const r = await objectBody(ctx);
  if (!r.ok) return r.response;
  if (ctx.app.simulatedFailure()) return internalError();
  const { values } = coerceBody(store, model, r.value);
  fillForInsert(store, model, values);
  const rec = store.insert(model.collection, values, { actor: actorOf(ctx) });
  return json(201, fullRecord(model, rec));
};

/** The route's model and live record, or the answer to give instead (404). */
function resolveRecord(ctx: RouteContext): { ok: true; model: LitestarModel; rec: StoredRecord } | { ok: false; response: Response } {
  const res = resolveModel(ctx);
  if (!res.ok) return res;
  const id = ctx.params.id ?? "";
  const rec = ctx.app.store.get(res.model.collection, id);
  return rec ? { ok: true, model: res.model, rec } : { ok: false, response: notFound(res.model, id) };
}

export const getRecord: RouteHandler = (ctx) => {
  const found = resolveRecord(ctx);
  if (!found.ok) return found.response;
  // GET one returns every column, not just the list columns (§9).
  return json(200, fullRecord(found.model, found.rec));
};

export const writeRecord = (mode: "patch" | "put"): RouteHandler => async (ctx) => {
  const found = resolveRecord(ctx);
  if (!found.ok) return found.response;
  const { model, rec } = found;
  const { store } = ctx.app;
  const r = await objectBody(ctx);
  if (!r.ok) return r.response;
  if (ctx.app.simulatedFailure()) return internalError();
  const { values, newPk } = coerceBody(store, model, r.value);
  if (mode === "put") nullMissingForPut(model, values);
  const actor = actorOf(ctx);
  let current = store.update(model.collection, rec.id, values, { actor }, "update");
  if (mode === "patch" && newPk !== undefined && newPk !== current.id) {
    // PATCH sets every attribute it is given, the primary key included (§1 #10).
    if (store.get(model.collection, newPk, { includeDeleted: true })) throw new ServerFault("UNIQUE constraint failed: id");
    if (referenced(store, model, [current.id], false)) throw new ServerFault("FOREIGN KEY constraint failed");
    store.load(model.collection, [{ ...current.doc, id: newPk }]);
    store.remove(model.collection, current.id, { actor, silent: true });
    current = store.get(model.collection, newPk) as StoredRecord;
  }
  return json(200, fullRecord(model, current));
};

export const deleteRecord: RouteHandler = (ctx) => {
  const found = resolveRecord(ctx);
  if (!found.ok) return found.response;
  const { model, rec } = found;
  if (ctx.app.simulatedFailure()) return internalError();
  if (referenced(ctx.app.store, model, [rec.id], true)) throw new ServerFault("FOREIGN KEY constraint failed");
  ctx.app.store.remove(model.collection, rec.id, { actor: actorOf(ctx) });
  return json(200, { success: true, message: `Record '${ctx.params.id ?? ""}' deleted successfully` });
};
