// The one error thrown when the server's admin schema does not have the documented shape.

export interface SchemaIssue {
  /** Where the problem is, e.g. `resources[3].fields.email.widget` ("" = the document itself). */
  path: string;
  /** The shape that was expected there, in words (e.g. `string`, `array of strings`). */
  expected: string;
  /** What was found (`missing` when the member is absent). */
  received: string;
}

export class SchemaError extends Error {
  readonly issues: SchemaIssue[];

  constructor(issues: SchemaIssue[]) {
    super(summarise(issues));
    this.name = "SchemaError";
    this.issues = issues;
  }
}

export function isSchemaError(e: unknown): e is SchemaError {
  return e instanceof SchemaError;
}

function summarise(issues: SchemaIssue[]): string {
  const first = issues[0];
  if (!first) return "The admin schema is invalid.";
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  return `The admin schema is invalid: ${describeIssue(first)}${more}`;
}

function describeIssue(issue: SchemaIssue): string {
  const where = issue.path === "" ? "the schema document" : issue.path;
  return `${where}: expected ${issue.expected}, received ${issue.received}`;
}

/**
 * Human text for an error thrown while loading a schema: one line per bad path with the expected
 * shape. Any other error gives its message.
 */
export function formatSchemaError(e: unknown): string {
  if (isSchemaError(e)) {
    const n = e.issues.length;
    const head = `The server's admin schema is invalid (${n} ${n === 1 ? "problem" : "problems"}):`;
    return [head, ...e.issues.map((i) => `- ${describeIssue(i)}`)].join("\n");
  }
  if (e instanceof Error) return e.message;
  return String(e);
}
