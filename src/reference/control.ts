// The test control of the reference backend: reset the data, expire tokens, touch a record (as if
// another tab saved it), change the schema; in-process through `control`, over HTTP through
// POST /__control/… when the backend is built with `enableControlRoutes` (the e2e server).
import type { AdminSchema } from "../protocol/types.ts";
import { jsonResponse } from "./craft-easy/responses.ts";
import { seedStore } from "./seed/seed.ts";
import type { SeedOptions } from "./seed/seed.ts";
import { StoreError } from "./store/store-error.ts";
import type { Store } from "./store/types.ts";
import type { TokenAuthority } from "./tokens.ts";
import type { DemoUser } from "./users.ts";

export type SchemaTransform = (schema: AdminSchema, user: DemoUser) => AdminSchema;

export interface ReferenceControl {
  /** Clear the store and seed it again (tokens stay valid). */
  reset(): void;
  /** Every token issued so far answers 401 from now on. */
  expireTokens(): void;
  /** Bump a record's revision (as if another tab saved it). Returns the new ETag value, e.g. `"2"`. */
  touch(resource: string, id: string): string;
  /** Apply a transform to every user's schema (null removes it); the schema ETag changes. */
  setSchemaTransform(transform: SchemaTransform | null): void;
  /** A ready-made schema change: bumps the title with a counter ("… (schema v2)"). */
  changeSchema(): void;
  /** Requests handled so far (excluding control routes). */
  requestCount(): number;
}

export interface ControlOptions {
  store: Store;
  tokens: TokenAuthority;
  seed: SeedOptions | undefined;
  requestCount(): number;
}

/** The control, and the schema transform it sets (read by the Craft Easy face on every schema). */
export function createControl(options: ControlOptions): { control: ReferenceControl; schemaTransform(): SchemaTransform | null } {
  const { store, tokens } = options;
  let transform: SchemaTransform | null = null;
  let schemaChanges = 0;
  const control: ReferenceControl = {
    reset() {
      store.clear();
      seedStore(store, options.seed);
    },
    expireTokens() {
      tokens.expireAll();
    },
    touch(resource, id) {
      return `"${store.touch(resource, id).revision}"`;
    },
    setSchemaTransform(t) {
      transform = t;
    },
    changeSchema() {
      schemaChanges += 1;
      const n = schemaChanges + 1;
      transform = (schema) => ({ ...schema, title: `${schema.title.replace(/ \(schema v\d+\)$/, "")} (schema v${n})` });
    },
    requestCount: options.requestCount,
  };
  return { control, schemaTransform: () => transform };
}

const ok = (): Response => jsonResponse(200, { ok: true });

/** `POST /__control/{reset,expire-tokens,change-schema,touch/{resource}/{id}}`; null for other paths. */
export function controlRoute(control: ReferenceControl, store: Store, method: string, path: string): Response | null {
  if (!path.startsWith("/__control/")) return null;
  if (method === "OPTIONS") return new Response(null, { status: 204 });
  if (method !== "POST") return jsonResponse(405, { error: { code: "METHOD_NOT_ALLOWED", message: "Use POST" } });
  const [, action, ...rest] = path.split("/").filter(Boolean).map(decodeURIComponent);
  const simple = new Map<string | undefined, () => void>([
    ["reset", control.reset],
    ["expire-tokens", control.expireTokens],
    ["change-schema", control.changeSchema],
  ]);
  try {
    const run = simple.get(action);
    if (run && rest.length === 0) {
      run();
      return ok();
    }
    const [resource, id] = rest;
    if (action === "touch" && rest.length === 2 && resource !== undefined && id !== undefined && store.has(resource)) {
      return jsonResponse(200, { ok: true, etag: control.touch(resource, id) });
    }
  } catch (e) {
    if (e instanceof StoreError) return jsonResponse(404, { error: { code: e.code, message: e.message, details: e.details } });
    throw e;
  }
  return jsonResponse(404, { error: { code: "NOT_FOUND", message: `Unknown control route ${path}` } });
}
