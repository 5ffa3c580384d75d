// Incremental CSV parsing over decoded text chunks, on papaparse's low-level Parser (the same
// machinery Papa.parse uses for its own chunked streaming): every push() parses the complete
// rows and keeps the unfinished tail (a cut row or an open quoted field) for the next chunk.
import Papa from "papaparse";
import { parserNewline, type CsvDialect } from "./detect-dialect.ts";

export interface CsvRowSink {
  /** One record, with the 1-based line of the file where it starts. Blank lines are skipped. */
  (cells: string[], line: number): void;
}

export interface CsvStreamParser {
  push(text: string): void;
  /** Parses what is left (the last row may lack a line break). */
  finish(): void;
}

interface StepResult {
  data: string[][];
  meta: { cursor: number };
}

export function createCsvStreamParser(dialect: Pick<CsvDialect, "delimiter" | "quoteChar" | "newline">, onRow: CsvRowSink): CsvStreamParser {
  const newline = parserNewline(dialect.newline);
  let tail = "";
  let line = 1; // line where the next record starts
  let input = "";
  let rowStart = 0;

  const emit = (row: string[], end: number) => {
    const startLine = line;
    for (let i = input.indexOf(newline, rowStart); i !== -1 && i < end; i = input.indexOf(newline, i + 1)) line++;
    rowStart = end;
    const last = row.length - 1;
    if (newline === "\n" && last >= 0 && row[last]?.endsWith("\r")) row[last] = row[last].slice(0, -1);
    if (row.length === 1 && (row[0] ?? "").trim() === "") return;
    onRow(row, startLine);
  };

  const parser = new Papa.Parser({
    delimiter: dialect.delimiter,
    quoteChar: dialect.quoteChar,
    newline,
    step: (results: StepResult) => {
      const row = results.data[0];
      if (row) emit(row, results.meta.cursor);
    },
  });

  const run = (text: string, last: boolean) => {
    input = text;
    rowStart = 0;
    parser.parse(text, 0, !last);
    tail = last ? "" : text.slice(rowStart);
  };

  return {
    push(text: string) {
      if (text === "") return;
      run(tail + text, false);
    },
    finish() {
      run(tail, true);
    },
  };
}
