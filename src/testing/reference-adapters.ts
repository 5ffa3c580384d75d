// The one reference-backend setup for tests above the wire: a client adapter (either dialect)
// over the in-process reference backend (its `handle` as fetch: real protocol, no network),
// bootstrapped, signed in as the login method it declares, its schema loaded, and every request
// after that recorded. Wire-level helpers (raw calls, tokens) stay in
// src/reference/testing/reference-setup.ts. No React here: src/testing/data-wrapper.tsx adds the
// providers to render in.
import { createCraftEasyBackend } from "../backend/craft-easy/craft-easy-backend.ts";
import type { CraftEasyBackend, CraftEasyBackendOptions } from "../backend/craft-easy/craft-easy-backend.ts";
import { dialectEntry, type Dialect } from "../backend/dialects.ts";
import { createLitestarBackend } from "../backend/litestar-admin/litestar-backend.ts";
import type { LitestarBackend, LitestarBackendOptions } from "../backend/litestar-admin/litestar-backend.ts";
import type { Backend, BackendInfo } from "../backend/types.ts";
import type { AdminSchema, ResourceSchema } from "../protocol/types.ts";
import { validateSchema } from "../protocol/validate-schema.ts";
import { DEMO_OTP_CODE } from "../reference/demo-credentials.ts";
import { LITESTAR_DEMO_PASSWORDS } from "../reference/litestar/litestar-demo.ts";
import { createReferenceBackend } from "../reference/reference-backend.ts";
import type { ReferenceBackend, ReferenceOptions } from "../reference/reference-backend.ts";
import { ADMIN_EMAIL, TEST_ORIGIN } from "../reference/testing/reference-setup.ts";
import type { Handle } from "../reference/testing/reference-setup.ts";

/** A request the adapter sent (after the setup finished). */
export interface RecordedRequest {
  method: string;
  url: URL;
  signal: AbortSignal;
}

export interface AdapterSetup<B extends Backend = Backend> {
  reference: ReferenceBackend;
  backend: B;
  /** What `bootstrap()` answered before sign-in. */
  info: BackendInfo;
  schema: AdminSchema;
  /** The resource named `name` (throws, naming what there is, when it is missing). */
  resource(name: string): ResourceSchema;
  /** Every request sent after sign-in and the schema load; empty it to start counting afresh. */
  requests: RecordedRequest[];
  /** The recorded GETs of `/<endpoint>` itself (no id): list queries, searches, label look-ups. */
  listCalls(endpoint: string): RecordedRequest[];
}

export interface AdapterSetupOptions<Settings = Record<string, unknown>> {
  /** Default: a reference backend made from `referenceOptions`. */
  reference?: ReferenceBackend;
  /** Default seed: 50 orders (with the customers, products and categories they need). */
  referenceOptions?: ReferenceOptions;
  /** Default: the test origin (the litestar adapter finds `/admin/api` below it). */
  baseUrl?: string;
  settings?: Settings;
  /** Who signs in. Default: the admin. */
  email?: string;
  /** Wrap the fetch that reaches the backend (to corrupt, fail or count requests). */
  wrapFetch?: (inner: Handle) => Handle;
  /** Answer each request this much later (abortable): to see loading states and cancellation. */
  delayMs?: number;
}

/** The resource named `name` in `schema` (throws, naming what there is, when it is missing). */
export function resourceOf(schema: AdminSchema, name: string): ResourceSchema {
  const r = schema.resources.find((x) => x.name === name);
  if (!r) throw new Error(`no resource ${name}; have ${schema.resources.map((x) => x.name).join(", ")}`);
  return r;
}

function delayed(ms: number, request: Request): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    request.signal.addEventListener("abort", () => {
      clearTimeout(t);
      reject(request.signal.reason instanceof Error ? request.signal.reason : new DOMException("Aborted", "AbortError"));
    });
  });
}

