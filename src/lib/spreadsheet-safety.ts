// The one formula-injection ("CSV injection") guard for every file Atrium hands to the user:
// exports in CSV, JSON and XLSX, and the import's failed-rows CSV.
//
// Spreadsheet programs run a cell as a formula when it begins with `=`, `+`, `-` or `@` (some
// also with a leading tab or carriage return), and some trim leading spaces first. So a text
// cell that starts with one of those, after any leading whitespace, is prefixed with a single
// quote `'` (OWASP's recommendation): spreadsheets show it as text and do not evaluate it. The
// `'` is a real character in the file, so only text is guarded, never numbers or booleans (a
// negative number stays `-5`). The import strips the guard again (stripFormulaGuard), so a file
// Atrium wrote can be imported back unchanged.

const FORMULA_START = /^\s*[=+\-@\t\r]/;

/** Prefixes `'` to text that a spreadsheet would evaluate as a formula. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes neutralizeFormula: removes a `'` that precedes a formula trigger. */
export function stripFormulaGuard(text: string): string {
  return text.length > 1 && text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** A cell as a file gets it: empty, a number or boolean as it is, or guarded text. */
export type SafeCell = string | number | boolean | null;

/** Any value as one guarded cell: dates as ISO text, objects and arrays as JSON text. */
export function safeCell(value: unknown): SafeCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "bigint") return String(value);
  if (typeof value === "string") return neutralizeFormula(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  return neutralizeFormula(JSON.stringify(value) ?? "");
}

/** A value for a JSON file: every string guarded, at any depth; everything else kept. */
export function safeJsonValue(value: unknown): unknown {
  if (typeof value === "string") return neutralizeFormula(value);
  if (Array.isArray(value)) return value.map(safeJsonValue);
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, safeJsonValue(v)]));
  }
  return value;
}

/** Quotes a field when it holds the delimiter, a quote, CR or LF (RFC 4180), doubling quotes. */
export function csvField(text: string, delimiter = ","): string {
  if (text.includes('"') || text.includes(delimiter) || text.includes("\n") || text.includes("\r")) {
    return `"${text.replace(/"/g, '""')}"`;
  }
  return text;
}

export interface ToCsvOptions {
  /** Prefix a UTF-8 byte order mark so Excel reads the file as UTF-8. */
  bom?: boolean;
  delimiter?: string;
  /** Line ending; RFC 4180 says CRLF. */
  newline?: string;
}

/** Writes rows as RFC 4180 CSV (CRLF line ends, quoted where needed), every cell through safeCell. */
export function toCsv(rows: unknown[][], opts: ToCsvOptions = {}): string {
  const delimiter = opts.delimiter ?? ",";
  const newline = opts.newline ?? "\r\n";
  const lines = rows.map((row) => row.map((v) => csvField(String(safeCell(v) ?? ""), delimiter)).join(delimiter));
  const body = lines.length > 0 ? lines.join(newline) + newline : "";
  return (opts.bom ? "\uFEFF" : "") + body;
}
