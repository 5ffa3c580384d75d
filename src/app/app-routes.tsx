import type { ComponentType } from "react";
import { Navigate, type RouteObject } from "react-router";
import { LoadingScreen } from "../ui/loading-screen.tsx";
import { RequireSession } from "./require-session.tsx";
import { RouteError } from "./route-error.tsx";
import { shellModule, signInModule } from "./route-chunks.ts";
import { listPageModule } from "../features/list/list-modules.ts";
import type { LazyModule } from "../ui/load-once.ts";

/**
 * A route's component from a lazily loaded module: in place at once when the module is already
 * loaded (main.tsx loads the opened route's chunks before mounting), else `lazy`.
 */
function fromModule<M>(module: LazyModule<M>, pick: (m: M) => ComponentType): Pick<RouteObject, "Component" | "lazy"> {
  const loaded = module.get();
  if (loaded) return { Component: pick(loaded) };
  return { lazy: async () => ({ Component: pick(await module.load()) }) };
}
/** Each page is its own chunk, so a route loads only the code it needs. */
const page = <M,>(load: () => Promise<M>, pick: (m: M) => ComponentType) => ({ lazy: async () => ({ Component: pick(await load()) }) });

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
        { path: "login", ...fromModule(signInModule, (m) => m.SignInPage) },
        {
          element: <RequireSession />,
          children: [
            {
              ...fromModule(shellModule, (s) => s.SchemaGate),
              children: [
                { index: true, element: <Navigate to="/dashboard" replace /> },
                { path: "dashboard", ...page(() => import("../features/dashboard/dashboard-page.tsx"), (m) => m.DashboardPage) },
                { path: "activity", ...page(() => import("../features/activity/activity-page.tsx"), (m) => m.ActivityPage) },
                {
                  path: "r/:resource",
                  ...fromModule(shellModule, (s) => s.ResourceRoute),
                  children: [
                    { index: true, ...fromModule(listPageModule, (m) => m.ListPage) },
                    { path: "new", ...page(() => import("../features/form/new-record-page.tsx"), (m) => m.NewRecordPage) },
                    { path: "import", ...page(() => import("../features/import/import-page.tsx"), (m) => m.ImportPage) },
                    { path: ":id", ...page(() => import("../features/form/record-page.tsx"), (m) => m.RecordPage) },
                    { path: ":id/edit", ...page(() => import("../features/form/edit-record-page.tsx"), (m) => m.EditRecordPage) },
                  ],
                },
                { path: "*", ...fromModule(shellModule, (s) => () => <s.NotFoundPage />) },
              ],
            },
          ],
        },
      ],
    },
  ];
}
