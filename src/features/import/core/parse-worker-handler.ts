// What the parse worker does with one request, as a plain function (parse-worker.ts only wires
// it to the worker's message port), so it runs in tests and in the main-thread fallback.
import { streamCsv } from "./parse-csv.ts";
import type { ParseRequest, ParseResponse } from "./parse-messages.ts";
import { isXlsxFile, parseXlsx } from "./parse-xlsx.ts";

export async function handleParseRequest(req: ParseRequest, post: (msg: ParseResponse) => void, signal?: AbortSignal): Promise<void> {
  try {
    const file = req.file;
    if (isXlsxFile({ name: req.fileName, type: file.type })) {
      post({ type: "progress", progress: { rows: 0, bytesRead: 0, totalBytes: file.size } });
      const table = await parseXlsx(file, { ...req.options, fileName: req.fileName });
      post({ type: "progress", progress: { rows: table.rows.length, bytesRead: file.size, totalBytes: file.size } });
      post({ type: "table", table });
    } else {
      await streamCsv(file, req.options, {
        onStart: (info) => post({ type: "start", encoding: info.encoding, dialect: info.dialect, byteLength: file.size }),
        onRows: (rows, lines) => post({ type: "rows", rows, lines }),
        onProgress: (progress) => post({ type: "progress", progress }),
        signal,
      });
    }
    post({ type: "done" });
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    post({ type: "error", name: err.name, message: err.message });
  }
}
