// The Craft Easy face of the reference backend (craft-easy.md is the spec): schema, OTP login
// with optional 2FA, refresh/logout, resources with ETag/If-Match, filters, validation errors,
// the error envelope. A plain (Request, path) → Response function: no Node APIs. This file is
// the router; each concern is its own module in this folder.
import type { AdminSchema } from "../../protocol/types.ts";
import { buildSchema } from "../schema.ts";
import type { Store } from "../store/types.ts";
import type { DemoUser } from "../users.ts";
import { logout, refresh, requestCode, sessions, verifyCode, verifyTwoFactor } from "./auth-routes.ts";
import { resourceRoute } from "./resource-route.ts";
import { craftEasyError, jsonResponse } from "./responses.ts";
import { schemaRoute } from "./schema-route.ts";
import type { CraftEasyContext, CraftEasyHandler, CraftEasyHandlerOptions, VerifyPath } from "./types.ts";

export function createCraftEasyHandler(store: Store, options: CraftEasyHandlerOptions): CraftEasyHandler {
  const idKey = options.idKey ?? "id";
  const verifyPath: VerifyPath = options.verifyPath ?? "/auth/login/verify";
  const context: CraftEasyContext = {
    store,
    tokens: options.tokens,
    idKey,
    searchParam: options.searchParam,
    schemaFor(user: DemoUser): AdminSchema {
      const base = buildSchema(user, { idKey });
      const transform = options.schemaTransform?.();
      return transform ? transform(base, user) : base;
    },
  };

  const routes: Record<string, (request: Request) => Response | Promise<Response>> = {
    "GET /health": () => jsonResponse(200, { status: "ok", version: "reference-1.0", timestamp: new Date(store.now()).toISOString() }),
    "GET /ready": () => jsonResponse(200, { status: "ready" }),
    "GET /admin/schema": (request) => schemaRoute(context, request),
    "POST /auth/login/email": (request) => requestCode(request, "email"),
    "POST /auth/login/sms": (request) => requestCode(request, "sms"),
    [`POST ${verifyPath}`]: (request) => verifyCode(context, request),
    "POST /auth/2fa/verify": (request) => verifyTwoFactor(context, request),
    "POST /auth/refresh": (request) => refresh(context, request),
    "POST /auth/logout": (request) => logout(context, request),
    "GET /me/sessions": (request) => sessions(context, request),
  };

  return async (request, pathOverride) => {
    const url = new URL(request.url);
    const path = (pathOverride ?? url.pathname).replace(/\/+$/, "") || "/";
    const method = request.method.toUpperCase();
    if (method === "OPTIONS") return new Response(null, { status: 204 });
    const route = routes[`${method} ${path}`];
    if (route) return route(request);
    if (path.startsWith("/auth/") || path === "/admin/schema") return craftEasyError(404, "NOT_FOUND", `No route ${method} ${path}`, { path });
    const segments = path.split("/").filter(Boolean).map(decodeURIComponent);
    return resourceRoute(context, request, url, segments);
  };
}
