// Craft Easy auth helpers (craft-easy.md §4): TokenResponse parsing, the token header, the user
// derived from the login target + JWT claims, and when to refresh proactively.
import { decodeJwt, jwtExpiresAt } from "../session-store.ts";
import type { CurrentUser } from "../types.ts";
import { expectWire, TokenResponseShape } from "./craft-easy-wire.ts";
import { t } from "../messages.ts";

export interface CraftEasyTokenResponse {
  token: string;
  tokenType: string;
  /** Epoch ms, or null when neither `expires` nor the JWT `exp` says. */
  expiresAt: number | null;
  requires2fa: boolean;
}

/** `expires` (ISO 8601; a number is read as epoch seconds or ms) → epoch ms. */
export function parseExpires(v: unknown): number | null {
  if (typeof v === "string" && v.trim() !== "") {
    const t = Date.parse(v);
    return Number.isNaN(t) ? null : t;
  }
  if (typeof v === "number" && Number.isFinite(v)) return v > 1e12 ? v : v * 1000;
  return null;
}

/** Parse `{token, token_type, expires, requires_2fa}`; throws a clear ApiError when `token` is absent. */
export function parseTokenResponse(data: unknown, status = 200): CraftEasyTokenResponse {
  const tr = expectWire(TokenResponseShape, data, { status, message: t("noToken") });
  return {
    token: tr.token,
    tokenType: tr.token_type,
    expiresAt: parseExpires(tr.expires) ?? jwtExpiresAt(tr.token),
    requires2fa: tr.requires_2fa || tr.token_type === "pre_auth",
  };
}

/** Header value: `Bearer <token>` only when the header is Authorization (§4.1). */
export function tokenHeaderValue(header: string, token: string): string {
  return header.toLowerCase() === "authorization" ? `Bearer ${token}` : token;
}

/** Identity from the sign-in target (email/phone) and the JWT claims (`user_id`, `scope`). */
export function userFromToken(token: string, target: string | null): CurrentUser {
  const claims = decodeJwt(token) ?? {};
  const claim = (k: string): string | undefined => {
    const v = claims[k];
    return typeof v === "string" && v !== "" ? v : typeof v === "number" ? String(v) : undefined;
  };
  const id = claim("user_id") ?? claim("sub") ?? target ?? "user";
  const user: CurrentUser = { id };
  const email = target && target.includes("@") ? target : claim("email");
  if (email) user.email = email;
  const name = claim("name") ?? claim("user_name") ?? (target && !target.includes("@") ? target : undefined);
  if (name) user.name = name;
  const scope = claim("scope");
  if (scope) user.scope = scope;
  const roles = claims.roles;
  if (Array.isArray(roles)) user.roles = roles.filter((r): r is string => typeof r === "string");
  return user;
}

/**
 * Delay before a proactive refresh: 2 minutes before expiry or at 80 % of the remaining life,
 * whichever is sooner (§4.5). Never less than min(5 s, 80 %) so very short tokens cannot loop.
 */
export function refreshDelayMs(expiresAt: number, now: number): number {
  const remaining = expiresAt - now;
  if (remaining <= 0) return 0;
  const delay = Math.min(remaining - 120_000, remaining * 0.8);
  return Math.max(delay, Math.min(5_000, remaining * 0.8));
}
