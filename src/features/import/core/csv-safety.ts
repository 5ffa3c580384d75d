// CSV writing that is safe to open in a spreadsheet (used by the import's failed-rows file and
// by export).
//
// Formula injection ("CSV injection"): spreadsheet programs run a cell that begins with `=`,
// `+`, `-` or `@` as a formula, and some also treat a leading tab or carriage return that way.
// neutralizeFormula() prefixes such a cell with a single quote `'`, which spreadsheets show as
// text and do not evaluate (OWASP's recommendation). It changes the data (the `'` is a real
// character in the file), so it is applied only to string cells, never to numbers (a negative
// number stays `-5`), and only when the caller asks. The import strips that guard again
// (stripFormulaGuard), so an exported file can be imported back.

const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes `'` to a cell that a spreadsheet would evaluate as a formula. */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Undoes neutralizeFormula: removes a `'` that precedes a formula trigger character. */
export function stripFormulaGuard(cell: string): string {
  return cell.length > 1 && cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export interface ToCsvOptions {
  /** Prefix a UTF-8 byte order mark so Excel reads the file as UTF-8. */
  bom?: boolean;
  delimiter?: string;
  /** Apply neutralizeFormula to string cells. */
  neutralize?: boolean;
  /** Line ending; RFC 4180 says CRLF. */
  newline?: string;
}

function cellText(value: unknown, neutralize: boolean): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return neutralize ? neutralizeFormula(value) : value;
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString();
  const json = JSON.stringify(value);
  return neutralize ? neutralizeFormula(json) : json;
}

/** Quotes a field when it holds the delimiter, a quote, CR or LF (RFC 4180), doubling quotes. */
export function csvField(text: string, delimiter = ","): string {
  if (text.includes('"') || text.includes(delimiter) || text.includes("\n") || text.includes("\r")) {
    return `"${text.replace(/"/g, '""')}"`;
  }
  return text;
}

/** Writes rows as RFC 4180 CSV (CRLF line ends, quoted where needed). */
export function toCsv(rows: unknown[][], opts: ToCsvOptions = {}): string {
  const delimiter = opts.delimiter ?? ",";
  const newline = opts.newline ?? "\r\n";
  const neutralize = opts.neutralize ?? false;
  const lines = rows.map((row) => row.map((v) => csvField(cellText(v, neutralize), delimiter)).join(delimiter));
  const body = lines.length > 0 ? lines.join(newline) + newline : "";
  return (opts.bom ? "\uFEFF" : "") + body;
}
