// The React app mounted on #root: its own chunk, so the entry that starts the boot requests
// (main.tsx) does not wait for React DOM, the router and the query client to load and run.
import { startTransition, StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserHistory } from "../lib/navigation-history.ts";
import { initColorMode } from "../ui/color-mode.ts";
import { ErrorBoundary } from "../ui/error-boundary.tsx";
import { AppRoot, startApp } from "./app-root.tsx";
import type { Booted } from "./boot.ts";

// Evaluated once React and the app's code have: the boot's API requests should be out by now.
performance.mark("atrium:react");

export interface MountOptions {
  basename: string;
  boot: (signal: AbortSignal) => Promise<Booted>;
  /** A boot main.tsx has already finished: rendered at once. */
  booted?: Booted;
}

export function mountApp(root: HTMLElement, options: MountOptions): void {
  performance.mark("atrium:mount");
  initColorMode();
  const { basename, boot, booted } = options;
  const history = createBrowserHistory();
  const app = (
    <StrictMode>
      <ErrorBoundary>
        <AppRoot boot={boot} {...(booted ? { started: startApp(booted) } : {})} navigation={{ history, basename }} />
      </ErrorBoundary>
    </StrictMode>
  );
  // a transition: React renders the first screen (the page with its rows) in slices, yielding to
  // the browser between them, rather than in one long task
  startTransition(() => createRoot(root).render(app));
}
