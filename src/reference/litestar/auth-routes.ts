// The public config and the auth routes (litestar-admin.md §3–4): login, refresh (echoes the
// refresh token), logout (a no-op), me, change-password; without an auth backend each answers
// 401 "Authentication is not configured".
import { SCHEMA_ROOT } from "../resources.ts";
import { findUserByEmail } from "../users.ts";
import { LITESTAR_DEMO_CREDENTIALS } from "./litestar-demo.ts";
import { str, structBody } from "./request-body.ts";
import { json, litestarError } from "./responses.ts";
import { permissionsOf, rolesOf } from "./roles.ts";
import type { RouteHandler } from "./types.ts";

const LOGIN = { email: str, password: str };
const REFRESH = { refresh_token: str };
const CHANGE_PASSWORD = { current_password: str, new_password: str };

const notConfigured = (): Response => litestarError(401, "Authentication is not configured");

export const config: RouteHandler = ({ app }) => {
  const debug = app.options.debug ?? true;
  return json(200, {
    title: app.options.title ?? SCHEMA_ROOT.title,
    debug,
    theme: app.options.theme ?? "dark",
    dev_credentials: debug && app.authEnabled ? LITESTAR_DEMO_CREDENTIALS.map((c) => ({ ...c })) : [],
    oauth_providers: [],
  });
};

export const login: RouteHandler = async (ctx) => {
  if (!ctx.app.authEnabled) return notConfigured();
  const r = await structBody(ctx, LOGIN);
  if (!r.ok) return r.response;
  const user = findUserByEmail(r.value.email);
  if (!user || ctx.app.passwords.get(user.email) !== r.value.password) return litestarError(401, "Invalid email or password");
  return ctx.app.tokens.tokenResponse(user, ctx.app.tokens.issueRefresh(user));
};

export const refresh: RouteHandler = async (ctx) => {
  if (!ctx.app.authEnabled) return notConfigured();
  const r = await structBody(ctx, REFRESH);
  if (!r.ok) return r.response;
  const user = ctx.app.tokens.userFromRefreshToken(r.value.refresh_token);
  if (!user) return litestarError(401, "Invalid or expired refresh token");
  return ctx.app.tokens.tokenResponse(user, r.value.refresh_token);
};

export const logout: RouteHandler = ({ app }) => (app.authEnabled ? json(200, { success: true, message: "Logged out successfully" }) : notConfigured());

export const me: RouteHandler = ({ app, user }) => {
  if (!app.authEnabled || !user) return notConfigured();
  return json(200, { id: user.id, email: user.email, roles: rolesOf(user), permissions: permissionsOf(user) });
};

export const changePassword: RouteHandler = async (ctx) => {
  if (!ctx.app.authEnabled || !ctx.user) return notConfigured();
  const r = await structBody(ctx, CHANGE_PASSWORD);
  if (!r.ok) return r.response;
  if (ctx.app.passwords.get(ctx.user.email) !== r.value.current_password) {
    return litestarError(403, "Failed to change password. Please check your current password.");
  }
  ctx.app.passwords.set(ctx.user.email, r.value.new_password);
  return json(200, { success: true, message: "Password changed successfully" });
};
