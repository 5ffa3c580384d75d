// Which models a user sees and what the catalog's can_* flags say (litestar-admin.md §5): the
// Craft Easy access rules of the same user, or every method without an auth backend. The flags
// are hints; only bulk delete enforces can_delete (§1 #12).
import { accessFor } from "../schema.ts";
import type { DemoUser } from "../users.ts";
import { LITESTAR_MODELS, findLitestarModel } from "./litestar-models.ts";
import type { LitestarModel } from "./litestar-models.ts";
import { litestarError } from "./responses.ts";
import type { RouteContext } from "./types.ts";

export interface ModelAccess {
  methods: string[];
}

function accessOf(user: DemoUser | null, model: LitestarModel): ModelAccess | null {
  if (!user) return { methods: model.definition.schema.methods.slice() };
  const a = accessFor(user, model.collection);
  return a ? { methods: a.methods } : null;
}

export function flags(model: LitestarModel, access: ModelAccess) {
  const f = model.definition.schema.features;
  return {
    can_create: f.create && access.methods.includes("POST"),
    can_edit: f.edit && (access.methods.includes("PATCH") || access.methods.includes("PUT")),
    can_delete: f.delete && access.methods.includes("DELETE"),
    can_view_details: true,
  };
}

export function visibleModels(user: DemoUser | null): { model: LitestarModel; access: ModelAccess }[] {
  return LITESTAR_MODELS.flatMap((model) => {
    const access = accessOf(user, model);
    return access ? [{ model, access }] : [];
  });
}

export type Resolved = { ok: true; model: LitestarModel; access: ModelAccess } | { ok: false; response: Response };

/** The route's `:m` model: 404 when unknown, 403 when the user may not see it. */
export function resolveModel(ctx: RouteContext): Resolved {
  const segment = ctx.params.m ?? "";
  const model = findLitestarModel(segment);
  if (!model) return { ok: false, response: litestarError(404, `Model '${segment}' not found`) };
  const access = accessOf(ctx.user, model);
  if (!access) return { ok: false, response: litestarError(403, `Access denied to model '${model.modelName}'`) };
  return { ok: true, model, access };
}
