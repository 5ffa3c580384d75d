// A returning user's first API requests, sent by index.html before the app's code has run.
//
// A load of a page records the authenticated GET requests of its first screen (the schema, the
// list's rows and their relation labels, up to the first idle moment) under the page's URL. When
// that URL is loaded again, an inline script in index.html sends the same requests, with the
// stored session's current token, while the entry module is still on its
// way and being evaluated (~30 ms here, more on a slow device). The app's HTTP client then takes
// an answer only for a request that is exactly the one it was about to send (method, URL, every
// header, credentials); anything else goes out as usual and a replayed request nobody takes is
// dropped. The token only ever goes to the origin of the backend its session belongs to (the
// session's storage key names it), and only while the session has not expired.
import type { FetchLike } from "../backend/http-client.ts";
import { untilAborted } from "../backend/until-aborted.ts";
import { localStorageOrNull } from "../backend/browser-storage.ts";
import { createSessionStore } from "../backend/session-store.ts";

export const FIRST_REQUESTS_STORAGE_KEY = "atrium.first-requests";
/** Stands for the session's token in a recorded header value (NUL never occurs in a header). */
const TOKEN = "\u0000";
/** Pages remembered (most recently booted first). */
const MAX_PAGES = 8;
/** Requests remembered per page (a 2,000-row page is 20 backend pages; the first few matter). */
const MAX_REQUESTS = 6;

/**
 * The inline script in index.html (after config.json's); kept equal by a test. Sends the recorded
 * requests of this URL with the session's token; `window.__atriumFirst` holds them for
 * `takeReplayedRequests`.
 */
export const FIRST_REQUESTS_INLINE_SCRIPT =
  '(function(){try{var s=localStorage,p=JSON.parse(s.getItem("atrium.first-requests")||"{}")[location.pathname+location.search];if(!p||p.session.indexOf("atrium.session:")!==0)return;var t=JSON.parse(s.getItem(p.session)||"null"),o=new URL(p.session.slice(15)).origin,r=[];if(!t||typeof t.token!=="string"||t.token===""||(typeof t.expiresAt==="number"&&t.expiresAt<Date.now()+5e3))return;p.requests.forEach(function(q){if(new URL(q.url).origin!==o)return;var h=q.headers.map(function(e){return[e[0],e[1].split("\\u0000").join(t.token)]}),f=fetch(q.url,{headers:h});f.catch(function(){});r.push({url:q.url,headers:h,response:f})});window.__atriumFirst=r}catch(e){}})();';

export interface ReplayedRequest {
  url: string;
  /** Lower-case names, as a Request's Headers lists them. */
  headers: [string, string][];
  response: Promise<Response>;
}

interface RecordedRequest {
  url: string;
  headers: [string, string][];
}

interface PageRecord {
  at: number;
  /** localStorage key of the session whose token the requests carry. */
  session: string;
  requests: RecordedRequest[];
}

/** The requests index.html sent for this load; taken once. */
export function takeReplayedRequests(): ReplayedRequest[] {
  const g = globalThis as { __atriumFirst?: unknown };
  const replayed = g.__atriumFirst;
  delete g.__atriumFirst;
  if (!Array.isArray(replayed)) return [];
  return replayed.filter(
    (r): r is ReplayedRequest =>
      typeof (r as ReplayedRequest | null)?.url === "string" &&
      Array.isArray((r as ReplayedRequest).headers) &&
      typeof (r as ReplayedRequest).response?.then === "function",
  );
}

