// JWT-shaped tokens for the reference backend: base64url(header).base64url(payload).signature.
// Not cryptographically signed (demo only): the signature is a hash over header.payload with a
// per-instance secret, and every token must also be known to the issuing authority.
import { hashHex } from "./hash.ts";
import type { DemoUser } from "./users.ts";

export type TokenType = "user" | "pre_auth" | "service";

export interface TokenClaims {
  token_id: string;
  token_type: TokenType;
  user_id: string;
  email: string;
  name: string;
  scope: DemoUser["scope"];
  tenant_id: string | null;
  origin_app: string;
  iat: number;
  exp: number;
  /** When the session began (seconds); refresh cannot stretch a session past 30 days. */
  auth_time: number;
}

export type VerifyResult = { ok: true; claims: TokenClaims; token: string } | { ok: false; reason: "missing" | "malformed" | "unknown" | "expired" | "revoked" };

export interface TokenAuthority {
  issue(user: DemoUser, type: TokenType, originApp: string, options?: IssueOptions): { token: string; claims: TokenClaims };
  verify(token: string | null | undefined): VerifyResult;
  revoke(tokenId: string): void;
  /** Every token issued so far stops working (as if they all expired). */
  expireAll(): void;
  /** Live user tokens of a user (for /me/sessions). */
  sessions(userId: string): TokenClaims[];
  reset(): void;
  /** What makes issued tokens verifiable, as plain values (the demo keeps it across reloads). */
  snapshot(): TokenSnapshot;
  restore(snapshot: TokenSnapshot): void;
}

export interface TokenSnapshot {
  secret: string;
  counter: number;
  expiredBefore: number;
  issued: TokenClaims[];
  revoked: string[];
  sequence: [string, number][];
}

export interface IssueOptions {
  /** When the session began (refresh keeps it); default: now. */
  authTime?: number;
  /** A dialect's own claims, written into the payload beside the authority's (which win). */
  extraClaims?: Record<string, unknown>;
}

export interface TokenAuthorityOptions {
  now: () => number;
  ttlSeconds: number;
  preAuthTtlSeconds?: number;
  maxSessionSeconds?: number;
}

export const MAX_SESSION_SECONDS = 43_200 * 60;

function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(part: string): string {
  const b64 = part.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((part.length + 3) % 4);
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}

/** Decodes a token's payload without checking it (tests and the app's display code). */
export function decodeTokenPayload(token: string): TokenClaims | null {
  const parts = token.split(".");
  if (parts.length !== 3 || !parts[1]) return null;
  try {
    return JSON.parse(fromBase64url(parts[1])) as TokenClaims;
  } catch {
    return null;
  }
}

export function createTokenAuthority(options: TokenAuthorityOptions): TokenAuthority {
  const issued = new Map<string, TokenClaims>();
  const revoked = new Set<string>();
  /** token_id → issue sequence number (for expireAll). */
  const sequence = new Map<string, number>();
  const counterOf = (claims: TokenClaims): number => sequence.get(claims.token_id) ?? 0;
  let expiredBefore = -1;
  let counter = 0;
  let secret = `atrium-reference-${Math.floor(options.now())}`;
  const header = base64url(JSON.stringify({ alg: "ES512", typ: "JWT" }));
  const nowSeconds = (): number => Math.floor(options.now() / 1000);

  const tokenId = (): string => {
    const h = hashHex(`${secret}:${++counter}`);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };

  const sign = (headerAndPayload: string): string => base64url(hashHex(`${secret}.${headerAndPayload}`));

  return {
    issue(user, type, originApp, { authTime, extraClaims } = {}) {
      const iat = nowSeconds();
      const ttl = type === "pre_auth" ? (options.preAuthTtlSeconds ?? 300) : options.ttlSeconds;
      const claims: TokenClaims = {
        token_id: tokenId(),
        token_type: type,
        user_id: user.id,
        email: user.email,
        name: user.name,
        scope: user.scope,
        tenant_id: user.tenantId ?? null,
        origin_app: originApp,
        iat,
        exp: iat + ttl,
        auth_time: authTime ?? iat,
      };
      issued.set(claims.token_id, claims);
      sequence.set(claims.token_id, counter);
      const body = `${header}.${base64url(JSON.stringify({ ...extraClaims, ...claims }))}`;
      return { token: `${body}.${sign(body)}`, claims };
    },
    verify(token) {
      if (!token) return { ok: false, reason: "missing" };
      const parts = token.split(".");
      if (parts.length !== 3 || sign(`${parts[0]}.${parts[1]}`) !== parts[2]) return { ok: false, reason: "malformed" };
      const decoded = decodeTokenPayload(token);
      const claims = decoded ? issued.get(decoded.token_id) : undefined;
      if (!claims) return { ok: false, reason: "unknown" };
      if (revoked.has(claims.token_id)) return { ok: false, reason: "revoked" };
      if (claims.exp <= nowSeconds() || counterOf(claims) <= expiredBefore) return { ok: false, reason: "expired" };
      return { ok: true, claims, token };
    },
    revoke(id) {
      revoked.add(id);
    },
    expireAll() {
      expiredBefore = counter;
    },
    sessions(userId) {
      const now = nowSeconds();
      return [...issued.values()].filter(
        (c) => c.user_id === userId && c.token_type === "user" && !revoked.has(c.token_id) && c.exp > now && counterOf(c) > expiredBefore,
      );
    },
    reset() {
      issued.clear();
      revoked.clear();
      sequence.clear();
      expiredBefore = counter;
    },
    snapshot() {
      return { secret, counter, expiredBefore, issued: [...issued.values()], revoked: [...revoked], sequence: [...sequence] };
    },
    restore(snapshot) {
      secret = snapshot.secret;
      counter = snapshot.counter;
      expiredBefore = snapshot.expiredBefore;
      issued.clear();
      for (const claims of snapshot.issued) issued.set(claims.token_id, claims);
      revoked.clear();
      for (const id of snapshot.revoked) revoked.add(id);
      sequence.clear();
      for (const [id, n] of snapshot.sequence) sequence.set(id, n);
    },
  };
}
