import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { parseFile, type ParseWorkerLike } from "./parse-file.ts";
import type { ParseRequest, ParseResponse } from "./parse-messages.ts";
import { handleParseRequest } from "./parse-worker-handler.ts";

/** Runs the real worker handler in-process, delivering its messages asynchronously like a Worker. */
class FakeWorker implements ParseWorkerLike {
  onmessage: ((event: MessageEvent<ParseResponse>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  terminated = false;
  messages: ParseResponse["type"][] = [];
  constructor(private readonly failToLoad = false) {}
  postMessage(message: ParseRequest): void {
    if (this.failToLoad) {
      setTimeout(() => this.onerror?.(new Event("error")), 0);
      return;
    }
    void handleParseRequest(message, (msg) => {
      this.messages.push(msg.type);
      setTimeout(() => {
        if (!this.terminated) this.onmessage?.(new MessageEvent("message", { data: msg }));
      }, 0);
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

const csv = "sku;name;price\nA-1;Chair;12,50\nA-2;Table;149,00\n";

describe("parseFile", () => {
  it("parses a CSV through the worker protocol in batches", async () => {
    const worker = new FakeWorker();
    const lines = ["id,name"];
    for (let i = 0; i < 12_000; i++) lines.push(`${i},name ${i}`);
    const progress: number[] = [];
    const t = await parseFile(new File([lines.join("\n")], "big.csv", { type: "text/csv" }), {
      createWorker: () => worker,
      onProgress: (p) => progress.push(p.rows),
    });
    expect(t.rows).toHaveLength(12_000);
    expect(t.rows[11_999]).toEqual(["11999", "name 11999"]);
    expect(t.meta).toMatchObject({ fileName: "big.csv", hasHeader: true, rowCount: 12_000, delimiter: "," });
    expect(worker.messages.filter((m) => m === "rows").length).toBeGreaterThan(1);
    expect(worker.messages[0]).toBe("start");
    expect(worker.messages.at(-1)).toBe("done");
    expect(progress.at(-1)).toBe(12_001);
    expect(worker.terminated).toBe(true);
  });

  it("parses XLSX through the worker", async () => {
    const buf = await writeXlsxFile([[{ value: "name" }, { value: "qty" }], [{ value: "Chair" }, { value: 3 }]]).toBuffer();
    const file = new File([new Uint8Array(buf)], "p.xlsx");
    // jsdom's Blob has no arrayBuffer(); read-excel-file needs one, so hand it over directly.
    Object.defineProperty(file, "arrayBuffer", { value: async () => buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) });
    const t = await parseFile(file, { createWorker: () => new FakeWorker() });
    expect(t.columns).toEqual(["name", "qty"]);
    expect(t.rows).toEqual([["Chair", "3"]]);
    expect(t.meta.format).toBe("xlsx");
  });

  it("falls back to the main thread when the worker cannot start", async () => {
    const t = await parseFile(new File([csv], "p.csv"), { createWorker: () => new FakeWorker(true) });
    expect(t.rows).toEqual([["A-1", "Chair", "12,50"], ["A-2", "Table", "149,00"]]);
  });

  it("parses in this thread without Worker support", async () => {
    expect(typeof Worker).toBe("undefined");
    const t = await parseFile(new File([csv], "p.csv"));
    expect(t.columns).toEqual(["sku", "name", "price"]);
    expect(t.meta.fileName).toBe("p.csv");
  });

  it("rejects with AbortError and terminates the worker when cancelled", async () => {
    const worker = new FakeWorker();
    const controller = new AbortController();
    const p = parseFile(new File(["a,b\n" + "1,2\n".repeat(50_000)], "x.csv"), { createWorker: () => worker, signal: controller.signal, chunkSize: 1024 });
    controller.abort();
    await expect(p).rejects.toMatchObject({ name: "AbortError" });
    expect(worker.terminated).toBe(true);
  });

  it("reports parser errors", async () => {
    const broken = new File([new Uint8Array([1, 2, 3])], "broken.xlsx");
    Object.defineProperty(broken, "arrayBuffer", { value: async () => new Uint8Array([1, 2, 3]).buffer });
    await expect(parseFile(broken, { worker: "never" })).rejects.toBeInstanceOf(Error);
  });
});
