// Guesses how a CSV sample is written: delimiter (`,` `;` tab `|`), quote character (`"` or
// `'`), line ending, and whether the first row is a header.
import Papa from "papaparse";
import { parseDateText } from "../../../protocol/field-validation/parse-date-text.ts";
import { parseNumberText } from "../../../protocol/field-validation/parse-number-text.ts";

export const DELIMITERS = [",", ";", "\t", "|"] as const;
export const QUOTE_CHARS = ['"', "'"] as const;

export interface CsvDialect {
  delimiter: string;
  quoteChar: string;
  /** Line ending as seen in the file ("\r\n", "\n" or "\r"). */
  newline: "\r\n" | "\n" | "\r";
}

export interface DetectedDialect extends CsvDialect {
  hasHeader: boolean;
}

const SAMPLE_ROWS = 100;

/** "\r\n" when the file uses it, else "\n", else "\r" (old Mac), else "\n". */
export function detectNewline(sample: string): CsvDialect["newline"] {
  const lf = sample.indexOf("\n");
  if (lf > 0 && sample[lf - 1] === "\r") return "\r\n";
  if (lf >= 0) return "\n";
  return sample.includes("\r") ? "\r" : "\n";
}

/** The line break the parser splits on: "\n" whenever there is one (a stray "\r" is trimmed). */
export function parserNewline(newline: CsvDialect["newline"]): "\n" | "\r" {
  return newline === "\r" ? "\r" : "\n";
}

/**
 * Rows of a sample, parsed with the given dialect. When the sample is a prefix of a longer
 * file, its last (possibly cut) row is left out. Blank lines are skipped.
 */
export function sampleRows(sample: string, delimiter: string, quoteChar: string, complete: boolean, limit = SAMPLE_ROWS): string[][] {
  const newline = parserNewline(detectNewline(sample));
  const rows: string[][] = [];
  const parser = new Papa.Parser({ delimiter, quoteChar, newline, preview: limit + 10 });
  const result = parser.parse(sample, 0, !complete) as { data: string[][] };
  for (const row of result.data) {
    const last = row.length - 1;
    if (newline === "\n" && last >= 0 && row[last]?.endsWith("\r")) row[last] = row[last].slice(0, -1);
    if (row.length === 1 && (row[0] ?? "").trim() === "") continue;
    rows.push(row);
    if (rows.length >= limit) break;
  }
  return rows;
}

interface Score {
  delimiter: string;
  modeCount: number;
  consistency: number;
}

function scoreDelimiter(rows: string[][], delimiter: string): Score {
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  let modeCount = 1;
  let modeFreq = 0;
  for (const [count, freq] of counts) {
    if (freq > modeFreq || (freq === modeFreq && count > modeCount)) {
      modeCount = count;
      modeFreq = freq;
    }
  }
  const consistency = rows.length > 0 && modeCount > 1 ? modeFreq / rows.length : 0;
  return { delimiter, modeCount, consistency };
}

/** Counts fields that are wrapped in the given quote character. */
function quotedFieldCount(sample: string, delimiter: string, quote: string): number {
  const d = delimiter === "|" ? "\\|" : delimiter;
  const q = quote;
  const re = new RegExp(`(?:^|[${d}\\n])${q}[^${q}]*${q}(?=[${d}\\r\\n]|$)`, "g");
  return (sample.match(re) ?? []).length;
}

export function detectQuoteChar(sample: string, delimiter: string): string {
  const doubles = quotedFieldCount(sample, delimiter, '"');
  const singles = quotedFieldCount(sample, delimiter, "'");
  return singles > doubles ? "'" : '"';
}

/**
 * Picks the delimiter whose field count is the most consistent across the sample rows (quotes
 * respected); ties go to the one giving more fields, then to the order `,` `;` tab `|`.
 */
export function detectDelimiter(sample: string, complete = true): string {
  let best: Score | null = null;
  for (const delimiter of DELIMITERS) {
    const quote = detectQuoteChar(sample, delimiter);
    const score = scoreDelimiter(sampleRows(sample, delimiter, quote, complete), delimiter);
    if (
      !best ||
      score.consistency > best.consistency + 1e-9 ||
      (Math.abs(score.consistency - best.consistency) <= 1e-9 && score.modeCount > best.modeCount)
    ) {
      best = score;
    }
  }
  return best && best.consistency > 0 ? best.delimiter : ",";
}

type CellKind = "empty" | "number" | "date" | "bool" | "email" | "url" | "text";

function cellKind(cell: string): CellKind {
  const s = cell.trim();
  if (s === "") return "empty";
  if (parseNumberText(s) !== null) return "number";
  if (parseDateText(s) !== null) return "date";
  if (/^(true|false)$/i.test(s)) return "bool"; // not yes/no: "No" is a common header ("number")
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s)) return "email";
  if (/^https?:\/\//i.test(s)) return "url";
  return "text";
}

/**
 * Whether the first row is a header: its cells are non-empty (mostly), distinct, not numbers,
 * dates, booleans, emails or URLs; and when a column's data is typed (numbers, dates...) the
 * header cell is text. A text-only table with a plausible first row counts as having a header.
 */
export function detectHeader(rows: string[][]): boolean {
  const first = rows[0];
  if (!first || first.length === 0) return false;
  const kinds = first.map(cellKind);
  if (kinds.some((k) => k !== "text" && k !== "empty")) return false;
  const nonEmpty = first.map((c) => c.trim().toLowerCase()).filter((c) => c !== "");
  if (nonEmpty.length === 0 || nonEmpty.length * 2 < first.length) return false;
  if (new Set(nonEmpty).size !== nonEmpty.length) return false;
  const data = rows.slice(1);
  if (data.length === 0) return true;
  // A header cell that reappears below in its own column is data.
  for (let c = 0; c < first.length; c++) {
    const h = (first[c] ?? "").trim().toLowerCase();
    if (h !== "" && data.some((r) => (r[c] ?? "").trim().toLowerCase() === h)) return false;
  }
  return true;
}

/** Everything at once, from a text sample (the start of the file, or all of it). */
export function detectDialect(sample: string, complete = true): DetectedDialect {
  const delimiter = detectDelimiter(sample, complete);
  const quoteChar = detectQuoteChar(sample, delimiter);
  const newline = detectNewline(sample);
  const hasHeader = detectHeader(sampleRows(sample, delimiter, quoteChar, complete, 50));
  return { delimiter, quoteChar, newline, hasHeader };
}
