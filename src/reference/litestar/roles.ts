// The demo users' litestar roles and permission strings (litestar-admin.md §3.4): the system user
// is an admin, everyone else an editor.
import type { DemoUser } from "../users.ts";

const ROLE_PERMISSIONS: Record<string, string[]> = {
  admin: [
    "models:read", "models:write", "models:delete", "models:export", "dashboard:view",
    "users:manage", "users:read", "users:create", "users:edit", "users:delete", "settings:manage", "audit:view",
  ],
  editor: ["models:read", "models:write", "models:export", "dashboard:view"],
};

export function rolesOf(user: DemoUser): string[] {
  return user.scope === "system" ? ["admin"] : ["editor"];
}

export function permissionsOf(user: DemoUser): string[] {
  return [...new Set(rolesOf(user).flatMap((r) => ROLE_PERMISSIONS[r] ?? []))];
}
