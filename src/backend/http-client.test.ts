import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { setupServer } from "msw/node";
import { http, HttpResponse } from "msw";
import { ApiError } from "./api-error.ts";
import { appendQuery, createHttpClient, joinUrl } from "./http-client.ts";
import type { AuthHook, RateLimitEvent } from "./http-client.ts";

const BASE = "http://api.test";
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function fakeClock(start = Date.parse("2026-03-01T12:00:00Z")) {
  let t = start;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleeps,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
  };
}

function tokenAuth(initial: string, refreshTo: string | null, delayMs = 5) {
  let token = initial;
  const calls = { refresh: 0, lost: 0 };
  const hook: AuthHook = {
    headers: () => ({ "X-API-Key": token }),
    refresh: async () => {
      calls.refresh += 1;
      await new Promise((r) => setTimeout(r, delayMs));
      if (refreshTo === null) return false;
      token = refreshTo;
      return true;
    },
    isAuthFailure: (e) => e.status === 401,
    onAuthLost: () => {
      calls.lost += 1;
    },
  };
  return { hook, calls };
}

const authRequired = { error: { code: "AUTH_REQUIRED", message: "Token expired" }, request_id: "r1" };

describe("URL building", () => {
  it("joins base and path with exactly one slash", () => {
    expect(joinUrl("http://a.test/", "/users")).toBe("http://a.test/users");
    expect(joinUrl("http://a.test/api", "users")).toBe("http://a.test/api/users");
    expect(joinUrl("http://a.test/api//", "//users/1")).toBe("http://a.test/api/users/1");
    expect(joinUrl("http://a.test", "https://other.test/x")).toBe("https://other.test/x");
  });
  it("appends query params (arrays repeat, undefined skipped, null → 'null')", () => {
    expect(appendQuery("http://a.test/x", { a: 1, b: undefined, c: ["p", "q"], d: null, e: "a b" })).toBe(
      "http://a.test/x?a=1&c=p&c=q&d=null&e=a+b",
    );
    expect(appendQuery("http://a.test/x?z=1", [["y", "2"]])).toBe("http://a.test/x?z=1&y=2");
  });
  it("resolves relative base URLs against the page location", () => {
    const c = createHttpClient({ baseUrl: "/api/" });
    expect(c.url("/users")).toBe(new URL("/api/users", location.href).toString());
  });
});

