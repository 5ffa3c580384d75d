// Messages between parse-file.ts (main thread) and parse-worker.ts.
import type { DetectedDialect } from "./detect-dialect.ts";
import type { Cell, ParsedTable, ParseOptions, ParseProgress, TextEncodingName } from "./types.ts";

export interface ParseRequest {
  type: "parse";
  file: Blob;
  fileName: string;
  options: ParseOptions & { chunkSize?: number; batchSize?: number };
}

export type ParseResponse =
  /** CSV: encoding and dialect are known; rows follow (the header row first, if any). */
  | { type: "start"; encoding: TextEncodingName; dialect: DetectedDialect; byteLength: number }
  | { type: "rows"; rows: Cell[][]; lines: number[] }
  | { type: "progress"; progress: ParseProgress }
  /** XLSX: the whole table at once (read-excel-file has no row streaming). */
  | { type: "table"; table: ParsedTable }
  | { type: "done" }
  | { type: "error"; name: string; message: string };