const byName = (a: [string, string], b: [string, string]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Lower-case names, sorted: one form for the app's request and index.html's. */
function normalHeaders(pairs: Iterable<[string, string]>): [string, string][] {
  return [...pairs].map(([k, v]): [string, string] => [k.toLowerCase(), v]).sort(byName);
}

function sameHeaders(a: [string, string][], b: [string, string][]): boolean {
  return a.length === b.length && a.every(([k, v], i) => k === b[i]?.[0] && v === b[i]?.[1]);
}

/** A plain GET without a body, sent the way the inline script sends its requests. */
function replayable(request: Request): boolean {
  return request.method === "GET" && request.credentials === "same-origin" && request.cache === "default" && request.mode === "cors";
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("The operation was aborted.", "AbortError");
}

/** The replayed answer, given up when the app's request is aborted. */
function answerFor(replayed: ReplayedRequest, request: Request, send: FetchLike): Promise<Response> {
  // a replayed request that failed on the network is sent again by the app
  return untilAborted(
    replayed.response.catch(() => send(request)),
    request.signal,
    abortError,
  );
}

export interface FirstRequests {
  /** Takes a replayed answer for an identical request; records GETs until `save`. */
  fetch: FetchLike;
  /**
   * Stops recording; once every recorded request is answered, stores for `pageKey` the successful
   * ones that carry the token of the session stored for `baseUrl` (the backend's).
   */
  save(storage: Storage, pageKey: string, baseUrl: string, now?: number): Promise<void>;
}

export function createFirstRequests(send: FetchLike, replayed: ReplayedRequest[]): FirstRequests {
  const waiting = [...replayed];
  let recording = true;
  const recorded: { request: RecordedRequest; ok: Promise<boolean> }[] = [];

  const fetchFirst: FetchLike = (request) => {
    if (!recording && waiting.length === 0) return send(request); // after the first screen
    const plain = replayable(request);
    const headers = plain ? normalHeaders(request.headers.entries()) : [];
    const index = plain ? waiting.findIndex((r) => r.url === request.url && sameHeaders(normalHeaders(r.headers), headers)) : -1;
    const taken = index >= 0 ? waiting.splice(index, 1)[0] : undefined;
    const response = taken ? answerFor(taken, request, send) : send(request);
    if (recording && plain && recorded.length < MAX_REQUESTS) {
      recorded.push({
        request: { url: request.url, headers },
        ok: response.then(
          (r) => r.ok || r.status === 304,
          () => false,
        ),
      });
    }
    return response;
  };

  return {
    fetch: fetchFirst,
    async save(storage, pageKey, baseUrl, now = Date.now()) {
      recording = false;
      // the first screen is done: answers nobody took are not going to be (their bodies are let go)
      for (const r of waiting.splice(0)) void r.response.then((res) => res.body?.cancel()).catch(() => undefined);
      const answered = await Promise.all(recorded.map(async (r) => ((await r.ok) ? r.request : null)));
      writePageRecord(storage, pageKey, baseUrl, answered.filter((r): r is RecordedRequest => r !== null), now);
    },
  };
}

/** On sign-out: the pages' requests name what the user looked at (a search, a filter). */
export function forgetFirstRequests(storage: Storage | null = localStorageOrNull()): void {
  try {
    storage?.removeItem(FIRST_REQUESTS_STORAGE_KEY);
  } catch {
    // storage disabled
  }
}

function readRecords(storage: Storage): Record<string, PageRecord> {
  try {
    const raw: unknown = JSON.parse(storage.getItem(FIRST_REQUESTS_STORAGE_KEY) ?? "{}");
    return typeof raw === "object" && raw !== null && !Array.isArray(raw) ? (raw as Record<string, PageRecord>) : {};
  } catch {
    return {};
  }
}

/** The backend's stored session, and the requests to its origin that carry its token, the token replaced. */
function withTokenTemplate(storage: Storage, baseUrl: string, requests: RecordedRequest[]): { session: string; requests: RecordedRequest[] } | null {
  const store = createSessionStore({ baseUrl, storage });
  const token = store.load()?.token;
  if (!token) return null;
  const origin = new URL(baseUrl).origin;
  const carrying = requests.filter((r) => new URL(r.url).origin === origin && r.headers.some(([, v]) => v.includes(token)));
  if (carrying.length === 0) return null;
  return {
    session: store.key,
    requests: carrying.map((r) => ({ url: r.url, headers: r.headers.map(([k, v]): [string, string] => [k, v.split(token).join(TOKEN)]) })),
  };
}

function writePageRecord(storage: Storage, pageKey: string, baseUrl: string, requests: RecordedRequest[], now: number): void {
  try {
    const records = readRecords(storage);
    delete records[pageKey];
    const templated = withTokenTemplate(storage, baseUrl, requests);
    if (templated) records[pageKey] = { at: now, ...templated };
    const kept = Object.entries(records)
      .filter(([, r]) => typeof r?.at === "number")
      .sort((a, b) => b[1].at - a[1].at)
      .slice(0, MAX_PAGES);
    if (kept.length === 0) storage.removeItem(FIRST_REQUESTS_STORAGE_KEY);
    else storage.setItem(FIRST_REQUESTS_STORAGE_KEY, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // storage full or disabled: the next load sends its requests itself
  }
}
