import { isApiError } from "../backend/api-error.ts";
import { isSchemaError } from "../protocol/schema-error.ts";
import { isConfigError } from "../config/config-error.ts";
import { ErrorScreen } from "../ui/error-screen.tsx";
import type { SchemaError } from "../protocol/schema-error.ts";

/** The SchemaError itself, or the one an adapter wrapped in an ApiError (code SCHEMA_INVALID). */
function schemaErrorOf(error: unknown): SchemaError | null {
  if (isSchemaError(error)) return error;
  if (isApiError(error) && isSchemaError(error.details)) return error.details;
  return null;
}

/** The reason start-up (or the schema load) failed, with Retry; schema errors list each path. */
export function BootErrorScreen({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const schemaError = schemaErrorOf(error);
  if (schemaError) {
    const n = schemaError.issues.length;
    return (
      <ErrorScreen
        title="The admin schema is invalid"
        message={`The server sent an admin schema that Atrium cannot use (${n} ${n === 1 ? "problem" : "problems"}):`}
        onRetry={onRetry}
      >
        <ul className="issue-list">
          {schemaError.issues.map((issue, i) => (
            <li key={`${issue.path}-${i}`}>
              <code>{issue.path === "" ? "(the schema document)" : issue.path}</code>: expected{" "}
              <strong>{issue.expected}</strong>, received <strong>{issue.received}</strong>
            </li>
          ))}
        </ul>
      </ErrorScreen>
    );
  }
  if (isConfigError(error)) {
    return <ErrorScreen title="The configuration is invalid" message={error.message} onRetry={onRetry} />;
  }
  if (isApiError(error)) {
    const unreachable = error.status === 0;
    return (
      <ErrorScreen
        title={unreachable ? "Cannot reach the backend" : "The backend returned an error"}
        message={
          unreachable
            ? error.message
            : `${error.message} (HTTP ${error.status}${error.code ? `, ${error.code}` : ""})`
        }
        onRetry={onRetry}
      />
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return <ErrorScreen title="Atrium could not start" message={message || "Unknown error."} onRetry={onRetry} />;
}
