// The schema side of the adapter (craft-easy.md §2): bootstrap (title and auth before sign-in),
// loadSchema with ETag revalidation, and the schema the other parts read (audit resource).
import { ApiError } from "../api-error.ts";
import type { HttpResponse } from "../http-client.ts";
import { isAbortError } from "../api-error.ts";
import type { AdminSchema, ResourceSchema } from "../../protocol/types.ts";
import { resolveThemeUrls } from "../../protocol/resolve-theme-urls.ts";
import type { BackendInfo, BootstrapOptions, RequestOptions, SchemaCopy, SchemaLoadResult } from "../types.ts";
import type { CraftEasyContext } from "./craft-easy-context.ts";
import { parseWire, SchemaHeadShape } from "./craft-easy-wire.ts";

export interface CraftEasySchema {
  bootstrap(opts?: BootstrapOptions): Promise<BackendInfo>;
  loadSchema(cached?: SchemaCopy, opts?: RequestOptions): Promise<SchemaLoadResult>;
  /** The last loaded schema, else a fresh load. */
  schemaForUse(signal?: AbortSignal): Promise<AdminSchema>;
  /** The audit resource in the last loaded schema (setting `auditResource`), or null. */
  auditResource(): ResourceSchema | null;
}

const AUDIT_NAMES = ["audit_log", "audit-log", "audit"];
const PRIMED_SCHEMA_MAX_AGE_MS = 15_000;

/** Bootstrap's schema answer, kept for the first loadSchema right after it. */
interface PrimedSchema {
  res: HttpResponse;
  at: number;
  userId: string;
  ifNoneMatch: string | null;
}

function fallbackTitle(baseUrl: string): string {
  try {
    return new URL(baseUrl, "http://localhost").host || "Craft Easy";
  } catch {
    return "Craft Easy";
  }
}

const aborted = (e: unknown, signal?: AbortSignal): boolean => isAbortError(e, signal) || (e instanceof ApiError && e.code === "ABORTED");

/** Auth is off when every auth module flag (not OAuth) is false (§3.4: flags are hints only). */
function authDisabled(modules: Record<string, unknown> | undefined): boolean {
  const flags = Object.entries(modules ?? {}).filter(([k]) => /auth/i.test(k) && !/oauth/i.test(k));
  return flags.length > 0 && flags.every(([, v]) => v === false);
}

async function anonymousSchema(ctx: CraftEasyContext, signal?: AbortSignal): Promise<unknown> {
  try {
    return (await ctx.http.get(ctx.settings.schemaEndpoint, { anonymous: true, signal })).data;
  } catch (e) {
    if (aborted(e, signal)) throw e;
    // Unreachable (status 0: offline, DNS, CORS): the sign-in screen would be a dead end, so
    // let the boot error screen say so and offer Retry.
    if (e instanceof ApiError && e.status === 0) throw e;
    return null; // 401 or any other HTTP error: fall back to the adapter defaults (§2.2)
  }
}

/** Bootstrap's answer when it is this user's, recent, and for the copy being revalidated. */
function primedAnswer(params: { primed: PrimedSchema | null; userId: string | undefined; now: number; cached: SchemaCopy | undefined }): HttpResponse | null {
  const { primed: p, userId, now, cached } = params;
  // a 304 answered for the copy it revalidated, not for another
  const usable = p && p.userId === userId && now - p.at <= PRIMED_SCHEMA_MAX_AGE_MS && (!p.res.notModified || p.ifNoneMatch === (cached?.etag ?? null));
  if (!p || !usable) return null;
  return cached?.etag && p.res.etag === cached.etag ? { ...p.res, notModified: true } : p.res;
}

/** The validated schema, its theme URLs resolved against the schema document (§3.5). */
function validated(ctx: CraftEasyContext, res: HttpResponse): AdminSchema {
  try {
    return resolveThemeUrls(ctx.validateSchema(res.data), res.url);
  } catch (e) {
    throw new ApiError({
      status: res.status,
      code: "SCHEMA_INVALID",
      message: `The server's admin schema is not valid: ${e instanceof Error ? e.message : String(e)}`,
      details: e,
    });
  }
}

