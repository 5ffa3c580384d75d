// Picks and builds the adapter for the configured dialect; "auto" probes the server.
import { ApiError } from "./api-error.ts";
import { createCraftEasyBackend } from "./craft-easy/craft-easy-backend.ts";
import { parseCraftEasySettings } from "./craft-easy/craft-easy-settings.ts";
import { createHttpClient } from "./http-client.ts";
import type { FetchLike } from "./http-client.ts";
import type { AdminSchema } from "../protocol/types.ts";
import type { Backend, Dialect } from "./types.ts";

export interface CreateBackendConfig {
  apiUrl: string;
  dialect: Dialect | "auto";
  settings: Record<string, unknown>;
}

export interface CreateBackendDeps {
  /** Called as `fetch(request)` with one `Request` (the demo backend's `handle` fits). */
  fetch?: FetchLike;
  validateSchema: (raw: unknown) => AdminSchema;
  /** Default: localStorage. */
  storage?: Storage | null;
}

export interface ProbeResult {
  dialect: Dialect;
  /** For litestar-admin: the base that the `/api/...` routes hang off (with `/admin` when probed so). */
  baseUrl: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

async function readProbe(
  fetchImpl: FetchLike,
  url: string,
  signal?: AbortSignal,
): Promise<{ status: number; json: unknown; contentType: string } | null> {
  let res: Response;
  try {
    res = await fetchImpl(new Request(url, { headers: { Accept: "application/json" }, signal }));
  } catch (e) {
    if (signal?.aborted) throw e;
    return null;
  }
  const contentType = res.headers.get("Content-Type") ?? "";
  let text = "";
  try {
    text = await res.text();
  } catch {
    // unreadable body: treat as empty
  }
  let json: unknown = undefined;
  if (text.trim() !== "") {
    try {
      json = JSON.parse(text) as unknown;
    } catch {
      json = undefined;
    }
  }
  return { status: res.status, json, contentType: json === undefined ? contentType || "text/plain" : contentType };
}

/**
 * Probe which dialect answers at `apiUrl`:
 * - `GET {base}/admin/schema` answering with a Craft Easy error envelope, or 200/304/401 JSON → craft-easy;
 * - else `GET {base}/api/models` (when the base already ends in /admin) or `{base}/admin/api/models`,
 *   then `{base}/api/models`: 200 JSON, a litestar JSON error, or the auth middleware's text/plain
 *   404 → litestar-admin.
 */
export async function probeDialect(apiUrl: string, fetchImpl: FetchLike, signal?: AbortSignal): Promise<ProbeResult> {
  const http = createHttpClient({ baseUrl: apiUrl, fetch: fetchImpl });
  const base = http.baseUrl;

  const schema = await readProbe(fetchImpl, http.url("/admin/schema"), signal);
  if (schema) {
    // A Craft Easy server always has /admin/schema: its envelope on a 404 means "not at this base"
    // (e.g. a base URL ending in /admin on a server that speaks both dialects).
    const craftEnvelope =
      schema.status !== 404 && isRecord(schema.json) && isRecord(schema.json.error) && typeof schema.json.error.code === "string";
    const json = schema.json !== undefined && !/html/i.test(schema.contentType);
    if (craftEnvelope || schema.status === 304 || ((schema.status === 200 || schema.status === 401) && json)) {
      return { dialect: "craft-easy", baseUrl: base };
    }
  }

  const endsWithAdmin = /\/admin$/i.test(base);
  const candidates = endsWithAdmin
    ? [{ path: "/api/models", prefix: base }]
    : [
        { path: "/admin/api/models", prefix: `${base}/admin` },
        { path: "/api/models", prefix: base },
      ];
  for (const c of candidates) {
    const r = await readProbe(fetchImpl, http.url(c.path), signal);
    if (!r) continue;
    const litestarJson =
      (r.status === 200 && (Array.isArray(r.json) || isRecord(r.json))) ||
      (isRecord(r.json) && typeof r.json.status_code === "number" && r.status !== 404);
    // The auth middleware hides every protected route behind a text/plain 404 (litestar-admin.md §1 #1).
    const authGate = r.status === 404 && r.json === undefined && /text\/plain/i.test(r.contentType);
    if (litestarJson || authGate) return { dialect: "litestar-admin", baseUrl: c.prefix };
  }

  throw new ApiError({
    status: 0,
    code: "DIALECT_UNKNOWN",
    message:
      `Could not tell which kind of backend runs at ${base || "(this site)"}: neither /admin/schema (Craft Easy) ` +
      `nor /admin/api/models or /api/models (litestar-admin) answered as expected. Set the dialect explicitly.`,
  });
}

export async function createBackend(config: CreateBackendConfig, deps: CreateBackendDeps): Promise<Backend> {
  const fetchImpl: FetchLike = deps.fetch ?? ((req: Request) => globalThis.fetch(req));
  let dialect: Dialect;
  let baseUrl = config.apiUrl;
  if (config.dialect === "auto") {
    const probe = await probeDialect(config.apiUrl, fetchImpl);
    dialect = probe.dialect;
    baseUrl = probe.baseUrl;
  } else {
    dialect = config.dialect;
  }

  if (dialect === "craft-easy") {
    return createCraftEasyBackend({
      baseUrl,
      settings: parseCraftEasySettings(config.settings),
      fetch: fetchImpl,
      validateSchema: deps.validateSchema,
      storage: deps.storage,
    });
  }

  // litestar-admin, loaded on demand. A probed base is the plugin root that `/api/...` hangs off,
  // so no further prefix is added to it.
  const { createLitestarBackend } = await import("./litestar-admin/litestar-backend.ts");
  return createLitestarBackend({
    baseUrl,
    settings: config.dialect === "auto" ? { ...config.settings, apiPrefix: "" } : config.settings,
    fetch: fetchImpl,
    validateSchema: deps.validateSchema,
    storage: deps.storage,
  });
}
