import { ErrorScreen } from "../ui/error-screen.tsx";
import { t } from "./messages.ts";

/** Last-resort route error screen: an unexpected render error shows its reason, never blank. */
export function RouteError({ error }: { error: unknown }) {
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
