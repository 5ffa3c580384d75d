// Start-up, before React: config → backend (the in-browser demo when no API is configured) →
// bootstrap, and with a restored session the first screen's schema and rows (first-screen.ts).
// Every failure rejects; <AppRoot> shows it with a Retry button.
import type { AppConfig } from "../config/types.ts";
import type { Backend, BackendInfo, DevCredential } from "../backend/types.ts";
import type { FetchLike } from "../backend/http-client.ts";
import type { AdminSchema } from "../protocol/types.ts";
import { loadConfig } from "../config/load-config.ts";
import { createBackend } from "../backend/create-backend.ts";
import { DIALECTS, dialectEntry } from "../backend/dialects.ts";
import { readSchemaCache } from "../data/schema-cache.ts";
import type { DemoControl } from "./demo/demo-backend.ts";
import { startFirstScreen, type FirstQuery, type FirstRoute } from "./first-screen.ts";

export interface Booted {
  config: AppConfig;
  backend: Backend;
  info: BackendInfo;
  /** Shown on the sign-in screen (demo mode only). */
  demoCredentials: DevCredential[];
  /** The built-in demo backend's controls; null for a configured API. */
  demo: DemoControl | null;
  /** The boot's requests for the first screen, for React Query's cache (create-query-client.ts). */
  firstQueries: FirstQuery[];
  /** Settles once the opened list route's rows have arrived (or failed); null when none were asked for. */
  earlyRows: Promise<unknown> | null;
}

export interface BootOptions {
  /** Default: the build-time values overridden by config.json. */
  loadConfig?: () => Promise<AppConfig>;
  /** The fetch for a configured (non-demo) backend; defaults to the global fetch. */
  fetch?: FetchLike;
  /** Artificial latency of the demo backend. */
  demoLatencyMs?: number;
  signal?: AbortSignal;
  /** The route being opened: with a restored session its schema and list rows are requested at once. */
  route?: FirstRoute;
}

/** The demo backend's origin (its requests never leave the page: demo-fetch.ts). */
const DEMO_API_URL = "https://demo.atrium.invalid";

/**
 * The schema validator (valibot) is its own chunk, fetched while the config loads. Only
 * `loadSchema` uses it, never `bootstrap`, so the bootstrap request does not wait for the chunk;
 * the boot resolves once both are there.
 */
function loadValidator(): { validateSchema: (raw: unknown) => AdminSchema; loaded: Promise<void> } {
  let validator: ((raw: unknown) => AdminSchema) | null = null;
  const loaded = import("../protocol/validate-schema.ts").then((m) => {
    validator = m.validateSchema;
  });
  loaded.catch(() => undefined); // reported where it is awaited
  const validateSchema = (raw: unknown): AdminSchema => {
    if (!validator) throw new Error("The schema validator is not loaded yet.");
    return validator(raw);
  };
  return { validateSchema, loaded };
}

interface Connected {
  backend: Backend;
  demoCredentials: DevCredential[];
  demo: DemoControl | null;
}

/** The reference backend in this page, speaking the configured dialect ("auto": the table's first). */
async function connectDemo(config: AppConfig, validateSchema: (raw: unknown) => AdminSchema, latencyMs: number): Promise<Connected> {
  const dialect = dialectEntry(config.dialect === "auto" ? DIALECTS[0].id : config.dialect);
  // its own chunk: the demo backend never weighs on a deployment that has a real API
  const [{ startDemoBackend }, demo] = await Promise.all([import("./demo/demo-backend.ts"), dialect.demo()]);
  const started = await startDemoBackend({ latencyMs });
  const backend = await dialect.create({
    baseUrl: DEMO_API_URL + demo.path,
    settings: { ...demo.settings, ...config.settings },
    fetch: started.fetch,
    validateSchema,
    // where the demo's data is not kept, a reload starts it afresh and a stored token would only
    // be refused: the session then stays in memory (a reload goes to sign-in, ?next= kept)
    ...(started.control.persistent ? {} : { storage: null }),
  });
  return { backend, demoCredentials: [...demo.credentials], demo: started.control };
}

async function connect(config: AppConfig, validateSchema: (raw: unknown) => AdminSchema, options: BootOptions): Promise<Connected> {
  if (config.apiUrl === null) return connectDemo(config, validateSchema, options.demoLatencyMs ?? 60);
  const deps = { validateSchema, ...(options.fetch ? { fetch: options.fetch } : {}) };
  return { backend: await createBackend({ apiUrl: config.apiUrl, dialect: config.dialect, settings: config.settings }, deps), demoCredentials: [], demo: null };
}

/** What is known once the boot's first API requests are out. */
export interface Requested {
  /** A session was restored (false when the boot failed before it could tell). */
  signedIn: boolean;
}

export interface StartedBoot {
  booted: Promise<Booted>;
  /** Settles once the boot's first API requests are on the wire (or it failed). */
  requested: Promise<Requested>;
}

export function startBoot(options: BootOptions = {}): StartedBoot {
  let sent!: (requested: Requested) => void;
  const requested = new Promise<Requested>((resolve) => {
    sent = resolve;
  });
  const booted = run(options, sent);
  booted.then(
    (b) => sent({ signedIn: b.backend.currentUser() !== null }),
    () => sent({ signedIn: false }),
  );
  return { booted, requested };
}

export const boot = (options: BootOptions = {}): Promise<Booted> => startBoot(options).booted;

async function run(options: BootOptions, sent: (requested: Requested) => void): Promise<Booted> {
  const validator = loadValidator();
  performance.mark("atrium:boot");
  const config = await (options.loadConfig ?? loadConfig)();
  performance.mark("atrium:config");
  const { backend, demoCredentials, demo } = await connect(config, validator.validateSchema, options);
  performance.mark("atrium:backend");
  const user = backend.currentUser();
  const cached = user ? readSchemaCache(backend.baseUrl, user.id) : null;
  const bootstrap = backend.bootstrap({ cachedSchema: cached, ...(options.signal ? { signal: options.signal } : {}) });
  const bootstrapped = Promise.all([bootstrap, validator.loaded]);
  const firstScreen = user ? startFirstScreen({ backend, user, cached, bootstrapped, route: options.route ?? null }) : null;
  sent({ signedIn: user !== null }); // the bootstrap, and with a cached schema the rows
  let [info] = await bootstrapped;
  performance.mark("atrium:bootstrap");
  const { queries, rows } = (await firstScreen) ?? { queries: [], rows: null };
  performance.mark("atrium:schema");
  if (config.apiUrl === null && info.title === new URL(DEMO_API_URL).host) {
    info = { ...info, title: "Atrium demo" }; // the anonymous schema is refused: no title to show
  }
  return { config, backend, info, demoCredentials, demo, firstQueries: queries, earlyRows: rows };
}
