// The React app mounted on #root: its own chunk, so the entry that starts the boot requests
// (main.tsx) does not wait for React DOM, the router and the query client to load and run.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter } from "react-router";
import { initColorMode } from "../ui/color-mode.ts";
import { ErrorBoundary } from "../ui/error-boundary.tsx";
import { AppRoot } from "./app-root.tsx";
import type { Booted } from "./boot.ts";

export function mountApp(
  root: HTMLElement,
  { basename, boot, booted }: { basename: string; boot: (signal: AbortSignal) => Promise<Booted>; booted?: Booted },
): void {
  performance.mark("atrium:mount");
  initColorMode();
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <AppRoot boot={boot} {...(booted ? { booted } : {})} createRouter={(routes) => createBrowserRouter(routes, { basename })} />
      </ErrorBoundary>
    </StrictMode>,
  );
}
