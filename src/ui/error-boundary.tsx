import { Component, type ErrorInfo, type ReactNode } from "react";
import { ErrorScreen } from "./error-screen.tsx";
import { t } from "./messages.ts";

interface State {
  error: unknown;
  resetKey: unknown;
}

interface ErrorBoundaryProps {
  children: ReactNode;
  /** When it changes (another page), the children are tried again. */
  resetKey?: unknown;
  /** What shows instead of the children; default: the crash screen with Reload. */
  fallback?: (error: unknown) => ReactNode;
}

/** An unexpected render error shows its reason, never a blank page: the app's last line of defence, and each route's. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error(t("unknownError")) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error("Atrium crashed:", error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    const e = this.state.error;
    if (this.props.fallback) return this.props.fallback(e);
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
