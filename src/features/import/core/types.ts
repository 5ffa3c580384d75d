// Shared types of the import core (parsing, mapping, validation, running). No UI here.
import type { Id, Item } from "../../../backend/types.ts";

/** One parsed cell. CSV cells are always strings; empty XLSX cells are null. */
export type Cell = string | null;

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface ParseMeta {
  fileName: string;
  format: "csv" | "xlsx";
  /** The encoding the bytes were decoded with ("utf-8" for XLSX). */
  encoding: string;
  /** Field delimiter ("," for XLSX). */
  delimiter: string;
  quoteChar: string;
  /** Line ending seen in the file: "\r\n", "\n" or "\r". */
  newline: string;
  hasHeader: boolean;
  /** Number of data rows (the header row not counted). */
  rowCount: number;
  /**
   * 0-based data row indexes whose cell count differs from the header's (without a header:
   * from the most common count). Such rows are kept, never dropped.
   */
  raggedRows: number[];
  /** Decimal separator numbers are known to use (XLSX numbers are always "."), if known. */
  decimal?: "." | ",";
  sheetName?: string;
  byteLength: number;
}

export interface ParsedTable {
  /**
   * Unique, non-empty column names: the header cells (blank ones become "Column N", repeats get
   * " (2)"), or "Column 1", "Column 2", ... without a header. Cells beyond the header in
   * longer rows get "Column N" columns too, so no value is hidden.
   */
  columns: string[];
  rows: Cell[][];
  /** 1-based line in the file where each data row starts (the header is line 1). */
  lines: number[];
  meta: ParseMeta;
}

/** User overrides of what detection would choose. */
export interface ParseOptions {
  encoding?: TextEncodingName;
  delimiter?: string;
  quoteChar?: string;
  hasHeader?: boolean;
  fileName?: string;
  /** For XLSX: sheet index (1-based) or name. Default: the first sheet. */
  sheet?: number | string;
}

export interface ParseProgress {
  rows: number;
  bytesRead: number;
  totalBytes: number;
}

/** column name → field name (or null when the column is not imported). */
export type ColumnMapping = Record<string, string | null>;

export type { Id, Item };
