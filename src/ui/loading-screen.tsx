import { t } from "./messages.ts";

/** Full-page busy state with a spoken label (never a blank page). */
export function LoadingScreen({ label = t("loading") }: { label?: string }) {
  return (
    <div className="screen">
      <div className="loading" role="status" aria-live="polite">
        <div className="spinner" aria-hidden="true" />
        <span>{label}</span>
      </div>
    </div>
  );
}