/** The wiring every setup shares: the reference, a recording (and maybe slow) fetch. */
function wire(options: AdapterSetupOptions<unknown>) {
  const reference = options.reference ?? createReferenceBackend({ seed: { orders: 50 }, ...options.referenceOptions });
  const requests: RecordedRequest[] = [];
  let recording = false;
  const inner: Handle = async (request) => {
    if (recording) requests.push({ method: request.method, url: new URL(request.url), signal: request.signal });
    if (options.delayMs) await delayed(options.delayMs, request);
    return reference.handle(request);
  };
  const fetch = options.wrapFetch ? options.wrapFetch(inner) : inner;
  return {
    reference,
    fetch,
    baseUrl: options.baseUrl ?? TEST_ORIGIN,
    email: options.email ?? ADMIN_EMAIL,
    async finish<B extends Backend>(backend: B, info: BackendInfo): Promise<AdapterSetup<B>> {
      const { schema } = await backend.loadSchema();
      recording = true;
      return {
        reference,
        backend,
        info,
        schema,
        resource: (name) => resourceOf(schema, name),
        requests,
        listCalls: (endpoint) => requests.filter((r) => r.method === "GET" && r.url.pathname === `/${endpoint.replace(/^\//, "")}`),
      };
    },
  };
}

/**
 * Sign in the way the backend's bootstrap says it signs in: the demo's e-mailed code, or the
 * demo password (from the answer's dev credentials, else the reference's own list).
 */
export async function signInAdapter(backend: Backend, info: BackendInfo, email = ADMIN_EMAIL): Promise<void> {
  if (info.login.kind === "otp") {
    await backend.login({ step: "request-code", channel: "email", target: email });
    await backend.login({ step: "verify-code", target: email, code: DEMO_OTP_CODE });
  } else if (info.login.kind === "password") {
    const password = info.devCredentials.find((c) => c.email === email)?.password ?? LITESTAR_DEMO_PASSWORDS[email] ?? "";
    await backend.login({ step: "password", email, password });
  }
  if (info.authRequired && backend.currentUser() === null) throw new Error(`${backend.dialect}: ${email} did not sign in`);
}

/** The Craft Easy adapter, signed in with the e-mail code, its schema loaded. */
export async function craftEasyAdapter(options: AdapterSetupOptions<CraftEasyBackendOptions["settings"]> = {}): Promise<AdapterSetup<CraftEasyBackend>> {
  const w = wire(options);
  const backend = createCraftEasyBackend({ baseUrl: w.baseUrl, fetch: w.fetch, validateSchema, storage: null, settings: options.settings ?? {} });
  const info = await backend.bootstrap();
  await signInAdapter(backend, info, w.email);
  return w.finish(backend, info);
}

/** The litestar-admin adapter, signed in with the demo password, its schema loaded; no timers. */
export async function litestarAdapter(options: AdapterSetupOptions<LitestarBackendOptions["settings"]> = {}): Promise<AdapterSetup<LitestarBackend>> {
  const w = wire(options);
  const backend = createLitestarBackend({
    baseUrl: w.baseUrl,
    fetch: w.fetch,
    validateSchema,
    storage: null,
    settings: options.settings ?? {},
    setTimer: () => 0,
    clearTimer: () => undefined,
  });
  const info = await backend.bootstrap();
  await signInAdapter(backend, info, w.email);
  return w.finish(backend, info);
}

/**
 * Either dialect's adapter by name, made through the dialect table as the app makes it (at the
 * path where the reference serves that dialect), signed in, its schema loaded; no timers.
 */
export async function referenceAdapter(dialect: Dialect, options: AdapterSetupOptions = {}): Promise<AdapterSetup> {
  const entry = dialectEntry(dialect);
  const w = wire(options);
  const backend = await entry.create({
    baseUrl: options.baseUrl ?? TEST_ORIGIN + (await entry.demo()).path,
    settings: options.settings ?? {},
    fetch: w.fetch,
    validateSchema,
    storage: null,
    setTimer: () => 0,
    clearTimer: () => undefined,
  });
  const info = await backend.bootstrap();
  await signInAdapter(backend, info, w.email);
  return w.finish(backend, info);
}
