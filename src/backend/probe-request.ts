// One request of the dialect probe (src/backend/create-backend.ts, each dialect's `probe`): what
// answered at a path, read leniently. A network failure is "nothing there" (null), not an error.
import { createHttpClient, type FetchLike } from "./http-client.ts";
// the dialect entries (craft-easy/, litestar-admin/) import isRecord from here; they move to lib/is-record.ts in their rewrite
export { isRecord } from "../lib/is-record.ts";

export interface ProbeAnswer {
  status: number;
  /** The parsed body, undefined when it is empty or not JSON. */
  json: unknown;
  /** The Content-Type ("text/plain" for a body that is not JSON and names none). */
  contentType: string;
}

export async function probeRequest({ fetch, base, path, signal }: { fetch: FetchLike; base: string; path: string; signal?: AbortSignal | undefined }): Promise<ProbeAnswer | null> {
  const url = createHttpClient({ baseUrl: base, fetch }).url(path);
  let res: Response;
  try {
    res = await fetch(new Request(url, { headers: { Accept: "application/json" }, ...(signal ? { signal } : {}) }));
  } catch (e) {
    if (signal?.aborted) throw e;
    return null;
  }
  const contentType = res.headers.get("Content-Type") ?? "";
  let text = "";
  try {
    text = await res.text();
  } catch {
    // unreadable body: treat as empty
  }
  let json: unknown = undefined;
  if (text.trim() !== "") {
    try {
      json = JSON.parse(text) as unknown;
    } catch {
      json = undefined;
    }
  }
  return { status: res.status, json, contentType: json === undefined ? contentType || "text/plain" : contentType };
}
