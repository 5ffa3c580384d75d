import { Component, type ErrorInfo, type ReactNode } from "react";
import { ErrorScreen } from "./error-screen.tsx";
import { t } from "./messages.ts";

interface State {
  error: unknown;
}

/** Last line of defence outside the router: an unexpected render error shows its reason. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error ?? new Error(t("unknownError")) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error("Atrium crashed:", error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    const e = this.state.error;
    return (
      <ErrorScreen
        title={t("crashTitle")}
        message={e instanceof Error ? e.message : String(e)}
        onRetry={() => window.location.reload()}
        retryLabel={t("crashReload")}
      />
    );
  }
}
