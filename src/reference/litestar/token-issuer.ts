// The face's tokens (litestar-admin.md §3): access tokens from a token authority (the reference
// backend's shared one when mounted), refresh tokens of its own (never rotated, expirable as a
// batch), and the token response with its STRING `expires_in`.
import { createTokenAuthority } from "../tokens.ts";
import type { TokenAuthority } from "../tokens.ts";
import { findUserById } from "../users.ts";
import type { DemoUser } from "../users.ts";
import { signToken, verifyToken } from "./litestar-tokens.ts";
import { json } from "./responses.ts";
import { permissionsOf, rolesOf } from "./roles.ts";

export interface TokenIssuer {
  issueRefresh(user: DemoUser): string;
  /** A new access token; `refreshToken` is echoed back (no rotation, §1 #3). */
  tokenResponse(user: DemoUser, refreshToken: string): Response;
  /** A valid access token's user; a refresh token (or anything else) is not one. */
  userFromAccessToken(token: string | null): DemoUser | null;
  userFromRefreshToken(token: string): DemoUser | null;
  expireAccessTokens(): void;
  expireRefreshTokens(): void;
}

export interface TokenIssuerOptions {
  now: () => number;
  /** Default: a private authority with `accessTtlSeconds`. */
  tokens?: TokenAuthority;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
}

export function createTokenIssuer(options: TokenIssuerOptions): TokenIssuer {
  const { now, refreshTtlSeconds } = options;
  const tokens = options.tokens ?? createTokenAuthority({ now, ttlSeconds: options.accessTtlSeconds });
  const secret = `atrium-litestar-${Math.floor(now())}`;
  const nowSeconds = (): number => Math.floor(now() / 1000);
  let jti = 0;
  let expiredUpTo = 0;
  return {
    issueRefresh(user) {
      const iat = nowSeconds();
      jti += 1;
      return signToken({ sub: user.id, email: user.email, roles: rolesOf(user), permissions: permissionsOf(user), type: "refresh", iat, exp: iat + refreshTtlSeconds, jti }, secret);
    },
    tokenResponse(user, refreshToken) {
      // The claims a litestar access token carries (§3.2), beside the authority's own.
      const extraClaims = { sub: user.id, email: user.email, roles: rolesOf(user), permissions: permissionsOf(user), type: "access" };
      const { token, claims } = tokens.issue(user, "user", "litestar-admin", { extraClaims });
      return json(200, { access_token: token, refresh_token: refreshToken, token_type: "bearer", expires_in: String(claims.exp - claims.iat) });
    },
    userFromAccessToken(token) {
      if (!token) return null;
      const r = tokens.verify(token);
      if (!r.ok || r.claims.token_type !== "user") return null;
      return findUserById(r.claims.user_id) ?? null;
    },
    userFromRefreshToken(token) {
      const claims = verifyToken(token, secret, "refresh", nowSeconds());
      if (!claims || claims.jti <= expiredUpTo) return null;
      return findUserById(claims.sub) ?? null;
    },
    expireAccessTokens() {
      tokens.expireAll();
    },
    expireRefreshTokens() {
      expiredUpTo = jti;
    },
  };
}

/** `Authorization: Bearer <jwt>`, `Authorization: <jwt>` or cookie `admin_access_token` (§3.2). */
export function accessTokenOf(request: Request): string | null {
  const auth = request.headers.get("authorization");
  if (auth && auth.trim() !== "") return auth.replace(/^Bearer\s+/i, "").trim();
  const cookie = request.headers.get("cookie") ?? "";
  const m = /(?:^|;\s*)admin_access_token=([^;]+)/.exec(cookie);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}
