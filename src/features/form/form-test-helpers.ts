// Test helpers for the record form suites: another user's edits, a timeout and a recorder of
// writes. (Sign-in: src/testing/sign-in.ts.)

export const ACTOR = { userId: "other", userName: "Someone else", ip: "127.0.0.1" };
export const T = { timeout: 5000 };

/** A Request to inspect (without the signal: jsdom's AbortSignal fails Node's Request check). */
export function toRequest(input: RequestInfo | URL, init?: RequestInit): Request {
  const { signal: _signal, ...rest } = init ?? {};
  return input instanceof Request && init === undefined ? input : new Request(input, rest);
}

export interface Sent {
  method: string;
  path: string;
  body: unknown;
  ifMatch: string | null;
}

/** Records every write the app sends. */
export function recorder() {
  const sent: Sent[] = [];
  const wrap = (inner: typeof fetch): typeof fetch => async (input, init) => {
    const req = toRequest(input, init);
    if (req.method !== "GET" && req.method !== "HEAD") {
      const text = await req.clone().text();
      let body: unknown = text;
      try {
        body = text ? (JSON.parse(text) as unknown) : null;
      } catch {
        // not JSON
      }
      sent.push({ method: req.method, path: new URL(req.url).pathname, body, ifMatch: req.headers.get("If-Match") });
      return inner(req);
    }
    return inner(input, init);
  };
  return { sent, wrap };
}

