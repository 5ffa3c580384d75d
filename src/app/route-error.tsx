import { useRouteError } from "react-router";
import { ErrorScreen } from "../ui/error-screen.tsx";
import { t } from "./messages.ts";

/** Last-resort route error element: an unexpected render error shows its reason, never blank. */
export function RouteError() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error ?? t("unknownError"));
  return (
    <ErrorScreen
      title={t("somethingWrong")}
      message={message}
      onRetry={() => window.location.reload()}
      retryLabel={t("reload")}
    />
  );
}
