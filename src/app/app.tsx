import { useEffect } from "react";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import type { NavigationHistory } from "../lib/navigation-history.ts";
import { BackendProvider } from "../data/backend-context.tsx";
import { SessionProvider } from "../features/auth/session-provider.tsx";
import { Toaster } from "../ui/toaster.tsx";
import { setToastPage } from "../ui/toast-store.ts";
import type { Booted } from "./boot.ts";
import { AppRoutes } from "./app-routes.tsx";
import { AppRouter } from "./app-router.tsx";
import { loadShell } from "./route-chunks.ts";
import { RateLimitToasts } from "./rate-limit-toasts.tsx";
import { DemoContext } from "./demo/demo-context.ts";

/** Where the router runs: the app's history and the path it is served under. */
export interface AppNavigation {
  history: NavigationHistory;
  basename: string;
}

/** The running app over a booted backend: query cache, backend, session, router, toasts. */
export function App({ booted, queryClient, navigation }: { booted: Booted; queryClient: QueryClient; navigation: AppNavigation }) {
  const { history, basename } = navigation;
  useEffect(() => {
    // toasts are about the page they were raised on (toast-store.ts): tell it where the user is
    setToastPage(history.location.pathname);
    return history.listen(({ location }) => setToastPage(location.pathname));
  }, [history]);
  useEffect(() => {
    // fetch the signed-in part while the user is still on the sign-in screen
    void loadShell().catch(() => undefined);
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <DemoContext value={booted.demo}>
        <BackendProvider backend={booted.backend}>
          <SessionProvider backend={booted.backend} info={booted.info} demoCredentials={booted.demoCredentials}>
            <AppRouter history={history} basename={basename}>
              <AppRoutes />
            </AppRouter>
            <Toaster />
            <RateLimitToasts backend={booted.backend} />
          </SessionProvider>
        </BackendProvider>
      </DemoContext>
    </QueryClientProvider>
  );
}
