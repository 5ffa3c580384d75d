// How Craft Easy tokens behave in the shared session core (craft-easy.md §4.4–4.7): which
// sessions survive a reload, which refresh and when, the refresh request, and the token header.
import type { AuthHook, HttpClient } from "../http-client.ts";
import type { SessionCore, SessionPatch, SessionPolicy, StoredSession } from "../session/types.ts";
import { parseExpires, refreshDelayMs, tokenHeaderValue } from "./craft-easy-auth.ts";
import { jwtExpiresAt } from "../session-store.ts";
import { parseWire, RefreshResponseShape } from "./craft-easy-wire.ts";

const unexpired = (s: StoredSession, now: number): boolean => s.expiresAt === null || s.expiresAt > now;

export function craftEasySessionPolicy(settings: { proactiveRefresh: boolean }): SessionPolicy {
  return {
    // a pending second factor (pre_auth) never outlives the page
    restorable: (s, now) => s.tokenType !== "pre_auth" && unexpired(s, now),
    usable: unexpired,
    // Only "user" tokens are refreshable, and only while still valid (§4.4, §4.7).
    refreshable: (s, now) => s.tokenType === "user" && unexpired(s, now),
    refreshDelayMs: (s, now) =>
      settings.proactiveRefresh && s.tokenType === "user" && s.expiresAt !== null ? refreshDelayMs(s.expiresAt, now) : null,
  };
}

/** §4.5: POST `{}` with the token; a reply without a token keeps ours but takes a new `expires`. */
export async function refreshCraftEasyToken(params: { http: HttpClient; endpoint: string; current: StoredSession }): Promise<SessionPatch> {
  const { http, endpoint, current } = params;
  const res = await http.post(endpoint, {}, { retryOnAuthFailure: false });
  const answer = parseWire(RefreshResponseShape, res.data);
  const token = answer?.token ?? current.token;
  if (answer?.expires === undefined && token === current.token) return { token, expiresAt: current.expiresAt };
  return { token, expiresAt: parseExpires(answer?.expires) ?? jwtExpiresAt(token) ?? current.expiresAt };
}

/** The token in the header the schema names (`Bearer ` only for Authorization, §4.1); 401 refreshes. */
export function craftEasyAuthHook(params: { session: SessionCore; tokenHeader: () => string }): AuthHook {
  const { session, tokenHeader } = params;
  return {
    headers() {
      const current = session.current();
      if (!current) return {};
      const header = tokenHeader();
      return { [header]: tokenHeaderValue(header, current.token) };
    },
    refresh: () => session.refresh(),
    isAuthFailure: (e) => e.status === 401,
    onAuthLost: () => session.lose(),
  };
}
