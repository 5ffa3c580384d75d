import type { ComponentType } from "react";
import { Navigate, type RouteObject } from "react-router";
import { SignInPage } from "../features/auth/sign-in-page.tsx";
import { LoadingScreen } from "../ui/loading-screen.tsx";
import { RequireSession } from "./require-session.tsx";
import { RouteError } from "./route-error.tsx";

/** Load the signed-in part of the app (one chunk); call early to prefetch it. */
export const loadShell = () => import("./lazy-shell.ts");

type Shell = Awaited<ReturnType<typeof loadShell>>;
const component = (pick: (shell: Shell) => ComponentType) => async () => ({ Component: pick(await loadShell()) });

/**
 * /login, and behind a session + loaded schema: / (→ /dashboard), /dashboard, /r/:resource,
 * /r/:resource/new, /r/:resource/:id, and a not-found page for anything else.
 */
export function appRoutes(): RouteObject[] {
  return [
    {
      errorElement: <RouteError />,
      hydrateFallbackElement: <LoadingScreen />,
      children: [
        { path: "login", element: <SignInPage /> },
        {
          element: <RequireSession />,
          children: [
            {
              lazy: component((s) => s.SchemaGate),
              children: [
                { index: true, element: <Navigate to="/dashboard" replace /> },
                { path: "dashboard", lazy: component((s) => s.DashboardPage) },
                {
                  path: "r/:resource",
                  lazy: component((s) => s.ResourceRoute),
                  children: [
                    { index: true, lazy: component((s) => s.PlainListPage) },
                    { path: "new", lazy: component((s) => s.NewRecordPage) },
                    { path: ":id", lazy: component((s) => s.RecordPage) },
                  ],
                },
                { path: "*", lazy: component((s) => () => <s.NotFoundPage />) },
              ],
            },
          ],
        },
      ],
    },
  ];
}
