import { createElement, lazy, Suspense, type ComponentType } from "react";
import { Navigate, Route, Routes, useLocation } from "react-router";
import { ErrorBoundary } from "../ui/error-boundary.tsx";
import { LoadingScreen } from "../ui/loading-screen.tsx";
import { RequireSession } from "./require-session.tsx";
import { RouteError } from "./route-error.tsx";
import { shellModule, signInModule } from "./route-chunks.ts";
import { listPageModule } from "../features/list/list-modules.ts";
import { lazyModule, type LazyModule } from "../ui/load-once.ts";

/**
 * A route's page from a lazily loaded module: in place at once when the module is already loaded
 * (main.tsx loads the opened route's chunks before mounting), else it suspends until it is.
 */
function lazyPage<M>(module: LazyModule<M>, pick: (m: M) => ComponentType): ComponentType {
  const Pending = lazy(async () => ({ default: pick(await module.load()) }));
  return function LazyPage() {
    const loaded = module.get();
    return loaded ? createElement(pick(loaded)) : <Pending />;
  };
}
/** Each page is its own chunk, so a route loads only the code it needs. */
const page = <M,>(load: () => Promise<M>, pick: (m: M) => ComponentType) => lazyPage(lazyModule(load), pick);

const SignInPage = lazyPage(signInModule, (m) => m.SignInPage);
const SchemaGate = lazyPage(shellModule, (s) => s.SchemaGate);
const ResourceRoute = lazyPage(shellModule, (s) => s.ResourceRoute);
const NotFoundPage = lazyPage(shellModule, (s) => s.NotFoundPage);
const ListPage = lazyPage(listPageModule, (m) => m.ListPage);
const DashboardPage = page(() => import("../features/dashboard/dashboard-page.tsx"), (m) => m.DashboardPage);
const ActivityPage = page(() => import("../features/activity/activity-page.tsx"), (m) => m.ActivityPage);
const NewRecordPage = page(() => import("../features/form/new-record-page.tsx"), (m) => m.NewRecordPage);
const ImportPage = page(() => import("../features/import/import-page.tsx"), (m) => m.ImportPage);
const RecordPage = page(() => import("../features/form/record-page.tsx"), (m) => m.RecordPage);
const EditRecordPage = page(() => import("../features/form/edit-record-page.tsx"), (m) => m.EditRecordPage);

/**
 * /login, and behind a session + loaded schema: / (→ /dashboard), /dashboard, /activity,
 * /r/:resource, /r/:resource/new, /r/:resource/import, /r/:resource/:id, /r/:resource/:id/edit,
 * and a not-found page for anything else.
 */
export function AppRoutes() {
  const { pathname } = useLocation();
  // a page's render error or its code that failed to load shows its reason; another page tries again
  return (
    <ErrorBoundary resetKey={pathname} fallback={(error) => <RouteError error={error} />}>
      <Suspense fallback={<LoadingScreen />}>
        <Routes>
          <Route path="login" element={<SignInPage />} />
          <Route element={<RequireSession />}>
            <Route element={<SchemaGate />}>
              <Route index element={<Navigate to="/dashboard" replace />} />
              <Route path="dashboard" element={<DashboardPage />} />
              <Route path="activity" element={<ActivityPage />} />
              <Route path="r/:resource" element={<ResourceRoute />}>
                <Route index element={<ListPage />} />
                <Route path="new" element={<NewRecordPage />} />
                <Route path="import" element={<ImportPage />} />
                <Route path=":id" element={<RecordPage />} />
                <Route path=":id/edit" element={<EditRecordPage />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Route>
        </Routes>
      </Suspense>
    </ErrorBoundary>
  );
}
