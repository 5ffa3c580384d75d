// What the litestar-admin modules share: settings, the HTTP client, the injected schema
// validator and the per-user state (catalog, primary keys, schema and create-form caches), plus
// the route paths and the small error helpers every module uses.
import { ApiError } from "../api-error.ts";
import type { HttpClient } from "../http-client.ts";
import { isAbortError } from "../api-error.ts";
import type { AdminSchema, ResourceSchema } from "../../protocol/types.ts";
import type { Id } from "../types.ts";
import type { LitestarSettings } from "./litestar-settings.ts";
import type { LitestarConfigResponse, LitestarModelInfo } from "./litestar-wire-types.ts";

/** What the signed-in user has loaded; dropped on sign-in, sign-out and session loss. */
export interface LitestarState {
  /** `/api/config` (public: kept across users). */
  config: LitestarConfigResponse | null;
  models: LitestarModelInfo[];
  /** Primary-key property per `model_name` (from the edit-mode schemas). */
  pkFields: Record<string, string>;
  schema: AdminSchema | null;
  schemaInFlight: Promise<AdminSchema> | null;
  createForms: Map<string, ResourceSchema>;
  /** Models for which the server said "Export is not allowed". */
  exportDisabled: Set<string>;
  /** Bumped on every reset so that a load started for the previous user does not land. */
  generation: number;
}

export interface LitestarContext {
  readonly settings: Readonly<LitestarSettings>;
  /** Rooted at the plugin base: paths start with `/api/`. */
  readonly http: HttpClient;
  readonly validateSchema: (raw: unknown) => AdminSchema;
  readonly now: () => number;
  readonly state: LitestarState;
}

export function createLitestarState(): LitestarState {
  return {
    config: null,
    models: [],
    pkFields: {},
    schema: null,
    schemaInFlight: null,
    createForms: new Map(),
    exportDisabled: new Set(),
    generation: 0,
  };
}

/** Forget what the previous user loaded (the public config stays). */
export function resetUserState(state: LitestarState): void {
  state.generation += 1;
  state.schema = null;
  state.schemaInFlight = null;
  state.createForms.clear();
  state.exportDisabled.clear();
}

const nameOf = (resource: ResourceSchema | string): string => (typeof resource === "string" ? resource : resource.name);

export const modelPath = (resource: ResourceSchema | string): string => `/api/models/${encodeURIComponent(nameOf(resource))}`;

export const itemPath = (resource: ResourceSchema, id: Id): string => `${modelPath(resource)}/${encodeURIComponent(String(id))}`;

/** The primary-key property of a model (from its edit-mode schema; default `id`). */
export const pkOf = (state: LitestarState, resource: ResourceSchema | string): string => state.pkFields[nameOf(resource)] ?? "id";

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function asId(v: unknown): Id | null {
  if (typeof v === "string" && v !== "") return v;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  return null;
}

export function badResponse(status: number, message: string, details?: unknown): ApiError {
  return new ApiError({ status, code: "BAD_RESPONSE", message, details });
}

export function isAborted(e: unknown, signal?: AbortSignal): boolean {
  return isAbortError(e, signal) || (e instanceof ApiError && e.code === "ABORTED");
}
