// Password sign-in and sign-out (litestar-admin.md §3.1, §3.5) over the session
// (the shared session core, litestar-session.ts): the identity comes from /api/auth/me, else from the token's claims.
import { ApiError } from "../api-error.ts";
import type { SessionCore } from "../session/types.ts";
import type { Backend, LoginResult } from "../types.ts";
import { isAborted } from "./litestar-context.ts";
import type { LitestarContext } from "./litestar-context.ts";
import { isSessionTokenType, parseLitestarTokens, userFromClaims, userFromMe } from "./litestar-auth.ts";
import { t } from "../messages.ts";

export type LitestarSignIn = Pick<Backend, "login" | "refresh" | "logout" | "currentUser" | "onSessionChange">;

export function litestarSignIn(ctx: LitestarContext, session: SessionCore): LitestarSignIn {
  const { http } = ctx;
  return {
    async login(step, ropts): Promise<LoginResult> {
      if (step.step !== "password") {
        throw new ApiError({ status: 0, code: "UNSUPPORTED", message: t("passwordOnly") });
      }
      const signal = ropts?.signal;
      const email = step.email.trim();
      const res = await http.post("/api/auth/login", { email, password: step.password }, { anonymous: true, signal });
      const tokens = parseLitestarTokens(res.data, ctx.now(), res.status);
      // Drop whatever the previous user had cached.
      session.clear();
      const provisional = isSessionTokenType(tokens.tokenType) ? { id: email, email } : userFromClaims(tokens.accessToken, email);
      session.establish({ token: tokens.accessToken, tokenType: tokens.tokenType, expiresAt: tokens.expiresAt, refreshToken: tokens.refreshToken, user: provisional, announce: false });
      let user = provisional;
      try {
        const me = await http.get("/api/auth/me", { signal, retryOnAuthFailure: false });
        user = userFromMe(me.data) ?? provisional;
      } catch (e) {
        if (isAborted(e, signal)) throw e;
        // keep the identity from the token
      }
      session.update({ user }, "signed-in");
      return { status: "signed-in", user };
    },

    async refresh() {
      if (!session.current()) return false;
      return http.refreshAuth();
    },

    async logout() {
      // a server-side no-op for JWT (tokens stay valid until exp); the session backend clears
      await session.signOutAfter(() => http.post("/api/auth/logout", undefined, { retryOnAuthFailure: false }));
    },

    currentUser: () => session.currentUser(),
    onSessionChange: (listener) => session.onSessionChange(listener),
  };
}
