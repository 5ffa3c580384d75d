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

/** The developer's summary (Error.message); screens word it with schema-error-text.ts. */
function describeIssue(issue: SchemaIssue): string {
  const where = issue.path === "" ? "the schema document" : issue.path;
  return `${where}: expected ${issue.expected}, received ${issue.received}`;
}
