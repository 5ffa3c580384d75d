// A SchemaError in the spoken language: the framing and each issue's sentence. The paths, and the
// shapes in the schema's own terms ("array of strings"), stay as they are. Not imported by the
// validator, so that its chunk carries no catalogue.
import type { SchemaIssue } from "./schema-error.ts";
import { isSchemaError } from "./schema-error.ts";
import { t } from "./schema-messages.ts";

/** What was found: "missing" in the spoken language, else as received. */
export function receivedText(issue: SchemaIssue): string {
  return issue.received === "missing" ? t("missing") : issue.received;
}

export function describeIssue(issue: SchemaIssue): string {
  return t("issue", { path: issue.path === "" ? t("document") : issue.path, expected: issue.expected, received: receivedText(issue) });
}

/**
 * Human text for an error thrown while loading a schema: one line per bad path with the expected
 * shape. Any other error gives its message.
 */
export function formatSchemaError(e: unknown): string {
  if (isSchemaError(e)) return [t("listHead", { count: e.issues.length }), ...e.issues.map((i) => `- ${describeIssue(i)}`)].join("\n");
  if (e instanceof Error) return e.message;
  return String(e);
}
