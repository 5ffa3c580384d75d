// Renders the whole app (boot → providers → router) in a memory router, over the reference
// backend called in-process through its `handle` function: real protocol behaviour, no network.
import { render } from "@testing-library/react";
import { createMemoryHistory } from "../lib/navigation-history.ts";
import { createReferenceBackend } from "../reference/reference-backend.ts";
import type { ReferenceBackend, ReferenceOptions } from "../reference/reference-backend.ts";
import type { AppConfig } from "../config/types.ts";
import { AppRoot } from "../app/app-root.tsx";
import { boot } from "../app/boot.ts";
import { demoFetch } from "../app/demo/demo-fetch.ts";

export const TEST_API_URL = "https://api.test";

export interface RenderAppOptions {
  path?: string;
  /** Run as the demo build does (no API URL: lazy reference backend). */
  demo?: boolean;
  reference?: ReferenceBackend;
  referenceOptions?: ReferenceOptions;
  /** Wrap the fetch going to the reference backend (to corrupt answers, fail, count …). */
  wrapFetch?: (inner: typeof fetch) => typeof fetch;
  /** Replace the configuration step (e.g. to make it fail). */
  loadConfig?: () => Promise<AppConfig>;
  dialect?: AppConfig["dialect"];
  /** Hand the route to the boot as main.tsx does, so it starts the schema and list requests early. */
  earlyRoute?: boolean;
  /** Called when the boot has finished (before React renders what it brought). */
  onBooted?: () => void;
}

function routeOf(path: string) {
  const url = new URL(path, "http://app.test");
  return { pathname: url.pathname, search: url.search };
}

export function renderApp(options: RenderAppOptions = {}) {
  const reference = options.reference ?? createReferenceBackend({ seed: { orders: 130 }, ...options.referenceOptions });
  const inner = demoFetch(reference, 0);
  const fetchImpl = options.wrapFetch ? options.wrapFetch(inner) : inner;
  const config: AppConfig = options.demo
    ? { apiUrl: null, dialect: "auto", settings: {}, demo: true }
    : { apiUrl: TEST_API_URL, dialect: options.dialect ?? "craft-easy", settings: {}, demo: false };
  const loadConfig = options.loadConfig ?? (() => Promise.resolve(config));
  const history = createMemoryHistory(options.path ?? "/");
  const result = render(
    <AppRoot
      boot={(signal) =>
        boot({ loadConfig, fetch: fetchImpl, demoLatencyMs: 0, signal, ...(options.earlyRoute ? { route: routeOf(options.path ?? "/") } : {}) }).then((b) => {
          options.onBooted?.();
          return b;
        })
      }
      navigation={{ history, basename: "/" }}
    />,
  );
  return {
    ...result,
    reference,
    /** The current router location (pathname + search). */
    location(): string {
      const l = history.location;
      return l.pathname + l.search;
    },
  };
}
