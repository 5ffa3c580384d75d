import { Navigate, type RouteObject } from "react-router";
import { SignInPage } from "../features/auth/sign-in-page.tsx";
import { PlainListPage } from "../features/list/plain-list-page.tsx";
import { RecordPage } from "../features/record/record-page.tsx";
import { NewRecordPage } from "../features/record/new-record-page.tsx";
import { RequireSession } from "./require-session.tsx";
import { SchemaGate } from "./schema-gate.tsx";
import { DashboardPage } from "./dashboard-page.tsx";
import { ResourceRoute } from "./resource-route.tsx";
import { NotFoundPage } from "./not-found-page.tsx";
import { RouteError } from "./route-error.tsx";

/**
 * /login, and behind a session + loaded schema: / (→ /dashboard), /dashboard, /r/:resource,
 * /r/:resource/new, /r/:resource/:id, and a not-found page for anything else.
 */
export function appRoutes(): RouteObject[] {
  return [
    {
      errorElement: <RouteError />,
      children: [
        { path: "login", element: <SignInPage /> },
        {
          element: <RequireSession />,
          children: [
            {
              element: <SchemaGate />,
              children: [
                { index: true, element: <Navigate to="/dashboard" replace /> },
                { path: "dashboard", element: <DashboardPage /> },
                {
                  path: "r/:resource",
                  element: <ResourceRoute />,
                  children: [
                    { index: true, element: <PlainListPage /> },
                    { path: "new", element: <NewRecordPage /> },
                    { path: ":id", element: <RecordPage /> },
                  ],
                },
                { path: "*", element: <NotFoundPage /> },
              ],
            },
          ],
        },
      ],
    },
  ];
}
