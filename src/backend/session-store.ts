// Persists the signed-in session per backend base URL, so a reload keeps the user signed in.
// Cleared on logout and on session loss. Also: JWT payload decoding for display and gating only
// (never for trust: the signature is not checked).
import type { CurrentUser } from "./types.ts";
import { localStorageOrNull } from "./browser-storage.ts";
import { isRecord } from "../lib/is-record.ts";

export interface StoredSession {
  token: string;
  /** Dialect token type: Craft Easy "user" | "service"; litestar "bearer" | "session". */
  tokenType: string;
  /** Epoch ms, or null when unknown. */
  expiresAt: number | null;
  refreshToken: string | null;
  user: CurrentUser;
  /** Header the token travels in (Craft Easy: from the schema), when the adapter needs it. */
  tokenHeader?: string;
  /** Epoch ms of the original sign-in (caps refresh-extended sessions). */
  signedInAt?: number;
  savedAt: number;
}

export interface SessionStore {
  readonly key: string;
  load(): StoredSession | null;
  save(session: StoredSession): void;
  clear(): void;
}

export interface SessionStoreOptions {
  baseUrl: string;
  /** Default: `globalThis.localStorage` when available; null = in memory only. */
  storage?: Storage | null;
  /** Key prefix (default "atrium.session"). */
  prefix?: string;
}

export function sessionStorageKey(baseUrl: string, prefix = "atrium.session"): string {
  return `${prefix}:${baseUrl.trim().replace(/\/+$/, "")}`;
}

function parseSession(raw: unknown): StoredSession | null {
  if (!isRecord(raw)) return null;
  const { token, tokenType, expiresAt, refreshToken, user, tokenHeader, signedInAt, savedAt } = raw;
  if (typeof token !== "string" || token === "" || typeof tokenType !== "string") return null;
  if (!isRecord(user) || typeof user.id !== "string") return null;
  const u: CurrentUser = { id: user.id };
  if (typeof user.email === "string") u.email = user.email;
  if (typeof user.name === "string") u.name = user.name;
  if (typeof user.scope === "string") u.scope = user.scope;
  if (Array.isArray(user.roles)) u.roles = user.roles.filter((r): r is string => typeof r === "string");
  const s: StoredSession = {
    token,
    tokenType,
    expiresAt: typeof expiresAt === "number" && Number.isFinite(expiresAt) ? expiresAt : null,
    refreshToken: typeof refreshToken === "string" ? refreshToken : null,
    user: u,
    savedAt: typeof savedAt === "number" ? savedAt : 0,
  };
  if (typeof tokenHeader === "string" && tokenHeader !== "") s.tokenHeader = tokenHeader;
  if (typeof signedInAt === "number") s.signedInAt = signedInAt;
  return s;
}

export function createSessionStore(opts: SessionStoreOptions): SessionStore {
  const key = sessionStorageKey(opts.baseUrl, opts.prefix);
  const storage = opts.storage === undefined ? localStorageOrNull() : opts.storage;
  let memory: StoredSession | null = null;

  return {
    key,
    load() {
      if (!storage) return memory;
      try {
        const text = storage.getItem(key);
        if (text === null) return null;
        const parsed = parseSession(JSON.parse(text) as unknown);
        if (!parsed) storage.removeItem(key);
        return parsed;
      } catch {
        return null;
      }
    },
    save(session) {
      memory = session;
      if (!storage) return;
      try {
        storage.setItem(key, JSON.stringify(session));
      } catch {
        // Quota or disabled storage: keep the in-memory session only.
      }
    },
    clear() {
      memory = null;
      if (!storage) return;
      try {
        storage.removeItem(key);
      } catch {
        // ignore
      }
    },
  };
}

function base64UrlDecode(part: string): string {
  const b64 = part.replace(/-/g, "+").replace(/_/g, "/");
  const padded = b64 + "=".repeat((4 - (b64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}

/**
 * The JWT payload (claims), or null when the token is not a decodable JWT. The signature is NOT
 * verified: use the result for display and UI gating only, never for security decisions.
 */
export function decodeJwt(token: string | null | undefined): Record<string, unknown> | null {
  if (typeof token !== "string") return null;
  const parts = token.split(".");
  if (parts.length < 2 || !parts[1]) return null;
  try {
    const payload = JSON.parse(base64UrlDecode(parts[1])) as unknown;
    return isRecord(payload) ? payload : null;
  } catch {
    return null;
  }
}

/** `exp` claim as epoch ms, or null. */
export function jwtExpiresAt(token: string | null | undefined): number | null {
  const claims = decodeJwt(token);
  const exp = claims?.exp;
  return typeof exp === "number" && Number.isFinite(exp) ? exp * 1000 : null;
}
