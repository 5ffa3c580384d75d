// litestar-admin auth helpers (litestar-admin.md §3): TokenResponse parsing (string `expires_in`,
// session placeholders), the user from `/api/auth/me` or the JWT claims, refresh timing.
import * as v from "valibot";
import { ApiError } from "../api-error.ts";
import { decodeJwt, jwtExpiresAt } from "../session-store.ts";
import type { CurrentUser } from "../types.ts";
import { LitestarMeSchema, LitestarTokenResponseSchema } from "./litestar-wire-types.ts";
import { t } from "../messages.ts";

export interface LitestarTokens {
  accessToken: string;
  /** Kept from login until it fails (refresh does not rotate it). */
  refreshToken: string | null;
  /** "bearer" or "session" (lower-cased). */
  tokenType: string;
  /** Epoch ms, or null (session backend, or nothing said). */
  expiresAt: number | null;
}

/** `expires_in` is a STRING on the wire ("3600"); numbers and null are accepted too. Seconds. */
export function parseExpiresIn(x: unknown): number | null {
  if (typeof x === "number" && Number.isFinite(x) && x > 0) return x;
  if (typeof x === "string" && x.trim() !== "") {
    const n = Number(x);
    if (Number.isFinite(n) && n > 0) return n;
  }
  return null;
}

export function isSessionTokenType(tokenType: string): boolean {
  return tokenType.toLowerCase() === "session";
}

/**
 * Parse `{access_token, refresh_token, token_type, expires_in}`. The expiry comes from the JWT
 * `exp` claim when it can be decoded, else from `expires_in`. Session placeholders are never
 * decoded and never expire client-side.
 */
export function parseLitestarTokens(data: unknown, now: number, status = 200, previousRefresh: string | null = null): LitestarTokens {
  const parsed = v.safeParse(LitestarTokenResponseSchema, data);
  if (!parsed.success) {
    throw new ApiError({ status, code: "BAD_RESPONSE", message: t("noAccessToken"), details: data });
  }
  const { access_token: accessToken, token_type: wireType, refresh_token: wireRefresh, expires_in: expiresIn } = parsed.output;
  const tokenType = wireType ? wireType.toLowerCase() : "bearer";
  const refreshToken = wireRefresh || previousRefresh;
  if (isSessionTokenType(tokenType)) {
    return { accessToken, refreshToken, tokenType, expiresAt: null };
  }
  const fromJwt = jwtExpiresAt(accessToken);
  const seconds = parseExpiresIn(expiresIn);
  return {
    accessToken,
    refreshToken,
    tokenType,
    expiresAt: fromJwt ?? (seconds !== null ? now + seconds * 1000 : null),
  };
}

function idString(x: unknown): string | null {
  if (typeof x === "string" && x !== "") return x;
  if (typeof x === "number" && Number.isFinite(x)) return String(x);
  return null;
}

/** `GET /api/auth/me` → `{id, email, roles, permissions}`; null when the shape is unusable. */
export function userFromMe(data: unknown): CurrentUser | null {
  const parsed = v.safeParse(LitestarMeSchema, data);
  if (!parsed.success) return null;
  const me = parsed.output;
  const user: CurrentUser = { id: String(me.id) };
  if (me.email) user.email = me.email;
  if (me.name) user.name = me.name;
  if (me.roles) user.roles = me.roles;
  return user;
}

/** Identity from the access token's claims (`sub`, `email`, `roles`), else from the login email. */
export function userFromClaims(accessToken: string | null, email: string | null): CurrentUser {
  const claims = accessToken ? (decodeJwt(accessToken) ?? {}) : {};
  const id = idString(claims.sub) ?? email ?? "user";
  const user: CurrentUser = { id };
  const claimEmail = typeof claims.email === "string" && claims.email !== "" ? claims.email : null;
  const mail = claimEmail ?? email;
  if (mail) user.email = mail;
  if (Array.isArray(claims.roles)) user.roles = claims.roles.filter((r): r is string => typeof r === "string");
  return user;
}

/**
 * Delay before the proactive refresh: `leewayMs` before expiry. A token that lives shorter than
 * the leeway is refreshed at 80 % of its remaining life (at least min(5 s, 80 %)) so it cannot loop.
 */
export function refreshDelayMs(expiresAt: number, now: number, leewayMs: number): number {
  const remaining = expiresAt - now;
  if (remaining <= 0) return 0;
  const floor = Math.min(5_000, remaining * 0.8);
  return Math.max(remaining - leewayMs, floor);
}
