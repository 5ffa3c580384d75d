// What every part of the Craft Easy adapter works with: settings, the HTTP client, the shared
// session core, the ETag cache, record ids and the schema's auth endpoints. Built once per
// adapter; the parts (login, schema, records, relations, activity) only read it.
import type { AdapterOptions } from "../adapter-options.ts";
import { createHttpClient } from "../http-client.ts";
import type { HttpClient } from "../http-client.ts";
import { createSessionStore } from "../session-store.ts";
import { sessionClock } from "../session/session-clock.ts";
import { createSessionCore } from "../session/session-core.ts";
import type { SessionCore } from "../session/types.ts";
import type { CraftEasyBackendOptions } from "./craft-easy-backend.ts";
import { createEtagCache } from "./craft-easy-etag-cache.ts";
import type { EtagCache } from "./craft-easy-etag-cache.ts";
import { createCraftEasyIds } from "./craft-easy-ids.ts";
import type { CraftEasyIds } from "./craft-easy-ids.ts";
import { createCraftEasySchemaAuth } from "./craft-easy-schema-auth.ts";
import type { CraftEasySchemaAuth } from "./craft-easy-schema-auth.ts";
import { craftEasyAuthHook, craftEasySessionPolicy, refreshCraftEasyToken } from "./craft-easy-session.ts";
import { resolveCraftEasySettings } from "./craft-easy-settings.ts";
import type { CraftEasySettings } from "./craft-easy-settings.ts";

export interface CraftEasyContext {
  /** As configured, without a trailing slash. */
  readonly baseUrl: string;
  readonly settings: Readonly<CraftEasySettings>;
  readonly http: HttpClient;
  readonly session: SessionCore;
  readonly etags: EtagCache;
  readonly ids: CraftEasyIds;
  readonly schemaAuth: CraftEasySchemaAuth;
  /** The injected schema validator (src/protocol/validate-schema.ts). */
  validateSchema: AdapterOptions["validateSchema"];
  /** The header the token travels in now. */
  tokenHeader(): string;
  now(): number;
  /** Registers state tied to the user, dropped when the session ends or another begins. */
  onUserReset(reset: () => void): void;
  /** Drops it (a new sign-in). */
  resetUser(): void;
}

export function createCraftEasyContext(opts: CraftEasyBackendOptions): CraftEasyContext {
  const settings = resolveCraftEasySettings(opts.settings);
  const baseUrl = opts.baseUrl.trim().replace(/\/+$/, "");
  const clock = sessionClock(opts);
  const schemaAuth = createCraftEasySchemaAuth(settings);
  const etags = createEtagCache();
  const resets: (() => void)[] = [() => etags.clear()];
  const resetUser = (): void => resets.forEach((reset) => reset());
  const tokenHeader = (): string => schemaAuth.tokenHeader(session.current()?.tokenHeader);

  const session = createSessionCore({
    store: createSessionStore({ baseUrl, storage: settings.persistSession ? opts.storage : null }),
    clock,
    policy: craftEasySessionPolicy(settings),
    exchange: (current) => refreshCraftEasyToken({ http, endpoint: schemaAuth.refreshEndpoint(), current }),
    refreshSingleFlight: () => http.refreshAuth(),
    adoptFromStore: settings.persistSession,
    persisted: () => ({ tokenHeader: tokenHeader() }),
    onClear: resetUser,
  });
  const http = createHttpClient({
    baseUrl,
    fetch: opts.fetch,
    auth: craftEasyAuthHook({ session, tokenHeader }),
    sleep: opts.sleep,
    now: clock.now,
  });

  return {
    baseUrl,
    settings,
    http,
    session,
    etags,
    ids: createCraftEasyIds(settings.idField),
    schemaAuth,
    validateSchema: opts.validateSchema,
    tokenHeader,
    now: clock.now,
    onUserReset: (reset) => void resets.push(reset),
    resetUser,
  };
}
