// Who is calling: the token from `X-API-Key` (or `Authorization: Bearer`), checked against the
// token authority; any failure is 401 AUTH_REQUIRED (craft-easy.md §4.7).
import type { TokenType, VerifyResult } from "../tokens.ts";
import { findUserById } from "../users.ts";
import { craftEasyError } from "./responses.ts";
import type { Authed, CraftEasyContext } from "./types.ts";

function tokenOf(request: Request): string | null {
  const key = request.headers.get("x-api-key");
  if (key) return key.trim();
  const auth = request.headers.get("authorization");
  return auth?.replace(/^Bearer\s+/i, "").trim() || null;
}

const REASON_MESSAGE: Record<Extract<VerifyResult, { ok: false }>["reason"], string> = {
  missing: "Authentication required",
  expired: "Token has expired",
  revoked: "Token has been revoked",
  malformed: "Invalid authentication token",
  unknown: "Invalid authentication token",
};

export function authenticate(context: CraftEasyContext, request: Request, accept: TokenType[] = ["user", "service"]): Authed {
  const result = context.tokens.verify(tokenOf(request));
  if (!result.ok) {
    return { ok: false, response: craftEasyError(401, "AUTH_REQUIRED", REASON_MESSAGE[result.reason]) };
  }
  if (!accept.includes(result.claims.token_type)) {
    const message = result.claims.token_type === "pre_auth" ? "Two-factor authentication required" : `A ${accept.join(" or ")} token is required`;
    return { ok: false, response: craftEasyError(401, "AUTH_REQUIRED", message) };
  }
  const user = findUserById(result.claims.user_id);
  if (!user) return { ok: false, response: craftEasyError(401, "AUTH_REQUIRED", "Unknown user") };
  return { ok: true, user, claims: result.claims };
}

/** Client address for the audit log: the first X-Forwarded-For entry. */
export function clientIp(request: Request): string {
  const fwd = request.headers.get("x-forwarded-for");
  return fwd?.split(",")[0]?.trim() || "127.0.0.1";
}
