import { useCallback, useEffect, useState } from "react";
import { LoadingScreen } from "../ui/loading-screen.tsx";
import type { Booted } from "./boot.ts";
import { BootErrorScreen } from "./boot-error-screen.tsx";
import { App, type CreateRouter } from "./app.tsx";

type BootState = { status: "loading" } | { status: "error"; error: unknown } | { status: "ready"; booted: Booted };

export interface AppRootProps {
  /** Config → backend → BackendInfo; rejects with the reason. */
  boot: (signal: AbortSignal) => Promise<Booted>;
  createRouter: CreateRouter;
  /** A boot that has already finished (main.tsx waits for it): rendered at once, no loading screen. */
  booted?: Booted;
}

/** Runs the boot sequence: a loading screen first, then the app, or the reason with Retry. */
export function AppRoot({ boot, createRouter, booted }: AppRootProps) {
  const [state, setState] = useState<BootState>(booted ? { status: "ready", booted } : { status: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (booted && attempt === 0) return;
    const ctrl = new AbortController();
    boot(ctrl.signal).then(
      (booted) => !ctrl.signal.aborted && setState({ status: "ready", booted }),
      (error: unknown) => !ctrl.signal.aborted && setState({ status: "error", error }),
    );
    return () => ctrl.abort();
  }, [boot, attempt, booted]);

  const retry = useCallback(() => {
    setState({ status: "loading" });
    setAttempt((n) => n + 1);
  }, []);

  if (state.status === "loading") return <LoadingScreen label="Connecting to the backend…" />;
  if (state.status === "error") return <BootErrorScreen error={state.error} onRetry={retry} />;
  return <App key={attempt} booted={state.booted} createRouter={createRouter} />;
}
