import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  FIRST_REQUESTS_INLINE_SCRIPT,
  FIRST_REQUESTS_STORAGE_KEY,
  createFirstRequests,
  takeReplayedRequests,
  type ReplayedRequest,
} from "../data/first-requests.ts";

const API = "https://api.test";
const SESSION_KEY = `atrium.session:${API}`;
const g = globalThis as { __atriumFirst?: unknown };

function storeSession(token: string, expiresAt: number | null = Date.now() + 3_600_000, key = SESSION_KEY) {
  localStorage.setItem(key, JSON.stringify({ token, tokenType: "user", expiresAt, refreshToken: null, user: { id: "u1" }, savedAt: 0 }));
}

const get = (path: string, headers: Record<string, string> = {}, init: RequestInit = {}) =>
  new Request(`${API}${path}`, { headers: { Accept: "application/json", ...headers }, ...init });

const replayed = (req: Request, response: Promise<Response>): ReplayedRequest => {
  const headers: [string, string][] = [];
  req.headers.forEach((v, k) => headers.push([k, v]));
  return { url: req.url, headers, response };
};

const ok = (body = "{}") => Promise.resolve(new Response(body, { status: 200 }));

/** Records `requests` through a fresh FirstRequests and saves them under `page`. */
async function record(page: string, requests: Request[], answer: (req: Request) => Promise<Response> = () => ok()) {
  const first = createFirstRequests(answer, []);
  await Promise.all(requests.map((r) => first.fetch(r)));
  await first.save(localStorage, page, API);
}

const stored = () => JSON.parse(localStorage.getItem(FIRST_REQUESTS_STORAGE_KEY) ?? "{}") as Record<string, { session: string; requests: { url: string; headers: [string, string][] }[] }>;

beforeEach(() => localStorage.clear());
afterEach(() => {
  delete g.__atriumFirst;
  vi.unstubAllGlobals();
});

