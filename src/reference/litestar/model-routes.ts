// The model catalog and the per-model form schema (litestar-admin.md §5, §7): `mode` defaults to
// create; any other value counts as edit.
import { litestarModelSchema } from "./litestar-models.ts";
import { flags, resolveModel, visibleModels } from "./model-access.ts";
import { json } from "./responses.ts";
import type { RouteHandler } from "./types.ts";

export const listModels: RouteHandler = (ctx) =>
  json(
    200,
    visibleModels(ctx.user).map(({ model, access }) => ({
      name: model.name,
      model_name: model.modelName,
      icon: model.icon,
      category: model.category,
      ...flags(model, access),
    })),
  );

export const modelSchema: RouteHandler = (ctx) => {
  const res = resolveModel(ctx);
  if (!res.ok) return res.response;
  const mode = ctx.url.searchParams.get("mode");
  return json(200, litestarModelSchema(res.model, mode === null || mode === "create" ? "create" : "edit"));
};
