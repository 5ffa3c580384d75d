// The relation picker's endpoints (litestar-admin.md §8): search the related model by its display
// column and its id (ILIKE: both are string columns), ordered by the display column, paged;
// options resolve ids in the order asked.
import type { Predicate } from "../store/query.ts";
import type { StoredRecord } from "../store/types.ts";
import { columnOf, findLitestarModel, labelColumn } from "./litestar-models.ts";
import type { LitestarColumn, LitestarModel } from "./litestar-models.ts";
import { resolveModel } from "./model-access.ts";
import { ilike } from "./record-routes.ts";
import { intParam } from "./request-body.ts";
import { json, litestarError } from "./responses.ts";
import type { RouteContext, RouteHandler } from "./types.ts";

/** `{field}` may be the FK column (`category_id`) or the relationship attribute (`category`). */
function relationColumn(model: LitestarModel, field: string): LitestarColumn | undefined {
  return model.columns.find((c) => c.relation && (c.name === field || c.name === `${field}_id`));
}

interface Relation {
  related: LitestarModel;
  label: string | null;
}

function toItem(relation: Relation, r: StoredRecord) {
  const { label } = relation;
  return { id: r.id, label: label && r.doc[label] != null ? String(r.doc[label]) : r.id, data: null };
}

function options(ctx: RouteContext, relation: Relation): Response {
  const ids = (ctx.url.searchParams.get("ids") ?? "").split(",").map((s) => s.trim()).filter((s) => s !== "");
  const items = ids
    .map((id) => ctx.app.store.get(relation.related.collection, id))
    .filter((r): r is StoredRecord => r !== undefined)
    .map((r) => toItem(relation, r));
  return json(200, { items, total: items.length, has_more: false });
}

function search(ctx: RouteContext, relation: Relation): Response {
  const lim = intParam(ctx, "limit", 20);
  if (!lim.ok) return lim.response;
  const pg = intParam(ctx, "page", 1);
  if (!pg.ok) return pg.response;
  const limit = Math.min(100, Math.max(1, lim.value));
  const page = Math.max(1, pg.value);
  const q = ctx.url.searchParams.get("q") ?? "";
  const { label } = relation;
  // ILIKE over the display column and the PK, both string columns here (§8).
  const columns = label ? [label, "id"] : ["id"];
  const where: Predicate | undefined = q === "" ? undefined : { kind: "or", items: columns.map((field) => ({ kind: "cmp", field, op: "regex", value: ilike(q) })) };
  const offset = (page - 1) * limit;
  const { items, total } = ctx.app.store.find(relation.related.collection, { where, sort: label ? [{ field: label, desc: false }] : undefined, offset, limit });
  return json(200, { items: items.map((r) => toItem(relation, r)), total, has_more: offset + items.length < total });
}

export const relationship = (op: "search" | "options"): RouteHandler => (ctx) => {
  const res = resolveModel(ctx);
  if (!res.ok) return res.response;
  const field = ctx.params.field ?? "";
  const col = relationColumn(res.model, field);
  const related = col?.relation ? findLitestarModel(col.relation.collection) : undefined;
  if (!col?.relation || !related) return litestarError(404, `Relationship '${field}' not found on model '${res.model.modelName}'`);
  const label = columnOf(related, col.relation.displayField) ? col.relation.displayField : labelColumn(related);
  return op === "options" ? options(ctx, { related, label }) : search(ctx, { related, label });
};
