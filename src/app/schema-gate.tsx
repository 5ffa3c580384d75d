import { Outlet } from "react-router";
import { useSession } from "../features/auth/session-context.ts";
import { useSchemaBootstrap } from "./schema-bootstrap-shim.ts";
import { SchemaProvider } from "../data/schema-context.tsx";
import { LoadingScreen } from "../ui/loading-screen.tsx";
import { BootErrorScreen } from "./boot-error-screen.tsx";
import { ShellLayout } from "./shell-layout.tsx";

/** Loads the signed-in user's schema; until then a loading screen, on failure the reason + Retry. */
export function SchemaGate() {
  const { backend, user } = useSession();
  const boot = useSchemaBootstrap(backend, user);
  if (boot.schema) {
    return (
      <SchemaProvider schema={boot.schema}>
        <ShellLayout
          schema={boot.schema}
          schemaUpdateAvailable={boot.schemaUpdateAvailable}
          onApplySchemaUpdate={boot.applySchemaUpdate}
        >
          <Outlet />
        </ShellLayout>
      </SchemaProvider>
    );
  }
  if (boot.error) return <BootErrorScreen error={boot.error} onRetry={() => void boot.retry()} />;
  return <LoadingScreen label="Loading the admin schema…" />;
}