describe("answering the app's requests with index.html's", () => {
  it("answers an identical request once, without sending it", async () => {
    const req = get("/orders?page=1", { Authorization: "Bearer t1" });
    const answer = new Response('{"items":[]}');
    const send = vi.fn(() => ok());
    const first = createFirstRequests(send, [replayed(req, Promise.resolve(answer))]);
    expect(await first.fetch(get("/orders?page=1", { Authorization: "Bearer t1" }))).toBe(answer);
    expect(send).not.toHaveBeenCalled();
    await first.fetch(get("/orders?page=1", { Authorization: "Bearer t1" }));
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("sends anything that differs: URL, a header's value, an extra header, method, credentials", async () => {
    const base = get("/orders?page=1", { Authorization: "Bearer t1", "If-None-Match": '"v1"' });
    const others = [
      get("/orders?page=2", { Authorization: "Bearer t1", "If-None-Match": '"v1"' }),
      get("/orders?page=1", { Authorization: "Bearer t2", "If-None-Match": '"v1"' }),
      get("/orders?page=1", { Authorization: "Bearer t1", "If-None-Match": '"v2"' }),
      get("/orders?page=1", { Authorization: "Bearer t1" }),
      get("/orders?page=1", { Authorization: "Bearer t1", "If-None-Match": '"v1"', "X-Extra": "1" }),
      get("/orders?page=1", { Authorization: "Bearer t1", "If-None-Match": '"v1"' }, { method: "HEAD" }),
      get("/orders?page=1", { Authorization: "Bearer t1", "If-None-Match": '"v1"' }, { credentials: "include" }),
    ];
    const send = vi.fn(() => ok());
    const first = createFirstRequests(send, [replayed(base, ok("replayed"))]);
    for (const req of others) await first.fetch(req);
    expect(send).toHaveBeenCalledTimes(others.length);
  });

  it("sends the request itself when the replayed one failed on the network", async () => {
    const req = get("/admin/schema", { Authorization: "Bearer t1" });
    const send = vi.fn(() => ok("fresh"));
    const first = createFirstRequests(send, [replayed(req, Promise.reject(new TypeError("Failed to fetch")))]);
    expect(await (await first.fetch(get("/admin/schema", { Authorization: "Bearer t1" }))).text()).toBe("fresh");
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("lets go of answers nobody took once the first screen is saved", async () => {
    const cancelled = vi.fn();
    const body = new ReadableStream<Uint8Array>({ pull: () => undefined, cancel: cancelled });
    const req = get("/orders?page=9", { Authorization: "Bearer t1" });
    const send = vi.fn(() => ok());
    const first = createFirstRequests(send, [replayed(req, Promise.resolve(new Response(body)))]);
    await first.save(localStorage, "/r/orders", API);
    await vi.waitFor(() => expect(cancelled).toHaveBeenCalled());
    await first.fetch(get("/orders?page=9", { Authorization: "Bearer t1" })); // too late: sent
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("gives up a taken answer when the app's request is aborted", async () => {
    const req = get("/orders", { Authorization: "Bearer t1" });
    const first = createFirstRequests(() => ok(), [replayed(req, new Promise<Response>(() => undefined))]);
    const controller = new AbortController();
    const pending = first.fetch(get("/orders", { Authorization: "Bearer t1" }, { signal: controller.signal }));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });
});

describe("recording a boot's requests for the next load", () => {
  it("stores the answered GETs that carry the session's token until saved, with the token left out", async () => {
    storeSession("tok-123");
    const first = createFirstRequests((req) => (req.url.endsWith("/missing") ? Promise.resolve(new Response("", { status: 404 })) : ok()), []);
    await first.fetch(get("/admin/schema", { Authorization: "Bearer tok-123", "If-None-Match": '"e1"' }));
    await first.fetch(get("/orders?page=1", { Authorization: "Bearer tok-123" }));
    await first.fetch(get("/missing", { Authorization: "Bearer tok-123" })); // failed: not stored
    await first.fetch(get("/public/config")); // no token: not stored
    await first.fetch(get("/orders", { Authorization: "Bearer tok-123" }, { method: "POST", body: "{}" })); // not a GET
    await first.fetch(new Request("https://elsewhere.test/x", { headers: { Authorization: "Bearer tok-123" } })); // not the session's backend
    const saving = first.save(localStorage, "/r/orders", API);
    await first.fetch(get("/orders?page=2", { Authorization: "Bearer tok-123" })); // after the first screen
    await saving;
    const raw = localStorage.getItem(FIRST_REQUESTS_STORAGE_KEY) ?? "";
    expect(raw).not.toContain("tok-123");
    expect(stored()["/r/orders"]).toEqual({
      at: expect.any(Number),
      session: SESSION_KEY,
      requests: [
        { url: `${API}/admin/schema`, headers: [["accept", "application/json"], ["authorization", "Bearer \u0000"], ["if-none-match", '"e1"']] },
        { url: `${API}/orders?page=1`, headers: [["accept", "application/json"], ["authorization", "Bearer \u0000"]] },
      ],
    });
  });

  it("a boot without a signed-in session removes the page's record", async () => {
    storeSession("tok");
    await record("/r/orders", [get("/orders", { Authorization: "Bearer tok" })]);
    expect(stored()["/r/orders"]).toBeDefined();
    localStorage.removeItem(SESSION_KEY);
    await record("/r/orders", [get("/orders")]);
    expect(localStorage.getItem(FIRST_REQUESTS_STORAGE_KEY)).toBeNull();
  });

  it("uses only the session of the backend it was booted for", async () => {
    // another backend on the same origin, whose session happens to carry the token
    storeSession("tok", Date.now() + 3_600_000, `${SESSION_KEY}/v2`);
    await record("/r/orders", [get("/orders", { Authorization: "Bearer tok" })]);
    expect(localStorage.getItem(FIRST_REQUESTS_STORAGE_KEY)).toBeNull();
  });

  it("keeps the 8 pages booted last", async () => {
    storeSession("tok");
    for (let i = 0; i < 10; i++) {
      const first = createFirstRequests(() => ok(), []);
      await first.fetch(get(`/orders?page=${i}`, { Authorization: "Bearer tok" }));
      await first.save(localStorage, `/r/orders?page=${i}`, API, 1000 + i);
    }
    expect(Object.keys(stored()).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `/r/orders?page=${i + 2}`).sort());
  });
});

describe("index.html's inline script", () => {
  beforeEach(() => window.history.replaceState(null, "", "/r/orders?per_page=25"));
  afterEach(() => window.history.replaceState(null, "", "/"));

  const runScript = () => {
    const sent: Request[] = [];
    vi.stubGlobal("fetch", (input: RequestInfo | URL, init?: RequestInit) => {
      sent.push(new Request(input, init));
      return ok("answer");
    });
    new Function(FIRST_REQUESTS_INLINE_SCRIPT)();
    return sent;
  };

  it("sends this page's recorded requests with the current token, for the app to take", async () => {
    storeSession("old-token");
    await record("/r/orders?per_page=25", [get("/orders?page=1&per_page=25", { Authorization: "Bearer old-token" })]);
    await record("/r/customers", [get("/customers", { Authorization: "Bearer old-token" })]);
    storeSession("new-token"); // refreshed since
    const sent = runScript();
    expect(sent.map((r) => r.url)).toEqual([`${API}/orders?page=1&per_page=25`]);
    expect(sent[0]?.headers.get("Authorization")).toBe("Bearer new-token");
    expect(sent[0]?.headers.get("Accept")).toBe("application/json");
    // the app's identical request takes the answer
    const send = vi.fn(() => ok("app"));
    const first = createFirstRequests(send, takeReplayedRequests());
    const res = await first.fetch(get("/orders?page=1&per_page=25", { Authorization: "Bearer new-token" }));
    expect(await res.text()).toBe("answer");
    expect(send).not.toHaveBeenCalled();
    expect(takeReplayedRequests()).toEqual([]); // taken once
  });

  it("sends nothing without a session, with an expired one, or for another page", async () => {
    storeSession("tok");
    await record("/r/orders?per_page=25", [get("/orders", { Authorization: "Bearer tok" })]);
    localStorage.removeItem(SESSION_KEY);
    expect(runScript()).toEqual([]);
    storeSession("tok", Date.now() - 1);
    expect(runScript()).toEqual([]);
    storeSession("tok");
    window.history.replaceState(null, "", "/r/orders?per_page=50");
    expect(runScript()).toEqual([]);
    window.history.replaceState(null, "", "/r/orders?per_page=25");
    expect(runScript()).toHaveLength(1);
  });

  it("sends the token only to the origin of the backend its session belongs to", () => {
    storeSession("tok");
    const forged = { at: 1, session: SESSION_KEY, requests: [{ url: "https://evil.test/steal", headers: [["authorization", "Bearer \u0000"]] }] };
    localStorage.setItem(FIRST_REQUESTS_STORAGE_KEY, JSON.stringify({ "/r/orders?per_page=25": forged }));
    expect(runScript()).toEqual([]);
    localStorage.setItem(FIRST_REQUESTS_STORAGE_KEY, JSON.stringify({ "/r/orders?per_page=25": { ...forged, session: "other-key" } }));
    expect(runScript()).toEqual([]);
  });

  it("survives unreadable storage", () => {
    localStorage.setItem(FIRST_REQUESTS_STORAGE_KEY, "{not json");
    expect(runScript()).toEqual([]);
    expect(takeReplayedRequests()).toEqual([]);
  });
});
