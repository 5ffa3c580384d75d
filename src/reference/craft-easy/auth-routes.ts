// The OTP sign-in routes (craft-easy.md §4): request a code by e-mail or SMS, verify it (a
// pre_auth token when the user has 2FA), the second factor, refresh within the 30-day session,
// logout (blacklists the token) and the caller's sessions.
import { DEMO_OTP_CODE, DEMO_TWO_FACTOR_CODE } from "../demo-credentials.ts";
import { MAX_SESSION_SECONDS } from "../tokens.ts";
import type { TokenType } from "../tokens.ts";
import { findUserByEmail } from "../users.ts";
import type { DemoUser } from "../users.ts";
import { authenticate } from "./authenticate.ts";
import { craftEasyError, jsonResponse, objectOrEmpty, readJson, validationError } from "./responses.ts";
import type { CraftEasyContext, ValidationIssue } from "./types.ts";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function tokenResponse(context: CraftEasyContext, user: DemoUser, type: TokenType, app: string, authTime?: number): Response {
  const { token, claims } = context.tokens.issue(user, type, app, { authTime });
  return jsonResponse(200, {
    token,
    token_type: type,
    expires: new Date(claims.exp * 1000).toISOString().replace(/\.\d{3}Z$/, "Z"),
    requires_2fa: type === "pre_auth",
  });
}

export async function requestCode(request: Request, channel: "email" | "sms"): Promise<Response> {
  const parsed = await readJson(request);
  if (!parsed.ok) return parsed.response;
  const body = parsed.body as Record<string, unknown> | null;
  const key = channel === "email" ? "email" : "phone";
  const value = body && typeof body === "object" ? body[key] : undefined;
  if (value === undefined || value === null || value === "") return validationError([{ loc: ["body", key], msg: "Field required", type: "missing" }]);
  if (typeof value !== "string") return validationError([{ loc: ["body", key], msg: "Input should be a valid string", type: "string_type", input: value }]);
  if (channel === "email" && !EMAIL.test(value)) {
    return validationError([{ loc: ["body", "email"], msg: "value is not a valid email address: An email address must have an @-sign and a domain.", type: "value_error", input: value }]);
  }
  // Same answer for unknown addresses (no account enumeration); verify then fails.
  return jsonResponse(200, { message: "Verification code sent", method: channel });
}

export async function verifyCode(context: CraftEasyContext, request: Request): Promise<Response> {
  const parsed = await readJson(request);
  if (!parsed.ok) return parsed.response;
  const body = objectOrEmpty(parsed.body);
  const issues: ValidationIssue[] = [];
  for (const k of ["target", "code"]) {
    if (typeof body[k] !== "string" || body[k] === "") issues.push({ loc: ["body", k], msg: body[k] === undefined ? "Field required" : "Input should be a valid string", type: body[k] === undefined ? "missing" : "string_type" });
  }
  if (issues.length > 0) return validationError(issues);
  const user = findUserByEmail(String(body.target));
  if (!user || String(body.code).trim() !== DEMO_OTP_CODE) {
    return craftEasyError(401, "AUTH_REQUIRED", "Invalid or expired verification code");
  }
  const app = typeof body.application === "string" && body.application ? body.application : "admin-client";
  return tokenResponse(context, user, user.requires2fa ? "pre_auth" : "user", app);
}

export async function verifyTwoFactor(context: CraftEasyContext, request: Request): Promise<Response> {
  const auth = authenticate(context, request, ["pre_auth"]);
  if (!auth.ok) return auth.response;
  const parsed = await readJson(request);
  if (!parsed.ok) return parsed.response;
  const body = objectOrEmpty(parsed.body);
  if (typeof body.code !== "string" || body.code === "") return validationError([{ loc: ["body", "code"], msg: "Field required", type: "missing" }]);
  if (body.code.trim() !== DEMO_TWO_FACTOR_CODE) return craftEasyError(401, "AUTH_REQUIRED", "Invalid two-factor code");
  context.tokens.revoke(auth.claims.token_id);
  return tokenResponse(context, auth.user, "user", auth.claims.origin_app);
}

export function refresh(context: CraftEasyContext, request: Request): Response {
  const auth = authenticate(context, request, ["user"]);
  if (!auth.ok) return auth.response;
  if (Math.floor(context.store.now() / 1000) - auth.claims.auth_time > MAX_SESSION_SECONDS) {
    return craftEasyError(401, "AUTH_REQUIRED", "Session has reached its maximum lifetime; sign in again");
  }
  return tokenResponse(context, auth.user, "user", auth.claims.origin_app, auth.claims.auth_time);
}

export function logout(context: CraftEasyContext, request: Request): Response {
  const auth = authenticate(context, request, ["user", "pre_auth", "service"]);
  if (!auth.ok) return auth.response;
  context.tokens.revoke(auth.claims.token_id);
  return jsonResponse(200, { message: "Logged out" });
}

export function sessions(context: CraftEasyContext, request: Request): Response {
  const auth = authenticate(context, request);
  if (!auth.ok) return auth.response;
  const items = context.tokens.sessions(auth.user.id).map((c) => ({
    token_id: c.token_id,
    origin_app: c.origin_app,
    created_at: new Date(c.iat * 1000).toISOString(),
    expires: new Date(c.exp * 1000).toISOString(),
    current: c.token_id === auth.claims.token_id,
  }));
  return jsonResponse(200, { items, total: items.length });
}
