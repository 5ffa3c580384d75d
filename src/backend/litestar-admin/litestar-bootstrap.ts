// Before sign-in (litestar-admin.md §3.4, §4): the title, theme and debug quick-login cards from
// /api/config, and whether the server has an auth backend at all.
import { ApiError } from "../api-error.ts";
import type { Backend, BackendInfo, DevCredential } from "../types.ts";
import { isAborted, isRecord } from "./litestar-context.ts";
import type { LitestarContext } from "./litestar-context.ts";
import { loadConfig } from "./litestar-schema-loader.ts";
import type { LitestarConfigResponse } from "./litestar-wire-types.ts";

const NOT_CONFIGURED = "Authentication is not configured";

/**
 * No-auth detection (§3.4): /api/auth/me → 401 "Authentication is not configured" while
 * /api/models answers 200.
 */
async function authRequired(ctx: LitestarContext, signal?: AbortSignal): Promise<boolean> {
  try {
    await ctx.http.get("/api/auth/me", { anonymous: true, signal });
    return true;
  } catch (e) {
    if (isAborted(e, signal)) throw e;
    const notConfigured = e instanceof ApiError && e.status === 401 && (e.message === NOT_CONFIGURED || (isRecord(e.details) && e.details.detail === NOT_CONFIGURED));
    if (!notConfigured) return true;
  }
  try {
    const res = await ctx.http.get("/api/models", { anonymous: true, signal });
    return !Array.isArray(res.data);
  } catch (e) {
    if (isAborted(e, signal)) throw e;
    return true;
  }
}

/** Quick-login cards: only in debug mode (§4). */
function devCredentials(config: LitestarConfigResponse | null): DevCredential[] {
  if (config?.debug !== true) return [];
  return config.dev_credentials
    .filter((c) => typeof c.email === "string")
    .map((c) => {
      const d: DevCredential = { email: c.email };
      if (typeof c.password === "string") d.password = c.password;
      if (typeof c.role === "string") d.role = c.role;
      return d;
    });
}

export function litestarBootstrap(ctx: LitestarContext): Pick<Backend, "bootstrap"> {
  return {
    async bootstrap(ropts) {
      const signal = ropts?.signal;
      const config = await loadConfig(ctx, signal);
      const required = await authRequired(ctx, signal);
      const info: BackendInfo = {
        title: config?.title || "Admin",
        login: required ? { kind: "password" } : { kind: "none" },
        authRequired: required,
        devCredentials: devCredentials(config),
      };
      if (config) info.initialColorMode = config.theme;
      return info;
    },
  };
}
