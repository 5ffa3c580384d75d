// A record page whose record could not be loaded: the reason, then what can help. A record that
// does not exist offers the way back to its list ("Back to books"); retrying cannot bring it
// back. A server or network failure offers Retry.
import { Link } from "react-router";
import type { ResourceSchema } from "../../protocol/types.ts";
import { inSentence } from "../shared/refusal-message.ts";
import { isNotFound, recordLoadError } from "./record-load-error.ts";
import { t } from "./messages.ts";

export interface RecordLoadFailureProps {
  resource: Pick<ResourceSchema, "name" | "label" | "label_plural">;
  error: unknown;
  onRetry(): void;
}

export function RecordLoadFailure({ resource, error, onRetry }: RecordLoadFailureProps) {
  return (
    <div className="error-state" role="alert">
      <p>{recordLoadError(resource, error)}</p>
      {isNotFound(error) ? (
        <Link className="btn" to={`/r/${encodeURIComponent(resource.name)}`}>
          {t("backToList", { labelPlural: inSentence(resource.label_plural) })}
        </Link>
      ) : (
        <button type="button" className="btn" onClick={onRetry}>
          {t("retry")}
        </button>
      )}
    </div>
  );
}