describe("requests", () => {
  it("calls the injected fetch with one Request, JSON body and headers", async () => {
    const seen: Request[] = [];
    const fetchSpy = vi.fn(async (req: Request) => {
      seen.push(req);
      return new Response(JSON.stringify({ ok: true }), { status: 201, headers: { "Content-Type": "application/json", ETag: '"5"' } });
    });
    const c = createHttpClient({ baseUrl: BASE, fetch: fetchSpy, auth: tokenAuth("tok", null).hook });
    const res = await c.post("/items", { name: "A" }, { ifMatch: 'W/"4"', headers: { "X-Extra": "1" } });
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(fetchSpy.mock.calls[0]).toHaveLength(1);
    const req = seen[0] as Request;
    expect(req).toBeInstanceOf(Request);
    expect(req.url).toBe(`${BASE}/items`);
    expect(req.method).toBe("POST");
    expect(req.headers.get("Content-Type")).toBe("application/json");
    expect(req.headers.get("X-API-Key")).toBe("tok");
    expect(req.headers.get("If-Match")).toBe('W/"4"');
    expect(req.headers.get("X-Extra")).toBe("1");
    expect(await req.json()).toEqual({ name: "A" });
    expect(res.status).toBe(201);
    expect(res.data).toEqual({ ok: true });
    expect(res.etag).toBe('"5"');
  });

  it("anonymous requests carry no auth header and never report authLost", async () => {
    let header: string | null = "unset";
    server.use(
      http.post(`${BASE}/auth/login/verify`, ({ request }) => {
        header = request.headers.get("X-API-Key");
        return HttpResponse.json({ error: { code: "AUTH_REQUIRED", message: "Wrong code" } }, { status: 401 });
      }),
    );
    const { hook, calls } = tokenAuth("tok", "new");
    const c = createHttpClient({ baseUrl: BASE, auth: hook });
    const err = await c.post("/auth/login/verify", { code: "1" }, { anonymous: true }).catch((e: unknown) => e);
    expect(header).toBeNull();
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).authLost).toBe(false);
    expect((err as ApiError).message).toBe("Wrong code");
    expect(calls.refresh).toBe(0);
  });

  it("204 / empty body → data null; invalid JSON on 200 → BAD_RESPONSE", async () => {
    server.use(
      http.delete(`${BASE}/x/1`, () => new HttpResponse(null, { status: 204 })),
      http.get(`${BASE}/bad`, () => new HttpResponse("<html>", { status: 200, headers: { "Content-Type": "text/html" } })),
    );
    const c = createHttpClient({ baseUrl: BASE });
    expect((await c.delete("/x/1")).data).toBeNull();
    const err = await c.get("/bad").catch((e: unknown) => e);
    expect((err as ApiError).code).toBe("BAD_RESPONSE");
  });

  it("network failure → NETWORK_ERROR status 0", async () => {
    const c = createHttpClient({ baseUrl: BASE, fetch: () => Promise.reject(new TypeError("fetch failed")) });
    const err = await c.get("/x").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(0);
    expect((err as ApiError).code).toBe("NETWORK_ERROR");
  });
});

describe("ETag and 304", () => {
  it("sends If-None-Match verbatim and reports 304 as notModified", async () => {
    let inm: string | null = null;
    server.use(
      http.get(`${BASE}/admin/schema`, ({ request }) => {
        inm = request.headers.get("If-None-Match");
        if (inm === 'W/"abc"') return new HttpResponse(null, { status: 304, headers: { ETag: 'W/"abc"' } });
        return HttpResponse.json({ v: 1 }, { headers: { ETag: 'W/"abc"' } });
      }),
    );
    const c = createHttpClient({ baseUrl: BASE });
    const fresh = await c.get("/admin/schema");
    expect(fresh.notModified).toBe(false);
    expect(fresh.etag).toBe('W/"abc"');
    const again = await c.get("/admin/schema", { ifNoneMatch: fresh.etag });
    expect(inm).toBe('W/"abc"');
    expect(again.status).toBe(304);
    expect(again.notModified).toBe(true);
    expect(again.data).toBeNull();
  });
});

