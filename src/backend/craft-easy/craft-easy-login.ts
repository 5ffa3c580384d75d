// Passwordless sign-in (craft-easy.md §4.2): request a code, verify it, then the second factor
// when the server asks for one; and sign-out (§4.6). Verify and 2FA paths are doc-inconsistent:
// each has a fallback, and the path that worked is remembered.
import { ApiError } from "../api-error.ts";
import type { HttpResponse } from "../http-client.ts";
import type { LoginResult, LoginStep, RequestOptions } from "../types.ts";
import { parseTokenResponse, tokenHeaderValue, userFromToken } from "./craft-easy-auth.ts";
import type { CraftEasyTokenResponse } from "./craft-easy-auth.ts";
import type { CraftEasyContext } from "./craft-easy-context.ts";
import { CodeSentShape, parseWire } from "./craft-easy-wire.ts";
import { t } from "../messages.ts";

export interface CraftEasyLogin {
  login(step: LoginStep, opts?: RequestOptions): Promise<LoginResult>;
  /** Refresh now (single flight); false without a session. */
  refresh(): Promise<boolean>;
  logout(): Promise<void>;
}

/** A POST to `primary`, and on 404/405 once to `fallback` (§4.2). */
interface FallbackPost {
  primary: string;
  fallback: string;
  body: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Told which path exists: the one that answered, or the fallback when it answered anything but 404/405. */
  route(path: string): void;
}

const isMissingRoute = (e: unknown): boolean => e instanceof ApiError && (e.status === 404 || e.status === 405);

async function postWithFallback(ctx: CraftEasyContext, post: FallbackPost): Promise<HttpResponse> {
  const send = async (path: string): Promise<HttpResponse> => {
    const res = await ctx.http.post(path, post.body, { anonymous: true, headers: post.headers, signal: post.signal });
    post.route(path);
    return res;
  };
  try {
    return await send(post.primary);
  } catch (e) {
    if (!isMissingRoute(e) || !post.fallback || post.fallback === post.primary) throw e;
    try {
      return await send(post.fallback);
    } catch (e2) {
      if (e2 instanceof ApiError && !isMissingRoute(e2) && e2.status !== 0) post.route(post.fallback);
      throw e2;
    }
  }
}

export function createCraftEasyLogin(ctx: CraftEasyContext): CraftEasyLogin {
  const { settings, http, session } = ctx;
  let verifyPath = settings.verifyEndpoint;
  let twoFactorPath = settings.twoFactorEndpoint;
  /** The pre_auth token of a sign-in waiting for its second factor. */
  let preAuth: { token: string; target: string } | null = null;
  ctx.onUserReset(() => {
    preAuth = null;
  });

  function signedIn(tr: CraftEasyTokenResponse, target: string): LoginResult {
    ctx.resetUser();
    const user = userFromToken(tr.token, target);
    session.establish({ token: tr.token, tokenType: tr.tokenType, expiresAt: tr.expiresAt, user });
    return { status: "signed-in", user };
  }

  async function requestCode(step: Extract<LoginStep, { step: "request-code" }>, signal?: AbortSignal): Promise<LoginResult> {
    const target = step.target.trim();
    const sms = step.channel === "sms";
    const body = sms ? { phone: target, application: settings.applicationId } : { email: target, application: settings.applicationId };
    const res = await http.post(sms ? settings.smsLoginEndpoint : ctx.schemaAuth.loginEndpoint(), body, { anonymous: true, signal });
    const message = parseWire(CodeSentShape, res.data)?.message;
    return message ? { status: "code-sent", target, message } : { status: "code-sent", target };
  }

  async function verifyCode(step: Extract<LoginStep, { step: "verify-code" }>, signal?: AbortSignal): Promise<LoginResult> {
    const target = step.target.trim();
    const res = await postWithFallback(ctx, {
      primary: verifyPath,
      fallback: settings.verifyFallbackEndpoint,
      body: { target, code: step.code.trim(), application: settings.applicationId },
      signal,
      route: (p) => (verifyPath = p),
    });
    const tr = parseTokenResponse(res.data, res.status);
    if (!tr.requires2fa) return signedIn(tr, target);
    preAuth = { token: tr.token, target };
    return { status: "two-factor-required" };
  }

  async function twoFactor(step: Extract<LoginStep, { step: "two-factor" }>, signal?: AbortSignal): Promise<LoginResult> {
    if (!preAuth) {
      throw new ApiError({ status: 0, code: "LOGIN_STATE", message: t("twoFactorExpired") });
    }
    const { token, target } = preAuth;
    const header = ctx.tokenHeader();
    const res = await postWithFallback(ctx, {
      primary: twoFactorPath,
      fallback: settings.twoFactorFallbackEndpoint,
      body: { [settings.twoFactorCodeField]: step.code.trim() },
      headers: { [header]: tokenHeaderValue(header, token) },
      signal,
      route: (p) => (twoFactorPath = p),
    });
    const tr = parseTokenResponse(res.data, res.status);
    if (tr.requires2fa) {
      throw new ApiError({
        status: res.status,
        code: "BAD_RESPONSE",
        message: t("twoFactorRepeated"),
      });
    }
    return signedIn(tr, target);
  }

  return {
    async login(step, opts) {
      const signal = opts?.signal;
      switch (step.step) {
        case "request-code":
          return requestCode(step, signal);
        case "verify-code":
          return verifyCode(step, signal);
        case "two-factor":
          return twoFactor(step, signal);
        case "password":
          throw new ApiError({ status: 0, code: "UNSUPPORTED", message: t("noPasswords") });
      }
    },

    async refresh() {
      if (!session.current()) return false;
      return http.refreshAuth();
    },

    async logout() {
      // §4.6: local credentials are cleared whatever the server answers
      await session.signOutAfter(() => http.post(settings.logoutEndpoint, {}, { retryOnAuthFailure: false }));
    },
  };
}
