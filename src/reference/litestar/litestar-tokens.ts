// JWT-shaped tokens for the reference litestar-admin face (litestar-admin.md §3.2): HS256 header,
// claims {sub, email, roles, permissions, type, iat, exp}, base64url. The signature is a keyed
// non-cryptographic digest — enough for a demo/test server, not for security.
import { hashHex } from "../hash.ts";

export interface LitestarClaims {
  sub: string;
  email: string;
  roles: string[];
  permissions: string[];
  type: "access" | "refresh";
  iat: number;
  exp: number;
  /** Issue sequence number (lets the server expire every token issued so far). */
  jti: number;
}

function b64urlEncode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function b64urlDecode(part: string): string | null {
  try {
    const b64 = part.replace(/-/g, "+").replace(/_/g, "/");
    const bin = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  } catch {
    return null;
  }
}

const HEADER = b64urlEncode(JSON.stringify({ alg: "HS256", typ: "JWT" }));

function sign(input: string, secret: string): string {
  return b64urlEncode(hashHex(`${secret}.${input}`));
}

export function signToken(claims: LitestarClaims, secret: string): string {
  const payload = b64urlEncode(JSON.stringify(claims));
  return `${HEADER}.${payload}.${sign(`${HEADER}.${payload}`, secret)}`;
}

/** The claims of a valid, unexpired token of the wanted type, else null. `now` in seconds. */
export function verifyToken(token: string, secret: string, type: LitestarClaims["type"], now: number): LitestarClaims | null {
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [h, p, s] = parts as [string, string, string];
  if (sign(`${h}.${p}`, secret) !== s) return null;
  const json = b64urlDecode(p);
  if (json === null) return null;
  let claims: unknown;
  try {
    claims = JSON.parse(json);
  } catch {
    return null;
  }
  if (!claims || typeof claims !== "object") return null;
  const c = claims as Partial<LitestarClaims>;
  if (c.type !== type || typeof c.sub !== "string" || typeof c.exp !== "number" || typeof c.jti !== "number") return null;
  if (c.exp <= now) return null;
  return c as LitestarClaims;
}
