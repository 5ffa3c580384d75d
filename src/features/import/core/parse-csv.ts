// CSV parsing as plain functions, shared by the Web Worker (parse-worker.ts), the main-thread
// fallback (parse-file.ts) and tests: text → rows (parseText), bytes → text → rows
// (parseBytes), and chunked reading of a Blob that never holds more than one chunk of bytes
// (streamCsv).
import { createCsvStreamParser } from "./csv-stream.ts";
import { detectDialect, type DetectedDialect } from "./detect-dialect.ts";
import { createDecoder, decodeBytes, detectEncoding, ENCODING_SAMPLE_BYTES } from "./detect-encoding.ts";
import { createTableCollector } from "./table-collector.ts";
import type { Cell, ParsedTable, ParseOptions, ParseProgress, TextEncodingName } from "./types.ts";

function resolveDialect(sample: string, complete: boolean, opts: ParseOptions): DetectedDialect {
  const detected = detectDialect(sample, complete);
  return {
    delimiter: opts.delimiter ?? detected.delimiter,
    quoteChar: opts.quoteChar ?? detected.quoteChar,
    newline: detected.newline,
    hasHeader: opts.hasHeader ?? detected.hasHeader,
  };
}

/** The meta of a CSV table, minus what the table collector fills in. */
export function csvMeta(opts: ParseOptions, encoding: string, dialect: DetectedDialect, byteLength: number) {
  return {
    fileName: opts.fileName ?? "",
    format: "csv" as const,
    encoding,
    delimiter: dialect.delimiter,
    quoteChar: dialect.quoteChar,
    newline: dialect.newline,
    byteLength,
  };
}

/** Parses CSV text synchronously (dialect and header detected unless given). A leading BOM is ignored. */
export function parseText(text: string, opts: ParseOptions = {}): ParsedTable {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const dialect = resolveDialect(body.slice(0, ENCODING_SAMPLE_BYTES), body.length <= ENCODING_SAMPLE_BYTES, opts);
  const collector = createTableCollector(dialect.hasHeader, opts.columnName);
  const parser = createCsvStreamParser(dialect, (cells, line) => collector.add(cells, line));
  parser.push(body);
  parser.finish();
  return collector.finish(csvMeta(opts, opts.encoding ?? "utf-8", dialect, body.length));
}

/** Detects the encoding of raw bytes, decodes them and parses the text synchronously. */
export function parseBytes(bytes: Uint8Array, opts: ParseOptions = {}): ParsedTable {
  const guess = opts.encoding ? { encoding: opts.encoding, bomLength: bomLengthFor(bytes, opts.encoding) } : detectEncoding(bytes);
  const table = parseText(decodeBytes(bytes, guess), opts);
  table.meta.encoding = guess.encoding;
  table.meta.byteLength = bytes.length;
  return table;
}

function bomLengthFor(bytes: Uint8Array, encoding: TextEncodingName): number {
  const guess = detectEncoding(bytes.subarray(0, 4));
  return guess.encoding === encoding ? guess.bomLength : 0;
}

/** Reads `[start, end)` of a Blob, with FileReader where Blob#arrayBuffer is missing. */
export function readBlobSlice(blob: Blob, start: number, end: number): Promise<Uint8Array> {
  const slice = blob.slice(start, end);
  if (typeof slice.arrayBuffer === "function") return slice.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("Could not read the file"));
    reader.readAsArrayBuffer(slice);
  });
}

export interface StreamStart {
  encoding: TextEncodingName;
  dialect: DetectedDialect;
}

export interface StreamCsvEvents {
  /** Called once, before any rows, when encoding and dialect are known. */
  onStart(info: StreamStart): void;
  /** A batch of records (the header row first, when there is one) and their start lines. */
  onRows(rows: Cell[][], lines: number[]): void;
  onProgress?(progress: ParseProgress): void;
  signal?: AbortSignal;
}

export interface StreamCsvOptions extends ParseOptions {
  /** Bytes read per step (default 1 MiB). */
  chunkSize?: number;
  /** Rows per onRows batch (default 5000). */
  batchSize?: number;
}

function abortError(): Error {
  const e = new Error("Parsing was cancelled");
  e.name = "AbortError";
  return e;
}

/**
 * Streams a Blob through encoding detection, incremental decoding (multi-byte characters split
 * across chunks stay intact) and incremental CSV parsing, one chunk at a time.
 */
export async function streamCsv(blob: Blob, opts: StreamCsvOptions, events: StreamCsvEvents): Promise<StreamStart> {
  const total = blob.size;
  const chunkSize = Math.max(opts.chunkSize ?? 1024 * 1024, 1024);
  const batchSize = opts.batchSize ?? 5000;
  let rowsSeen = 0;
  let batch: Cell[][] = [];
  let batchLines: number[] = [];

  const flush = () => {
    if (batch.length === 0) return;
    events.onRows(batch, batchLines);
    batch = [];
    batchLines = [];
  };

  // The first read is large enough for encoding and dialect detection.
  const firstEnd = Math.min(total, Math.max(chunkSize, ENCODING_SAMPLE_BYTES));
  let bytes = await readBlobSlice(blob, 0, firstEnd);
  const guess = opts.encoding ? { encoding: opts.encoding, bomLength: bomLengthFor(bytes, opts.encoding) } : detectEncoding(bytes);
  const decoder = createDecoder(guess.encoding);
  let offset = firstEnd;
  let text = decoder.decode(bytes.subarray(guess.bomLength), offset < total);
  const dialect = resolveDialect(text, offset >= total, opts);
  const start: StreamStart = { encoding: guess.encoding, dialect };
  events.onStart(start);

  const parser = createCsvStreamParser(dialect, (cells, line) => {
    batch.push(cells);
    batchLines.push(line);
    rowsSeen++;
    if (batch.length >= batchSize) flush();
  });

  for (;;) {
    if (events.signal?.aborted) throw abortError();
    parser.push(text);
    flush();
    events.onProgress?.({ rows: rowsSeen, bytesRead: offset, totalBytes: total });
    if (offset >= total) break;
    const end = Math.min(total, offset + chunkSize);
    bytes = await readBlobSlice(blob, offset, end);
    offset = end;
    text = decoder.decode(bytes, offset < total);
  }
  parser.finish();
  flush();
  events.onProgress?.({ rows: rowsSeen, bytesRead: total, totalBytes: total });
  return start;
}

/** streamCsv into a ParsedTable, in the calling thread (used without Worker support). */
export async function parseCsvBlob(
  blob: Blob,
  opts: StreamCsvOptions & { onProgress?: (p: ParseProgress) => void; signal?: AbortSignal } = {},
): Promise<ParsedTable> {
  let collector: ReturnType<typeof createTableCollector> | null = null;
  const start = await streamCsv(blob, opts, {
    onStart: (info) => {
      collector = createTableCollector(info.dialect.hasHeader, opts.columnName);
    },
    onRows: (rows, lines) => rows.forEach((r, i) => collector?.add(r, lines[i] ?? 0)),
    onProgress: opts.onProgress,
    signal: opts.signal,
  });
  const c = collector ?? createTableCollector(start.dialect.hasHeader, opts.columnName);
  return c.finish(csvMeta(opts, start.encoding, start.dialect, blob.size));
}
