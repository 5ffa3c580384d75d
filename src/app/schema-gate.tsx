import { Suspense } from "react";
import { Outlet } from "react-router";
import { useSession } from "../features/auth/session-context.ts";
import { useSchemaBootstrap } from "../data/use-schema-bootstrap.ts";
import { SchemaProvider } from "../data/schema-context.tsx";
import { LoadingScreen } from "../ui/loading-screen.tsx";
import { BootErrorScreen } from "./boot-error-screen.tsx";
import { ShellLayout } from "./shell-layout.tsx";
import { appWidgets } from "./app-widgets.ts";
import { WidgetRegistryProvider } from "../widgets/widget-registry-context.tsx";
import { isApiError } from "../backend/api-error.ts";
import { t } from "./messages.ts";

/** A network failure (not an auth or server answer): the cached schema is shown "offline". */
function isUnreachable(error: unknown): boolean {
  if (isApiError(error)) return error.status === 0 && error.code !== "ABORTED";
  return error instanceof TypeError;
}

/**
 * Loads the signed-in user's schema; until then a loading screen, on failure the reason + Retry.
 * The screens below get the schema and the app's widgets.
 */
export function SchemaGate() {
  const { backend, user } = useSession();
  const boot = useSchemaBootstrap(backend, user, { enabled: user !== null });
  if (boot.schema) {
    return (
      <SchemaProvider schema={boot.schema}>
        <WidgetRegistryProvider registry={appWidgets}>
          <ShellLayout
            schema={boot.schema}
            schemaUpdateAvailable={boot.schemaUpdateAvailable}
            onApplySchemaUpdate={boot.applySchemaUpdate}
            offline={boot.stale && isUnreachable(boot.error)}
          >
            <Suspense fallback={<LoadingScreen />}>
              <Outlet />
            </Suspense>
          </ShellLayout>
        </WidgetRegistryProvider>
      </SchemaProvider>
    );
  }
  if (boot.status === "error") return <BootErrorScreen error={boot.error} onRetry={boot.retry} />;
  return <LoadingScreen label={t("loadingSchema")} />;
}
