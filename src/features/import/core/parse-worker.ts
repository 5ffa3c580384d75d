// Module Web Worker that parses an import file off the main thread. Started by parse-file.ts:
//   new Worker(new URL("./parse-worker.ts", import.meta.url), { type: "module" })
import type { ParseRequest, ParseResponse } from "./parse-messages.ts";
import { handleParseRequest } from "./parse-worker-handler.ts";

interface WorkerScope {
  postMessage(message: ParseResponse): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ParseRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener("message", (event) => {
  if (event.data?.type === "parse") void handleParseRequest(event.data, (msg) => scope.postMessage(msg));
});
