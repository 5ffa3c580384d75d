import { isApiError } from "../backend/api-error.ts";
import { isSchemaError } from "../protocol/schema-error.ts";
import { isConfigError } from "../config/config-error.ts";
import { ErrorScreen } from "../ui/error-screen.tsx";
import type { SchemaError } from "../protocol/schema-error.ts";
import { receivedText } from "../protocol/schema-error-text.ts";
import { t as schemaText } from "../protocol/schema-messages.ts";
import { richText } from "../i18n/rich-text.tsx";
import { t } from "./messages.ts";

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
    return (
      <ErrorScreen title={schemaText("title")} message={schemaText("intro", { count: schemaError.issues.length })} onRetry={onRetry}>
        <ul className="issue-list">
          {schemaError.issues.map((issue, i) => (
            <li key={`${issue.path}-${i}`}>
              {richText((v) => schemaText("issue", v), {
                path: <code>{issue.path === "" ? schemaText("documentPath") : issue.path}</code>,
                expected: <strong>{issue.expected}</strong>,
                received: <strong>{receivedText(issue)}</strong>,
              })}
            </li>
          ))}
        </ul>
      </ErrorScreen>
    );
  }
  if (isConfigError(error)) {
    return <ErrorScreen title={t("configInvalid")} message={error.message} onRetry={onRetry} />;
  }
  if (isApiError(error)) {
    const unreachable = error.status === 0;
    return (
      <ErrorScreen
        title={unreachable ? t("unreachable") : t("backendError")}
        message={
          unreachable
            ? error.message
            : t(error.code ? "backendErrorDetailCode" : "backendErrorDetail", { message: error.message, status: String(error.status), code: error.code })
        }
        onRetry={onRetry}
      />
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return <ErrorScreen title={t("couldNotStart")} message={message || t("unknownErrorSentence")} onRetry={onRetry} />;
}
