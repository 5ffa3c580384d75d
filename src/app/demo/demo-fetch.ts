// The fetch the backend uses in demo mode: requests go to the in-browser reference backend's
// `handle(Request)` after a small artificial latency, never to the network.

export interface RequestHandler {
  handle(req: Request): Promise<Response>;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("The operation was aborted.", "AbortError");
}

export function demoFetch(handler: RequestHandler, latencyMs = 60): typeof fetch {
  return async (input, init) => {
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    // The signal is honoured here rather than handed to `new Request` (whose AbortSignal
    // realm checks differ between browsers, Node and jsdom).
    let request: Request;
    if (input instanceof Request && init === undefined) {
      request = input;
    } else {
      const { signal: _drop, ...rest } = init ?? {};
      request = new Request(input, rest);
    }
    if (signal?.aborted) throw abortError(signal);
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => {
        clearTimeout(timer);
        reject(abortError(signal!));
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        handler.handle(request).then(resolve, reject);
      }, latencyMs);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  };
}
