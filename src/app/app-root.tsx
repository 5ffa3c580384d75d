import { useCallback, useEffect, useState } from "react";
import type { QueryClient } from "@tanstack/react-query";
import { LoadingScreen } from "../ui/loading-screen.tsx";
import type { Booted } from "./boot.ts";
import { BootErrorScreen } from "./boot-error-screen.tsx";
import { App, type AppNavigation } from "./app.tsx";
import { createQueryClient } from "./create-query-client.ts";
import { useLocale } from "../i18n/use-locale.ts";
import { t } from "./messages.ts";

/** A booted backend and the query client holding what the boot fetched for it. */
export interface Started {
  booted: Booted;
  queryClient: QueryClient;
}

export const startApp = (booted: Booted): Started => ({ booted, queryClient: createQueryClient(booted.firstQueries) });

type BootState = { status: "loading" } | { status: "error"; error: unknown } | { status: "ready"; started: Started };

export interface AppRootProps {
  /** Config → backend → BackendInfo; rejects with the reason. */
  boot: (signal: AbortSignal) => Promise<Booted>;
  navigation: AppNavigation;
  /** A boot that has already finished (main.tsx waits for it): rendered at once, no loading screen. */
  started?: Started;
}

/** Runs the boot sequence: a loading screen first, then the app, or the reason with Retry. */
export function AppRoot({ boot, navigation, started }: AppRootProps) {
  const [state, setState] = useState<BootState>(started ? { status: "ready", started } : { status: "loading" });
  const [attempt, setAttempt] = useState(0);
  // a change of language renders the app afresh in it (the URL, the query cache and drafts stay)
  const locale = useLocale();

  useEffect(() => {
    if (started && attempt === 0) return;
    const ctrl = new AbortController();
    boot(ctrl.signal).then(
      (booted) => !ctrl.signal.aborted && setState({ status: "ready", started: startApp(booted) }),
      (error: unknown) => !ctrl.signal.aborted && setState({ status: "error", error }),
    );
    return () => ctrl.abort();
  }, [boot, attempt, started]);

  const retry = useCallback(() => {
    setState({ status: "loading" });
    setAttempt((n) => n + 1);
  }, []);

  if (state.status === "loading") return <LoadingScreen label={t("connecting")} />;
  if (state.status === "error") return <BootErrorScreen error={state.error} onRetry={retry} />;
  return <App key={`${attempt}:${locale}`} booted={state.started.booted} queryClient={state.started.queryClient} navigation={navigation} />;
}
