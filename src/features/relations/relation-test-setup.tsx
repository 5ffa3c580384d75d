// Test setup for the relation picker: the Craft Easy adapter over the reference backend (real
// protocol, no network), signed in, with every request recorded; jsdom sizes for the Virtualizer.
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState, type ReactNode } from "react";
import { vi } from "vitest";
import { createCraftEasyBackend } from "../../backend/craft-easy/craft-easy-backend.ts";
import { createLitestarBackend } from "../../backend/litestar-admin/litestar-backend.ts";
import { validateSchema } from "../../protocol/validate-schema.ts";
import { createReferenceBackend, type ReferenceOptions } from "../../reference/reference-backend.ts";
import { DEMO_OTP_CODE } from "../../reference/demo-credentials.ts";
import type { AdminSchema, ResourceSchema } from "../../protocol/types.ts";
import { dataWrapper, testQueryClient } from "../../data/test-wrapper.tsx";
import type { WidgetInputProps } from "../../widgets/types.ts";

export interface RecordedRequest {
  method: string;
  url: URL;
  signal: AbortSignal;
}

const observers = new Set<FakeIntersectionObserver>();

/** jsdom has no IntersectionObserver (react-aria's load-more sentinel uses one). */
class FakeIntersectionObserver {
  readonly root = null;
  readonly rootMargin = "";
  readonly thresholds: number[] = [];
  private targets = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    observers.add(this);
  }
  observe(el: Element) {
    this.targets.add(el);
  }
  unobserve(el: Element) {
    this.targets.delete(el);
  }
  disconnect() {
    this.targets.clear();
    observers.delete(this);
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
  fire() {
    const entries = [...this.targets].map((target) => ({ target, isIntersecting: true, intersectionRatio: 1 }) as unknown as IntersectionObserverEntry);
    if (entries.length > 0) this.callback(entries, this as unknown as IntersectionObserver);
  }
}

/** Pretend every load-more sentinel scrolled into view (infinite scroll). */
export function scrollSentinelsIntoView(): void {
  for (const o of [...observers]) o.fire();
}

/** The Virtualizer measures its scroll view; jsdom has no layout, so give elements a size. */
export function stubLayout(): void {
  vi.stubGlobal("IntersectionObserver", FakeIntersectionObserver);
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockImplementation(() => 300);
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockImplementation(() => 300);
  vi.spyOn(HTMLElement.prototype, "scrollHeight", "get").mockImplementation(() => 300);
  vi.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockImplementation(() => 300);
  vi.spyOn(HTMLElement.prototype, "offsetWidth", "get").mockImplementation(() => 300);
}

export async function setupReference(opts: { reference?: ReferenceOptions; delayMs?: number } = {}) {
  const reference = createReferenceBackend({ seed: { orders: 50 }, ...opts.reference });
  const requests: RecordedRequest[] = [];
  let recording = false;
  const backend = createCraftEasyBackend({
    baseUrl: "https://ref.test",
    fetch: async (req: Request) => {
      if (recording) requests.push({ method: req.method, url: new URL(req.url), signal: req.signal });
      if (opts.delayMs) {
        await new Promise<void>((resolve, reject) => {
          const t = setTimeout(resolve, opts.delayMs);
          req.signal.addEventListener("abort", () => {
            clearTimeout(t);
            reject(req.signal.reason instanceof Error ? req.signal.reason : new DOMException("Aborted", "AbortError"));
          });
        });
      }
      return reference.handle(req);
    },
    validateSchema,
    storage: null,
    settings: {},
  });
  await backend.login({ step: "request-code", channel: "email", target: "admin@example.com" });
  await backend.login({ step: "verify-code", target: "admin@example.com", code: DEMO_OTP_CODE });
  const { schema } = await backend.loadSchema();
  recording = true;
  const client = testQueryClient();
  const Wrapper = dataWrapper(backend, schema, client);
  const resource = (name: string): ResourceSchema => {
    const r = schema.resources.find((x) => x.name === name);
    if (!r) throw new Error(`no resource ${name}`);
    return r;
  };
  /** Requests whose path is `/<endpoint>` (no id), e.g. searches and label look-ups. */
  const listCalls = (endpoint: string) => requests.filter((r) => r.method === "GET" && r.url.pathname === `/${endpoint}`);
  return { reference, backend, schema, client, Wrapper, requests, resource, listCalls };
}

/** The litestar-admin adapter over the reference backend's litestar face, signed in. */
export async function setupLitestar() {
  const reference = createReferenceBackend({ seed: { orders: 50 } });
  const requests: RecordedRequest[] = [];
  let recording = false;
  const backend = createLitestarBackend({
    baseUrl: "http://demo.test",
    fetch: (req: Request) => {
      if (recording) requests.push({ method: req.method, url: new URL(req.url), signal: req.signal });
      return reference.handle(req);
    },
    validateSchema,
    storage: null,
    settings: {},
    setTimer: () => 0,
    clearTimer: () => undefined,
  });
  await backend.bootstrap();
  await backend.login({ step: "password", email: "admin@example.com", password: "admin" });
  const { schema } = await backend.loadSchema();
  recording = true;
  const Wrapper = dataWrapper(backend, schema, testQueryClient());
  return { reference, backend, schema, Wrapper, requests };
}

export type ReferenceSetup = Awaited<ReturnType<typeof setupReference>>;

/** A form-like harness: `<label htmlFor>` + the input, keeping the value in state. */
export function renderField(
  setup: { Wrapper: (p: { children: ReactNode }) => ReactNode; schema: AdminSchema },
  Input: (p: WidgetInputProps) => ReactNode,
  resourceName: string,
  fieldName: string,
  initial: unknown = null,
) {
  const resource = setup.schema.resources.find((r) => r.name === resourceName);
  const field = resource?.fields[fieldName];
  if (!field) throw new Error(`no field ${resourceName}.${fieldName}`);
  const onChange = vi.fn();
  const label = field.label ?? fieldName;
  function Harness() {
    const [value, setValue] = useState<unknown>(initial);
    return (
      <div>
        <label htmlFor="f-input">{label}</label>
        <Input
          name={fieldName}
          id="f-input"
          field={field!}
          label={label}
          value={value}
          onChange={(v) => {
            onChange(v);
            setValue(v);
          }}
        />
        <output data-testid="value">{JSON.stringify(value)}</output>
      </div>
    );
  }
  const user = userEvent.setup();
  const { Wrapper } = setup;
  const result = render(
    <Wrapper>
      <Harness />
    </Wrapper>,
  );
  return { ...result, user, onChange, label, field, last: () => onChange.mock.calls.at(-1)?.[0] as unknown };
}