export function createCraftEasySchema(ctx: CraftEasyContext): CraftEasySchema {
  const { settings, http, session } = ctx;
  let lastSchema: AdminSchema | null = null;
  /**
   * With a restored session, bootstrap asks for the schema with the token (revalidating the cached
   * copy it is given), and the first loadSchema right after reuses that answer instead of a second
   * round trip on every cold load.
   */
  let primed: PrimedSchema | null = null;
  ctx.onUserReset(() => {
    lastSchema = null;
    primed = null;
  });

  /** A restored session keeps the header it was sent in: persisted again when the schema names another. */
  function applyAuth(auth: unknown): void {
    if (ctx.schemaAuth.apply(auth) && session.current()?.tokenHeader !== ctx.tokenHeader()) session.persist();
  }

  function adopt(schema: AdminSchema): AdminSchema {
    applyAuth(schema.auth);
    lastSchema = schema;
    return schema;
  }

  /** The restored user's schema, revalidating their cached copy: a warm reload costs no schema body. */
  async function restoredSchema(opts: BootstrapOptions | undefined): Promise<unknown> {
    const user = session.currentUser();
    if (!user) return null;
    const cached = opts?.cachedSchema ?? null;
    try {
      const res = await http.get(settings.schemaEndpoint, { signal: opts?.signal, retryOnAuthFailure: false, ifNoneMatch: cached?.etag ?? null });
      if (res.notModified && cached) {
        primed = { res, at: ctx.now(), userId: user.id, ifNoneMatch: cached.etag };
        return cached.schema;
      }
      if (res.status !== 200 || !parseWire(SchemaHeadShape, res.data)) return null;
      primed = { res, at: ctx.now(), userId: user.id, ifNoneMatch: cached?.etag ?? null };
      return res.data;
    } catch (e) {
      if (aborted(e, opts?.signal)) throw e;
      return null; // expired or refused: fall through to the anonymous probe (§2.2)
    }
  }

  async function bootstrap(opts?: BootstrapOptions): Promise<BackendInfo> {
    const raw = (await restoredSchema(opts)) ?? (await anonymousSchema(ctx, opts?.signal));
    const head = parseWire(SchemaHeadShape, raw);
    let title = settings.title ?? fallbackTitle(ctx.baseUrl);
    if (head?.title && head.title.trim() !== "") title = head.title;
    if (head) applyAuth(head.auth);
    const authRequired = settings.authRequired ?? !authDisabled(head?.modules);
    const info: BackendInfo = {
      title,
      login: { kind: "otp", channels: settings.smsEnabled ? ["email", "sms"] : ["email"] },
      authRequired,
      devCredentials: settings.devCredentials,
    };
    return authRequired ? info : { ...info, login: { kind: "none" } };
  }

  async function loadSchema(cached?: SchemaCopy, opts?: RequestOptions): Promise<SchemaLoadResult> {
    const signal = opts?.signal;
    const fromBootstrap = primedAnswer({ primed, userId: session.currentUser()?.id, now: ctx.now(), cached });
    primed = null;
    let res = fromBootstrap ?? (await http.get(settings.schemaEndpoint, { ifNoneMatch: cached?.etag ?? null, signal }));
    if (res.notModified) {
      // a copy cached before theme URLs were resolved gets them resolved now
      if (cached) return { schema: adopt(resolveThemeUrls(cached.schema, res.url)), etag: res.etag ?? cached.etag, notModified: true };
      res = await http.get(settings.schemaEndpoint, { signal });
      if (res.notModified) {
        throw new ApiError({ status: 304, code: "BAD_RESPONSE", message: "The server answered 304 Not Modified to an unconditional schema request." });
      }
    }
    return { schema: adopt(validated(ctx, res)), etag: res.etag, notModified: false };
  }

  function auditResource(): ResourceSchema | null {
    if (!lastSchema || settings.auditResource === "") return null;
    const resources = lastSchema.resources;
    if (settings.auditResource !== "auto") return resources.find((r) => r.name === settings.auditResource) ?? null;
    for (const name of AUDIT_NAMES) {
      const r = resources.find((x) => x.name === name);
      if (r) return r;
    }
    return null;
  }

  return {
    bootstrap,
    loadSchema,
    async schemaForUse(signal) {
      return lastSchema ?? (await loadSchema(undefined, { signal })).schema;
    },
    auditResource,
  };
}
