import { useRouteError } from "react-router";
import { ErrorScreen } from "../ui/error-screen.tsx";

/** Last-resort route error element: an unexpected render error shows its reason, never blank. */
export function RouteError() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error ?? "Unknown error");
  return (
    <ErrorScreen
      title="Something went wrong"
      message={message}
      onRetry={() => window.location.reload()}
      retryLabel="Reload"
    />
  );
}
