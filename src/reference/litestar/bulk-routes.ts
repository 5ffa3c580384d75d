// Bulk delete and the custom bulk actions (litestar-admin.md §11): unknown ids are skipped, no
// audit rows are written (§1 #16), only bulk delete checks can_delete.
import type { Actor, Doc, Store } from "../store/types.ts";
import { ServerFault } from "./litestar-values.ts";
import { flags, resolveModel } from "./model-access.ts";
import { actorOf } from "./record-routes.ts";
import { referenced } from "./record-values.ts";
import { array, bool, optional, record, stringIds, structBody } from "./request-body.ts";
import { json, litestarError } from "./responses.ts";
import type { RouteHandler } from "./types.ts";

const BULK_DELETE = { ids: array, soft_delete: optional(bool) };
const BULK_ACTION = { ids: array, params: optional(record) };

type BulkAction = (store: Store, ids: string[], actor: Actor, now: number) => { affected: number; result: Record<string, unknown> };

function setAll(store: Store, collection: string, ids: string[], values: Doc, actor: Actor, verb: string): { affected: number; result: Record<string, unknown> } {
  let affected = 0;
  for (const id of ids) {
    if (!store.get(collection, id)) continue;
    // Bulk actions write no audit rows (§1 #16).
    store.update(collection, id, values, { actor, silent: true });
    affected += 1;
  }
  return { affected, result: { note: `${affected} record(s) ${verb}` } };
}

/** The actions this face implements, per collection (declared to the adapter in litestar-demo.ts). */
const BULK_ACTIONS: Record<string, Record<string, BulkAction>> = {
  products: {
    activate: (store, ids, actor) => setAll(store, "products", ids, { status: "active" }, actor, "activated"),
    archive: (store, ids, actor) => setAll(store, "products", ids, { status: "archived" }, actor, "archived"),
  },
  orders: {
    mark_shipped: (store, ids, actor, now) => setAll(store, "orders", ids, { status: "shipped", shipped_on: new Date(now).toISOString().slice(0, 10) }, actor, "marked as shipped"),
  },
  categories: { deactivate: (store, ids, actor) => setAll(store, "categories", ids, { is_active: false }, actor, "deactivated") },
};

export const bulkDelete: RouteHandler = async (ctx) => {
  const res = resolveModel(ctx);
  if (!res.ok) return res.response;
  const { model, access } = res;
  const { store } = ctx.app;
  const r = await structBody(ctx, BULK_DELETE);
  if (!r.ok) return r.response;
  if (r.value.ids.length === 0) return litestarError(400, "IDs array cannot be empty");
  if (!flags(model, access).can_delete) return litestarError(403, `Bulk delete is not allowed for model '${model.modelName}'`);
  const ids = stringIds(r.value.ids).filter((id) => store.get(model.collection, id) !== undefined);
  if (referenced(store, model, ids, true)) throw new ServerFault("FOREIGN KEY constraint failed");
  const actor = actorOf(ctx);
  for (const id of ids) store.remove(model.collection, id, { actor, silent: true });
  return json(200, { deleted: ids.length, success: true });
};

export const bulkAction: RouteHandler = async (ctx) => {
  const res = resolveModel(ctx);
  if (!res.ok) return res.response;
  const { model } = res;
  const action = ctx.params.action ?? "";
  const r = await structBody(ctx, BULK_ACTION);
  if (!r.ok) return r.response;
  if (r.value.ids.length === 0) return litestarError(400, "IDs array cannot be empty");
  const fn = BULK_ACTIONS[model.collection]?.[action];
  if (!fn) return litestarError(404, `Bulk action '${action}' not found on model '${model.modelName}'`);
  try {
    const out = fn(ctx.app.store, stringIds(r.value.ids), actorOf(ctx), ctx.app.now());
    return json(200, { success: true, affected: out.affected, result: out.result });
  } catch (e) {
    return litestarError(400, `Bulk action '${action}' failed: ${e instanceof Error ? e.message : String(e)}`);
  }
};
