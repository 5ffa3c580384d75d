// Start-up: config → (demo: lazily load the reference backend) → Backend → BackendInfo.
// Every failure rejects; <AppRoot> shows it with a Retry button.
import type { AppConfig } from "../config/types.ts";
import type { Backend, BackendInfo, DevCredential } from "../backend/types.ts";
import type { FetchLike } from "../backend/http-client.ts";
import type { AdminSchema } from "../protocol/types.ts";
import { loadStartupConfig } from "../config/load-config.ts";
import { reloadForChangedConfig } from "../config/config-cache.ts";
import { createBackend } from "../backend/create-backend.ts";
import { DIALECTS, dialectEntry } from "../backend/dialects.ts";
import { DEMO_API_URL, demoFetch } from "./demo-fetch.ts";
import { startEarlyRequests, type EarlyRoute } from "./early-list.ts";
import { createFirstRequests, type ReplayedRequest } from "../data/first-requests.ts";
import { localStorageOrNull } from "../backend/browser-storage.ts";

export interface Booted {
  config: AppConfig;
  backend: Backend;
  info: BackendInfo;
  /** Shown on the sign-in screen (demo mode only). */
  demoCredentials: DevCredential[];
  /** The opened list route's rows, requested by the boot (settles with them); null otherwise. */
  earlyRows: Promise<unknown> | null;
  /**
   * With `BootOptions.pageKey`: stores the requests made since the boot started (the schema, the
   * rows, their relation labels: call it once the first screen is done) for index.html to send on
   * the next load of the page.
   */
  saveFirstRequests: (() => Promise<void>) | null;
}

export interface BootOptions {
  /** Default: config.json (a returning user's boot starts from the copy kept by the previous one). */
  loadConfig?: () => Promise<AppConfig>;
  /** config.json changed since the kept copy the boot started from; default: reload the page. */
  onConfigChanged?: () => void;
  /** The fetch for a configured (non-demo) backend; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Artificial latency of the demo backend. */
  demoLatencyMs?: number;
  signal?: AbortSignal;
  /** The route being opened: with a restored session its schema and list rows are requested at once. */
  route?: EarlyRoute;
  /**
   * The page's URL (path and query): the boot's requests are recorded under it, and `replayed`
   * (index.html's copies of the previous boot's, see first-requests.ts) answer identical ones.
   */
  pageKey?: string;
  replayed?: ReplayedRequest[];
}

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

export async function boot(options: BootOptions = {}): Promise<Booted> {
  const validator = loadValidator();
  performance.mark("atrium:boot");
  const { config, current } = options.loadConfig
    ? { config: await options.loadConfig(), current: Promise.resolve(true) }
    : await loadStartupConfig();
  performance.mark("atrium:config");
  const outcome = await bootWith(config, validator, options).then(
    (booted) => ({ booted }),
    (error: unknown) => ({ error }),
  );
  if (!(await current.catch(() => true))) {
    // Started from a kept copy of config.json that the served file no longer matches: nothing of
    // this boot may run (nor its failure show). Reload with the new file, kept by now; the boot
    // never settles.
    (options.onConfigChanged ?? reloadForChangedConfig)();
    return new Promise<Booted>(() => undefined);
  }
  if ("error" in outcome) throw outcome.error;
  return outcome.booted;
}

async function bootWith(config: AppConfig, { validateSchema, loaded: validatorLoad }: ReturnType<typeof loadValidator>, options: BootOptions): Promise<Booted> {
  let fetchImpl: FetchLike | undefined = options.fetch;
  let apiUrl = config.apiUrl;
  let demoCredentials: DevCredential[] = [];
  let storage: Storage | null | undefined;
  let settings = config.settings;

  let dialect = config.dialect;
  if (config.demo || apiUrl === null) {
    // the reference backend speaks every dialect ("auto": the table's first), in its own chunk:
    // the demo backend never weighs on a deployment that has a real API
    const entry = dialectEntry(config.dialect === "auto" ? DIALECTS[0].id : config.dialect);
    const [{ createReferenceBackend }, demo] = await Promise.all([import("../reference/reference-backend.ts"), entry.demo()]);
    fetchImpl = demoFetch(createReferenceBackend(), options.demoLatencyMs ?? 60);
    apiUrl = DEMO_API_URL + demo.path;
    dialect = entry.id;
    demoCredentials = [...demo.credentials];
    settings = { ...demo.settings, ...settings };
    // The demo backend lives in this page: a reload starts it afresh, so a stored token would
    // only be refused. Keep the demo session in memory (a reload goes to sign-in, ?next= kept).
    storage = null;
  }

  // A configured backend: the first screen's requests are recorded for the next load of the page.
  const pageStorage = storage === null ? null : localStorageOrNull();
  const pageKey = options.pageKey;
  const recording =
    pageStorage && pageKey !== undefined
      ? { first: createFirstRequests(fetchImpl ?? ((req: Request) => globalThis.fetch(req)), options.replayed ?? []), storage: pageStorage, pageKey }
      : null;
  if (recording) fetchImpl = recording.first.fetch;

  const backend = await createBackend(
    { apiUrl, dialect, settings },
    { ...(fetchImpl ? { fetch: fetchImpl } : {}), validateSchema, ...(storage !== undefined ? { storage } : {}) },
  );
  const saveFirstRequests = recording ? () => recording.first.save(recording.storage, recording.pageKey, backend.baseUrl) : null;
  performance.mark("atrium:backend");
  const bootstrap = backend.bootstrap(options.signal ? { signal: options.signal } : undefined);
  // With a restored session: the schema (its request is the bootstrap's) and the route's rows. A
  // schema cached by an earlier visit lets the rows go out now, beside the bootstrap.
  const route = options.route;
  // (in the entry, not a chunk: a chunk evaluated among React's put the rows request ~15 ms later)
  const bootstrapped = Promise.all([bootstrap, validatorLoad]);
  const earlyStarted = route ? startEarlyRequests(backend, route, storage, bootstrapped).catch(() => ({ rows: null })) : null;
  const [bootInfo] = await bootstrapped;
  performance.mark("atrium:bootstrap");
  const { rows: earlyRows } = (await earlyStarted) ?? { rows: null };
  performance.mark("atrium:schema");
  let info = bootInfo;
  if (apiUrl.startsWith(DEMO_API_URL) && info.title === new URL(DEMO_API_URL).host) {
    info = { ...info, title: "Atrium demo" }; // the anonymous schema is refused: no title to show
  }
  return { config, backend, info, demoCredentials, earlyRows, saveFirstRequests };
}
