import type { ComponentType } from "react";
import { Navigate, type RouteObject } from "react-router";
import { SignInPage } from "../features/auth/sign-in-page.tsx";
import { LoadingScreen } from "../ui/loading-screen.tsx";
import { RequireSession } from "./require-session.tsx";
import { RouteError } from "./route-error.tsx";
import { loadShell } from "./route-chunks.ts";

type Shell = Awaited<ReturnType<typeof loadShell>>;
const component = (pick: (shell: Shell) => ComponentType) => async () => ({ Component: pick(await loadShell()) });
/** Each page is its own chunk, so a route loads only the code it needs. */
const page = <M,>(load: () => Promise<M>, pick: (m: M) => ComponentType) => async () => ({ Component: pick(await load()) });

/**
 * /login, and behind a session + loaded schema: / (→ /dashboard), /dashboard, /activity,
 * /r/:resource, /r/:resource/new, /r/:resource/import, /r/:resource/:id, /r/:resource/:id/edit,
 * and a not-found page for anything else.
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
                { path: "dashboard", lazy: page(() => import("../features/dashboard/dashboard-page.tsx"), (m) => m.DashboardPage) },
                { path: "activity", lazy: page(() => import("../features/activity/activity-page.tsx"), (m) => m.ActivityPage) },
                {
                  path: "r/:resource",
                  lazy: component((s) => s.ResourceRoute),
                  children: [
                    { index: true, lazy: page(() => import("../features/list/list-page.tsx"), (m) => m.ListPage) },
                    { path: "new", lazy: page(() => import("../features/form/new-record-page.tsx"), (m) => m.NewRecordPage) },
                    { path: "import", lazy: page(() => import("../features/import/import-page.tsx"), (m) => m.ImportPage) },
                    { path: ":id", lazy: page(() => import("../features/form/record-page.tsx"), (m) => m.RecordPage) },
                    { path: ":id/edit", lazy: page(() => import("../features/form/edit-record-page.tsx"), (m) => m.EditRecordPage) },
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
