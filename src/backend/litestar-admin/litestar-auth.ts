// litestar-admin auth helpers (litestar-admin.md §3): TokenResponse parsing (string `expires_in`,
// session placeholders), the user from `/api/auth/me` or the JWT claims, refresh timing.
import { ApiError } from "../api-error.ts";
import { decodeJwt, jwtExpiresAt } from "../session-store.ts";
import type { CurrentUser } from "../types.ts";

export interface LitestarTokens {
  accessToken: string;
  /** Kept from login until it fails (refresh does not rotate it). */
  refreshToken: string | null;
  /** "bearer" or "session" (lower-cased). */
  tokenType: string;
  /** Epoch ms, or null (session backend, or nothing said). */
  expiresAt: number | null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** `expires_in` is a STRING on the wire ("3600"); numbers and null are accepted too. Seconds. */
export function parseExpiresIn(v: unknown): number | null {
  if (typeof v === "number" && Number.isFinite(v) && v > 0) return v;
  if (typeof v === "string" && v.trim() !== "") {
    const n = Number(v);
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
  if (!isRecord(data) || typeof data.access_token !== "string" || data.access_token === "") {
    throw new ApiError({ status, code: "BAD_RESPONSE", message: "The sign-in answer did not contain an access token.", details: data });
  }
  const tokenType = typeof data.token_type === "string" && data.token_type !== "" ? data.token_type.toLowerCase() : "bearer";
  const refreshToken = typeof data.refresh_token === "string" && data.refresh_token !== "" ? data.refresh_token : previousRefresh;
  if (isSessionTokenType(tokenType)) {
    return { accessToken: data.access_token, refreshToken, tokenType, expiresAt: null };
  }
  const fromJwt = jwtExpiresAt(data.access_token);
  const seconds = parseExpiresIn(data.expires_in);
  return {
    accessToken: data.access_token,
    refreshToken,
    tokenType,
    expiresAt: fromJwt ?? (seconds !== null ? now + seconds * 1000 : null),
  };
}

function idString(v: unknown): string | null {
  if (typeof v === "string" && v !== "") return v;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return null;
}

/** `GET /api/auth/me` → `{id, email, roles, permissions}`; null when the shape is unusable. */
export function userFromMe(data: unknown): CurrentUser | null {
  if (!isRecord(data)) return null;
  const id = idString(data.id);
  if (id === null) return null;
  const user: CurrentUser = { id };
  if (typeof data.email === "string" && data.email !== "") user.email = data.email;
  if (typeof data.name === "string" && data.name !== "") user.name = data.name;
  if (Array.isArray(data.roles)) user.roles = data.roles.filter((r): r is string => typeof r === "string");
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
