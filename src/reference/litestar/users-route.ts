// `/api/users`: the only routes with permission guards (litestar-admin.md §1 #12, §15), so an
// editor gets the guard 401.
import { DEMO_USERS } from "../users.ts";
import { json, litestarError } from "./responses.ts";
import { permissionsOf, rolesOf } from "./roles.ts";
import type { RouteHandler } from "./types.ts";

export const users: RouteHandler = (ctx) => {
  if (!ctx.user) return litestarError(401, "Authentication required");
  if (!permissionsOf(ctx.user).includes("users:read")) return litestarError(401, "Permission 'users:read' required");
  const items = DEMO_USERS.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    roles: rolesOf(u),
    permissions: permissionsOf(u),
    is_active: true,
    is_superuser: u.scope === "system",
    created_at: null,
    updated_at: null,
    last_login: null,
  }));
  return json(200, { items, total: items.length, page: 1, page_size: 20, total_pages: 1 });
};
