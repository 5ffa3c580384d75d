import type { ReactNode } from "react";
import { t } from "./messages.ts";

export interface ErrorScreenProps {
  title: string;
  /** The reason, announced in role="alert". */
  message: ReactNode;
  /** Extra detail under the message (e.g. the list of schema issues). */
  children?: ReactNode;
  onRetry?: () => void;
  retryLabel?: string;
  actions?: ReactNode;
}

/** Full-page error with the reason and a Retry button. */
export function ErrorScreen({ title, message, children, onRetry, retryLabel = t("retry"), actions }: ErrorScreenProps) {
  return (
    <main className="screen">
      <div className="screen-card wide">
        <h1>{title}</h1>
        <div role="alert">
          <p className="lead">{message}</p>
          {children}
        </div>
        <div className="screen-actions">
          {onRetry && (
            <button type="button" className="btn btn-primary" onClick={onRetry}>
              {retryLabel}
            </button>
          )}
          {actions}
        </div>
      </div>
    </main>
  );
}
