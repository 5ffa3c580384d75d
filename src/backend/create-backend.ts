// Builds the adapter for the configured dialect (src/backend/dialects.ts); "auto" probes the
// server for it first.
import { ApiError } from "./api-error.ts";
import { normalizeBaseUrl, type FetchLike } from "./http-client.ts";
import { DIALECTS, dialectEntry, type Dialect } from "./dialects.ts";
import type { AdminSchema } from "../protocol/types.ts";
import type { Backend } from "./types.ts";
import { t } from "./messages.ts";

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
  /** The base the dialect's routes hang off (for litestar-admin with `/admin` when probed so). */
  baseUrl: string;
}

/** Which dialect answers at `apiUrl`: the entries of the dialect table probe in turn. */
export async function probeDialect(apiUrl: string, fetchImpl: FetchLike, signal?: AbortSignal): Promise<ProbeResult> {
  const base = normalizeBaseUrl(apiUrl);
  for (const entry of DIALECTS) {
    const baseUrl = await entry.probe(base, fetchImpl, signal);
    if (baseUrl !== null) return { dialect: entry.id, baseUrl };
  }
  const tried = DIALECTS.map((d) => `${d.probePaths} (${d.name})`).join(" nor ");
  throw new ApiError({
    status: 0,
    code: "DIALECT_UNKNOWN",
    message: t("dialectUnknown", { base: base || t("thisSite"), tried }),
  });
}

export async function createBackend(config: CreateBackendConfig, deps: CreateBackendDeps): Promise<Backend> {
  const fetchImpl: FetchLike = deps.fetch ?? ((req: Request) => globalThis.fetch(req));
  const { dialect, baseUrl } =
    config.dialect === "auto" ? await probeDialect(config.apiUrl, fetchImpl) : { dialect: config.dialect, baseUrl: config.apiUrl };
  return dialectEntry(dialect).create({
    baseUrl,
    settings: config.settings,
    probed: config.dialect === "auto",
    fetch: fetchImpl,
    validateSchema: deps.validateSchema,
    storage: deps.storage,
  });
}
