// Main-thread API for parsing an import file (CSV or XLSX) without blocking the page: the work
// runs in a module Web Worker (parse-worker.ts) that streams rows back in batches. Where
// workers are unavailable (tests, old browsers, a worker that fails to load) the same code
// runs here, chunk by chunk.
import { csvMeta } from "./parse-csv.ts";
import type { ParseRequest, ParseResponse } from "./parse-messages.ts";
import { handleParseRequest } from "./parse-worker-handler.ts";
import { createTableCollector, type TableCollector } from "./table-collector.ts";
import type { ParsedTable, ParseOptions, ParseProgress } from "./types.ts";
import { t } from "../messages.ts";

/** The part of Worker that parseFile uses (so tests can pass a fake). */
export interface ParseWorkerLike {
  postMessage(message: ParseRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ParseResponse>) => void) | null;
  onerror: ((event: Event) => void) | null;
}

export interface ParseFileOptions extends ParseOptions {
  onProgress?: (progress: ParseProgress) => void;
  signal?: AbortSignal;
  /** Bytes per read step (default 1 MiB). */
  chunkSize?: number;
  /** "auto" (default): a Web Worker when available; "never": always in this thread. */
  worker?: "auto" | "never";
  /** Creates the worker (tests inject a fake). */
  createWorker?: () => ParseWorkerLike;
}

function abortError(): Error {
  const e = new Error("Parsing was cancelled");
  e.name = "AbortError";
  return e;
}

function defaultWorker(): ParseWorkerLike {
  return new Worker(new URL("./parse-worker.ts", import.meta.url), { type: "module", name: "atrium-import-parser" }) as unknown as ParseWorkerLike;
}

/**
 * Turns the worker's messages back into a ParsedTable. Returns the table on "done", throws
 * on "error", and returns null for messages that need no answer yet.
 */
export function createResponseAssembler(fileName: string, onProgress?: (p: ParseProgress) => void) {
  let collector: TableCollector | null = null;
  let start: Extract<ParseResponse, { type: "start" }> | null = null;
  let table: ParsedTable | null = null;
  return {
    accept(msg: ParseResponse, options: ParseOptions): ParsedTable | null {
      switch (msg.type) {
        case "start":
          start = msg;
          collector = createTableCollector(msg.dialect.hasHeader, options.columnName);
          return null;
        case "rows":
          if (collector) {
            const c = collector;
            msg.rows.forEach((r, i) => c.add(r, msg.lines[i] ?? 0));
          }
          return null;
        case "progress":
          onProgress?.(msg.progress);
          return null;
        case "table":
          table = msg.table;
          return null;
        case "error": {
          const e = new Error(msg.message);
          e.name = msg.name;
          throw e;
        }
        case "done":
          if (table) return table;
          if (!collector || !start) throw new Error(t("parserNoData"));
          return collector.finish(csvMeta({ ...options, fileName }, start.encoding, start.dialect, start.byteLength));
      }
    },
  };
}

function fileNameOf(file: Blob, opts: ParseOptions): string {
  return opts.fileName ?? (typeof File !== "undefined" && file instanceof File ? file.name : "");
}

async function parseHere(file: Blob, opts: ParseFileOptions): Promise<ParsedTable> {
  const fileName = fileNameOf(file, opts);
  const assembler = createResponseAssembler(fileName, opts.onProgress);
  const { onProgress: _p, signal, createWorker: _c, worker: _w, ...options } = opts;
  let result: ParsedTable | null = null;
  let failure: unknown = null;
  const request: ParseRequest = { type: "parse", file, fileName, options };
  await handleParseRequest(
    request,
    (msg) => {
      if (failure || signal?.aborted) return;
      try {
        result = assembler.accept(msg, options) ?? result;
      } catch (e) {
        failure = e;
      }
    },
    signal,
  );
  if (signal?.aborted) throw abortError();
  if (failure) throw failure;
  if (!result) throw new Error(t("parserNoData"));
  return result;
}

function parseInWorker(file: Blob, opts: ParseFileOptions, worker: ParseWorkerLike): Promise<ParsedTable | "worker-failed"> {
  const fileName = fileNameOf(file, opts);
  const assembler = createResponseAssembler(fileName, opts.onProgress);
  const { onProgress: _p, signal, createWorker: _c, worker: _w, ...options } = opts;
  return new Promise((resolve, reject) => {
    let settled = false;
    let started = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      worker.terminate();
      fn();
    };
    const onAbort = () => finish(() => reject(abortError()));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener("abort", onAbort);
    worker.onmessage = (event) => {
      started = true;
      try {
        const table = assembler.accept(event.data, options);
        if (table) finish(() => resolve(table));
      } catch (e) {
        finish(() => reject(e));
      }
    };
    // An error before any message means the worker itself could not run: fall back.
    worker.onerror = () => finish(() => (started ? reject(new Error(t("parserStopped"))) : resolve("worker-failed")));
    worker.postMessage({ type: "parse", file, fileName, options });
  });
}

/** Parses a CSV or XLSX file. Progress is reported per chunk; `signal` cancels. */
export async function parseFile(file: Blob, opts: ParseFileOptions = {}): Promise<ParsedTable> {
  const canWork = opts.worker !== "never" && (opts.createWorker !== undefined || typeof Worker !== "undefined");
  if (canWork) {
    let worker: ParseWorkerLike | null;
    try {
      worker = (opts.createWorker ?? defaultWorker)();
    } catch {
      worker = null;
    }
    if (worker) {
      const result = await parseInWorker(file, opts, worker);
      if (result !== "worker-failed") return result;
    }
  }
  return parseHere(file, opts);
}
