// Dashboard stats, widgets and the activity feed (litestar-admin.md §13): activity is the shared
// audit log of the litestar models, newest first, with string record ids, naive timestamps and
// the change map for updates only.
import type { AuditEntry } from "../store/types.ts";
import { findUserById } from "../users.ts";
import { LITESTAR_MODELS } from "./litestar-models.ts";
import { naiveTimestamp } from "./litestar-values.ts";
import { visibleModels } from "./model-access.ts";
import { intParam } from "./request-body.ts";
import { json } from "./responses.ts";
import type { RouteHandler } from "./types.ts";

const AUDIT_ACTION: Record<string, string> = { insert: "create", update: "update", replace: "update", delete: "delete", depersonalize: "update" };

export const stats: RouteHandler = ({ app, user }) => {
  const models = visibleModels(user).map(({ model }) => ({
    name: model.name,
    model_name: model.modelName,
    count: app.store.count(model.collection),
    icon: model.icon,
    category: model.category,
  }));
  return json(200, {
    models,
    total_records: models.reduce((n, m) => n + m.count, 0),
    total_models: models.length,
    widgets: app.options.widgets ?? [],
  });
};

export const widgets: RouteHandler = ({ app }) => json(200, app.options.widgets ?? []);

function activityEntry(e: AuditEntry) {
  const action = AUDIT_ACTION[e.operation] ?? e.operation;
  return {
    action,
    model: e.resource,
    record_id: e.item_id === undefined || e.item_id === null ? null : String(e.item_id),
    timestamp: naiveTimestamp(e.created_at),
    user: findUserById(e.user_id)?.email ?? null,
    details: action === "update" ? e.changes : {},
  };
}

export const activity: RouteHandler = (ctx) => {
  const lim = intParam(ctx, "limit", 50);
  if (!lim.ok) return lim.response;
  const modelName = ctx.url.searchParams.get("model_name");
  const recordId = ctx.url.searchParams.get("record_id");
  const litestarCollections = new Set(LITESTAR_MODELS.map((m) => m.collection));
  const entries = ctx.app.store
    .auditLog()
    .filter((e) => litestarCollections.has(e.resource))
    .filter((e) => (modelName ? e.resource === modelName : true))
    .filter((e) => (recordId ? e.item_id === recordId : true))
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.created_at < b.e.created_at ? 1 : a.e.created_at > b.e.created_at ? -1 : b.i - a.i))
    .slice(0, Math.max(0, lim.value))
    .map(({ e }) => activityEntry(e));
  return json(200, entries);
};
