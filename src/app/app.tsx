import { useEffect, useState } from "react";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { RouterProvider } from "react-router";
import type { DataRouter, RouteObject } from "react-router";
import { BackendProvider } from "../data/backend-context.tsx";
import { SessionProvider } from "../features/auth/session-provider.tsx";
import { Toaster } from "../ui/toaster.tsx";
import { setToastPage } from "../ui/toast-store.ts";
import type { Booted } from "./boot.ts";
import { appRoutes } from "./app-routes.tsx";
import { loadShell } from "./route-chunks.ts";
import { RateLimitToasts } from "./rate-limit-toasts.tsx";
import { DemoContext } from "./demo/demo-context.ts";

export type CreateRouter = (routes: RouteObject[]) => DataRouter;

/** The running app over a booted backend: query cache, backend, session, router, toasts. */
export function App({ booted, queryClient, createRouter }: { booted: Booted; queryClient: QueryClient; createRouter: CreateRouter }) {
  const [router] = useState(() => createRouter(appRoutes()));
  useEffect(() => {
    // toasts are about the page they were raised on (toast-store.ts): tell it where the user is
    setToastPage(router.state.location.pathname);
    return router.subscribe((state) => setToastPage(state.location.pathname));
  }, [router]);
  useEffect(() => {
    // fetch the signed-in part while the user is still on the sign-in screen
    void loadShell().catch(() => undefined);
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <DemoContext value={booted.demo}>
        <BackendProvider backend={booted.backend}>
          <SessionProvider backend={booted.backend} info={booted.info} demoCredentials={booted.demoCredentials}>
            <RouterProvider router={router} />
            <Toaster />
            <RateLimitToasts backend={booted.backend} />
          </SessionProvider>
        </BackendProvider>
      </DemoContext>
    </QueryClientProvider>
  );
}