describe("abort", () => {
  it("a pre-aborted signal → ABORTED without a request", async () => {
    const fetchSpy = vi.fn(async () => new Response("{}"));
    const c = createHttpClient({ baseUrl: BASE, fetch: fetchSpy });
    const ctrl = new AbortController();
    ctrl.abort();
    const err = await c.get("/x", { signal: ctrl.signal }).catch((e: unknown) => e);
    expect((err as ApiError).code).toBe("ABORTED");
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("aborting mid-flight rejects with ABORTED", async () => {
    server.use(
      http.get(`${BASE}/slow`, async () => {
        await new Promise((r) => setTimeout(r, 200));
        return HttpResponse.json({});
      }),
    );
    const c = createHttpClient({ baseUrl: BASE });
    const ctrl = new AbortController();
    const p = c.get("/slow", { signal: ctrl.signal });
    setTimeout(() => ctrl.abort(), 10);
    const err = await p.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe("ABORTED");
  });

  it("a signal from another realm (rejected by new Request) is honoured by hand", async () => {
    server.use(
      http.get(`${BASE}/slow2`, async () => {
        await new Promise((r) => setTimeout(r, 200));
        return HttpResponse.json({});
      }),
    );
    const RealRequest = globalThis.Request;
    class StrictRequest extends RealRequest {
      constructor(input: RequestInfo | URL, init?: RequestInit) {
        if (init?.signal) throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
        super(input, init);
      }
    }
    vi.stubGlobal("Request", StrictRequest);
    try {
      const ctrl = new AbortController();
      const c = createHttpClient({ baseUrl: BASE });
      const p = c.get("/slow2", { signal: ctrl.signal });
      setTimeout(() => ctrl.abort(), 10);
      const err = await p.catch((e: unknown) => e);
      expect((err as ApiError).code).toBe("ABORTED");
      // and without abort the request still works
      expect((await c.get("/slow2", { signal: new AbortController().signal })).status).toBe(200);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("aborting during a rate-limit wait rejects with ABORTED (default sleep)", async () => {
    server.use(http.get(`${BASE}/limited`, () => HttpResponse.json({}, { status: 429, headers: { "Retry-After": "20" } })));
    const c = createHttpClient({ baseUrl: BASE });
    const ctrl = new AbortController();
    const p = c.get("/limited", { signal: ctrl.signal });
    setTimeout(() => ctrl.abort(), 20);
    const err = await p.catch((e: unknown) => e);
    expect((err as ApiError).code).toBe("ABORTED");
  });
});

describe("auth refresh", () => {
  it("five concurrent 401s share exactly one refresh, and all five are retried and succeed", async () => {
    const hits: string[] = [];
    server.use(
      http.get(`${BASE}/items/:n`, ({ request, params }) => {
        const key = request.headers.get("X-API-Key");
        hits.push(`${String(params.n)}:${key}`);
        if (key !== "new") return HttpResponse.json(authRequired, { status: 401 });
        return HttpResponse.json({ n: params.n });
      }),
    );
    const { hook, calls } = tokenAuth("old", "new", 30);
    const c = createHttpClient({ baseUrl: BASE, auth: hook });
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => c.get(`/items/${n}`)));
    expect(calls.refresh).toBe(1);
    expect(results.map((r) => r.data)).toEqual([1, 2, 3, 4, 5].map((n) => ({ n: String(n) })));
    expect(hits.filter((h) => h.endsWith(":old"))).toHaveLength(5);
    expect(hits.filter((h) => h.endsWith(":new"))).toHaveLength(5);
    expect(calls.lost).toBe(0);
  });

  it("a 401 arriving after another request already refreshed retries without refreshing again", async () => {
    let slowServed = false;
    server.use(
      http.get(`${BASE}/fast`, ({ request }) =>
        request.headers.get("X-API-Key") === "new" ? HttpResponse.json({}) : HttpResponse.json(authRequired, { status: 401 }),
      ),
      http.get(`${BASE}/slow`, async ({ request }) => {
        if (request.headers.get("X-API-Key") === "new") return HttpResponse.json({ slow: true });
        await new Promise((r) => setTimeout(r, 80));
        slowServed = true;
        return HttpResponse.json(authRequired, { status: 401 });
      }),
    );
    const { hook, calls } = tokenAuth("old", "new", 1);
    const c = createHttpClient({ baseUrl: BASE, auth: hook });
    const [a, b] = await Promise.all([c.get("/fast"), c.get("/slow")]);
    expect(a.status).toBe(200);
    expect(b.data).toEqual({ slow: true });
    expect(slowServed).toBe(true);
    expect(calls.refresh).toBe(1);
  });

  it("refresh failure → ApiError authLost, hook and listeners notified once per request", async () => {
    server.use(http.get(`${BASE}/me`, () => HttpResponse.json(authRequired, { status: 401 })));
    const { hook, calls } = tokenAuth("old", null);
    const c = createHttpClient({ baseUrl: BASE, auth: hook });
    const lost = vi.fn();
    c.onAuthLost(lost);
    const err = await c.get("/me").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).authLost).toBe(true);
    expect((err as ApiError).status).toBe(401);
    expect(calls.refresh).toBe(1);
    expect(calls.lost).toBe(1);
    expect(lost).toHaveBeenCalledTimes(1);
  });

  it("refresh succeeds but the retry fails again → lost, no second refresh", async () => {
    server.use(http.get(`${BASE}/me`, () => HttpResponse.json(authRequired, { status: 401 })));
    const { hook, calls } = tokenAuth("old", "new");
    const c = createHttpClient({ baseUrl: BASE, auth: hook });
    const err = await c.get("/me").catch((e: unknown) => e);
    expect((err as ApiError).authLost).toBe(true);
    expect(calls.refresh).toBe(1);
    expect(calls.lost).toBe(1);
  });

  it("retryOnAuthFailure:false surfaces the 401 as is", async () => {
    server.use(http.post(`${BASE}/auth/refresh`, () => HttpResponse.json(authRequired, { status: 401 })));
    const { hook, calls } = tokenAuth("old", "new");
    const c = createHttpClient({ baseUrl: BASE, auth: hook });
    const err = await c.post("/auth/refresh", {}, { retryOnAuthFailure: false }).catch((e: unknown) => e);
    expect((err as ApiError).status).toBe(401);
    expect(calls.refresh).toBe(0);
    expect(calls.lost).toBe(0);
  });

  it("non-auth failures (guard 401 per hook, 403) are not refreshed", async () => {
    server.use(http.get(`${BASE}/users`, () => HttpResponse.json({ status_code: 401, detail: "Permission 'users:read' required" }, { status: 401 })));
    const { hook, calls } = tokenAuth("old", "new");
    const c = createHttpClient({ baseUrl: BASE, auth: { ...hook, isAuthFailure: (e) => e.authLost } });
    const err = await c.get("/users").catch((e: unknown) => e);
    expect((err as ApiError).authLost).toBe(false);
    expect(calls.refresh).toBe(0);
  });
});

describe("429 rate limiting", () => {
  function limitedThenOk(method: "get" | "post" | "put" | "patch" | "delete", times: number, headers: Record<string, string>, body: Record<string, unknown> = {}) {
    let n = 0;
    server.use(
      http[method](`${BASE}/r`, () => {
        n += 1;
        if (n <= times) return HttpResponse.json(body, { status: 429, headers });
        return HttpResponse.json({ ok: n });
      }),
    );
    return () => n;
  }

  it("Retry-After seconds: waits, emits the event, retries and succeeds", async () => {
    const count = limitedThenOk("get", 2, { "Retry-After": "3" });
    const clock = fakeClock();
    const events: RateLimitEvent[] = [];
    const c = createHttpClient({ baseUrl: BASE, sleep: clock.sleep, now: clock.now, onRateLimited: (e) => events.push(e) });
    const res = await c.get("/r");
    expect(res.data).toEqual({ ok: 3 });
    expect(count()).toBe(3);
    expect(clock.sleeps).toEqual([3000, 3000]);
    expect(events.map((e) => [e.attempt, e.waitMs, e.willRetry, e.retryAfter])).toEqual([
      [1, 3000, true, 3],
      [2, 3000, true, 3],
    ]);
  });

  it("Retry-After as an HTTP date", async () => {
    const clock = fakeClock(Date.parse("2026-03-01T12:00:00Z"));
    const count = limitedThenOk("get", 1, { "Retry-After": "Sun, 01 Mar 2026 12:00:10 GMT" });
    const c = createHttpClient({ baseUrl: BASE, sleep: clock.sleep, now: clock.now });
    await c.get("/r");
    expect(clock.sleeps).toEqual([10_000]);
    expect(count()).toBe(2);
  });

  it("X-RateLimit-Reset in unix seconds", async () => {
    const clock = fakeClock(Date.parse("2026-03-01T12:00:00Z"));
    const reset = String(Date.parse("2026-03-01T12:00:00Z") / 1000 + 25);
    const count = limitedThenOk("get", 1, { "X-RateLimit-Reset": reset, "X-RateLimit-Remaining": "0" });
    const c = createHttpClient({ baseUrl: BASE, sleep: clock.sleep, now: clock.now });
    await c.get("/r");
    expect(clock.sleeps).toEqual([25_000]);
    expect(count()).toBe(2);
  });

  it("the body's retry_after (litestar shape)", async () => {
    const clock = fakeClock();
    const count = limitedThenOk("delete", 1, {}, { error: "Too Many Requests", retry_after: 4 });
    const c = createHttpClient({ baseUrl: BASE, sleep: clock.sleep, now: clock.now });
    await c.delete("/r", { ifMatch: '"1"' });
    expect(clock.sleeps).toEqual([4000]);
    expect(count()).toBe(2);
  });

  it("no hints: exponential backoff 1 s, 2 s, 4 s, then gives up at the bound", async () => {
    const clock = fakeClock();
    const count = limitedThenOk("get", 99, {});
    const events: RateLimitEvent[] = [];
    const c = createHttpClient({ baseUrl: BASE, sleep: clock.sleep, now: clock.now, onRateLimited: (e) => events.push(e) });
    const err = await c.get("/r").catch((e: unknown) => e);
    expect(clock.sleeps).toEqual([1000, 2000, 4000]);
    expect(count()).toBe(4);
    expect((err as ApiError).status).toBe(429);
    expect((err as ApiError).code).toBe("RATE_LIMITED");
    expect((err as ApiError).retryAfter).toBe(8);
    expect(events.at(-1)?.willRetry).toBe(false);
  });

  it("backoff is capped at 30 s", async () => {
    const clock = fakeClock();
    limitedThenOk("get", 7, {});
    const c = createHttpClient({ baseUrl: BASE, sleep: clock.sleep, now: clock.now, maxRateLimitRetries: 7 });
    await c.get("/r");
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  });

  it("POST and PATCH are not retried; the event still fires", async () => {
    const clock = fakeClock();
    const count = limitedThenOk("post", 1, { "Retry-After": "2" });
    const events: RateLimitEvent[] = [];
    const c = createHttpClient({ baseUrl: BASE, sleep: clock.sleep, now: clock.now, onRateLimited: (e) => events.push(e) });
    const err = await c.post("/r", { a: 1 }).catch((e: unknown) => e);
    expect((err as ApiError).status).toBe(429);
    expect((err as ApiError).retryAfter).toBe(2);
    expect(count()).toBe(1);
    expect(clock.sleeps).toEqual([]);
    expect(events).toHaveLength(1);
    expect(events[0]?.willRetry).toBe(false);

    const patchCount = limitedThenOk("patch", 1, { "Retry-After": "2" });
    await expect(c.patch("/r", {})).rejects.toMatchObject({ status: 429 });
    expect(patchCount()).toBe(1);
  });

  it("a POST marked idempotent is retried", async () => {
    const clock = fakeClock();
    const count = limitedThenOk("post", 1, { "Retry-After": "1" });
    const c = createHttpClient({ baseUrl: BASE, sleep: clock.sleep, now: clock.now });
    const res = await c.post("/r", {}, { idempotent: true });
    expect(res.status).toBe(200);
    expect(count()).toBe(2);
    expect(clock.sleeps).toEqual([1000]);
  });

  it("PUT with If-Match is retried", async () => {
    const clock = fakeClock();
    const count = limitedThenOk("put", 1, { "Retry-After": "1" });
    const c = createHttpClient({ baseUrl: BASE, sleep: clock.sleep, now: clock.now });
    await c.put("/r", {}, { ifMatch: '"1"' });
    expect(count()).toBe(2);
  });

  it("a wait longer than the maximum is not retried automatically", async () => {
    const clock = fakeClock();
    const count = limitedThenOk("get", 1, { "Retry-After": "3600" });
    const c = createHttpClient({ baseUrl: BASE, sleep: clock.sleep, now: clock.now });
    const err = await c.get("/r").catch((e: unknown) => e);
    expect((err as ApiError).retryAfter).toBe(3600);
    expect(count()).toBe(1);
  });

  it("pauses other requests to the same backend until the wait is over", async () => {
    const clock = fakeClock();
    limitedThenOk("get", 1, { "Retry-After": "5" });
    let otherHits = 0;
    server.use(
      http.get(`${BASE}/other`, () => {
        otherHits += 1;
        return HttpResponse.json({ other: true });
      }),
    );
    const pending: { ms: number; resolve: () => void }[] = [];
    const c = createHttpClient({
      baseUrl: BASE,
      now: clock.now,
      sleep: (ms) => new Promise<void>((resolve) => pending.push({ ms, resolve })),
    });
    const first = c.get("/r");
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    const second = c.get("/other");
    await vi.waitFor(() => expect(pending).toHaveLength(2));
    expect(otherHits).toBe(0);
    expect(pending.map((p) => p.ms)).toEqual([5000, 5000]);
    await clock.sleep(5000);
    for (const p of pending) p.resolve();
    await Promise.all([first, second]);
    expect(otherHits).toBe(1);
  });
});

describe("429 on writes: a conditional write is waited out and sent again", () => {
  const T0 = Date.parse("2026-03-01T12:00:00Z");

  /** An injected fetch answering the given responses in turn (the last one repeats). */
  function answers(...make: (() => Response)[]) {
    const seen: Request[] = [];
    const fetchSpy = vi.fn(async (req: Request) => {
      seen.push(req);
      const next = make[Math.min(seen.length, make.length) - 1] as () => Response;
      return next();
    });
    return { fetchSpy, seen };
  }
  const limited = (headers: Record<string, string>) => () =>
    new Response(JSON.stringify({ error: { code: "RATE_LIMITED", message: "Slow down" } }), { status: 429, headers: { "Content-Type": "application/json", ...headers } });
  const saved = () => new Response(JSON.stringify({ id: 1 }), { status: 200, headers: { "Content-Type": "application/json", ETag: '"2"' } });

  afterEach(() => vi.useRealTimers());

  it("PATCH with If-Match, 429 Retry-After: 1 → waits exactly 1 s (default sleep, fake timers), retries once, succeeds; the notice says it will retry", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: T0 });
    const { fetchSpy, seen } = answers(limited({ "Retry-After": "1" }), saved);
    const events: RateLimitEvent[] = [];
    const c = createHttpClient({ baseUrl: BASE, fetch: fetchSpy, onRateLimited: (e) => events.push(e) });
    const pending = c.patch("/items/1", { name: "A" }, { ifMatch: '"1"' });
    await vi.advanceTimersByTimeAsync(999);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(events).toEqual([expect.objectContaining({ method: "PATCH", attempt: 1, waitMs: 1000, retryAfter: 1, willRetry: true })]);
    await vi.advanceTimersByTimeAsync(1);
    const res = await pending;
    expect(fetchSpy).toHaveBeenCalledTimes(2);
    expect(res.etag).toBe('"2"');
    // the repeat is the same conditional write: same method, same If-Match, same body
    expect(seen[1]?.method).toBe("PATCH");
    expect(seen[1]?.headers.get("If-Match")).toBe('"1"');
    expect(await seen[1]?.json()).toEqual({ name: "A" });
  });

  it("honours X-RateLimit-Reset (unix seconds) when there is no Retry-After", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: T0 });
    const reset = String(T0 / 1000 + 5);
    const { fetchSpy } = answers(limited({ "X-RateLimit-Reset": reset, "X-RateLimit-Remaining": "0" }), saved);
    const c = createHttpClient({ baseUrl: BASE, fetch: fetchSpy });
    const pending = c.patch("/items/1", { name: "A" }, { ifMatch: '"1"' });
    await vi.advanceTimersByTimeAsync(4999);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    expect(fetchSpy).toHaveBeenCalledTimes(2);
  });

  it.each(["PATCH", "PUT", "DELETE"] as const)("%s without If-Match is not retried: the caller gets the 429 and when to try again", async (method) => {
    const clock = fakeClock();
    const { fetchSpy } = answers(limited({ "Retry-After": "2" }), saved);
    const events: RateLimitEvent[] = [];
    const c = createHttpClient({ baseUrl: BASE, fetch: fetchSpy, sleep: clock.sleep, now: clock.now, onRateLimited: (e) => events.push(e) });
    const err = await c.request({ method, path: "/items/1", json: method === "DELETE" ? undefined : { a: 1 } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(429);
    expect((err as ApiError).retryAfter).toBe(2);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(clock.sleeps).toEqual([]);
    expect(events.map((e) => e.willRetry)).toEqual([false]);
  });

  it("POST is not retried, not even with If-Match, unless the adapter marks it safe", async () => {
    const clock = fakeClock();
    const first = answers(limited({ "Retry-After": "1" }), saved);
    const c = createHttpClient({ baseUrl: BASE, fetch: first.fetchSpy, sleep: clock.sleep, now: clock.now });
    await expect(c.post("/items", { a: 1 }, { ifMatch: '"1"' })).rejects.toMatchObject({ status: 429, retryAfter: 1 });
    expect(first.fetchSpy).toHaveBeenCalledTimes(1);

    const marked = answers(limited({ "Retry-After": "1" }), saved);
    const c2 = createHttpClient({ baseUrl: BASE, fetch: marked.fetchSpy, sleep: clock.sleep, now: clock.now });
    await c2.post("/items", { a: 1 }, { idempotent: true });
    expect(marked.fetchSpy).toHaveBeenCalledTimes(2);
  });

  it("idempotent:false keeps even a conditional write from being retried", async () => {
    const clock = fakeClock();
    const { fetchSpy } = answers(limited({ "Retry-After": "1" }), saved);
    const c = createHttpClient({ baseUrl: BASE, fetch: fetchSpy, sleep: clock.sleep, now: clock.now });
    await expect(c.patch("/items/1", {}, { ifMatch: '"1"', idempotent: false })).rejects.toMatchObject({ status: 429 });
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  it("the bound holds for writes: at most maxRateLimitRetries repeats, and no repeat after a wait above the maximum", async () => {
    const clock = fakeClock();
    const always = answers(limited({ "Retry-After": "1" }));
    const c = createHttpClient({ baseUrl: BASE, fetch: always.fetchSpy, sleep: clock.sleep, now: clock.now });
    await expect(c.patch("/items/1", {}, { ifMatch: '"1"' })).rejects.toMatchObject({ status: 429, retryAfter: 1 });
    expect(always.fetchSpy).toHaveBeenCalledTimes(4);
    expect(clock.sleeps).toEqual([1000, 1000, 1000]);

    const once = answers(limited({ "Retry-After": "1" }));
    const c1 = createHttpClient({ baseUrl: BASE, fetch: once.fetchSpy, sleep: clock.sleep, now: clock.now, maxRateLimitRetries: 1 });
    await expect(c1.put("/items/1", {}, { ifMatch: '"1"' })).rejects.toMatchObject({ status: 429 });
    expect(once.fetchSpy).toHaveBeenCalledTimes(2);

    const hourly = answers(limited({ "Retry-After": "3600" }), saved);
    const c2 = createHttpClient({ baseUrl: BASE, fetch: hourly.fetchSpy, sleep: clock.sleep, now: clock.now });
    await expect(c2.patch("/items/1", {}, { ifMatch: '"1"' })).rejects.toMatchObject({ status: 429, retryAfter: 3600 });
    expect(hourly.fetchSpy).toHaveBeenCalledTimes(1);
  });
});
