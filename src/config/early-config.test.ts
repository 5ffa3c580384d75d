import { afterEach, describe, expect, it, vi } from "vitest";
import { CONFIG_PREFETCH_INLINE_SCRIPT, takeEarlyConfigResponse } from "./early-config.ts";
import { loadConfig } from "./load-config.ts";

const g = globalThis as { __atriumConfig?: unknown };

describe("config.json requested by index.html", () => {
  afterEach(() => {
    delete g.__atriumConfig;
    vi.unstubAllGlobals();
  });

  it("the inline script requests config.json next to <base> and leaves the promise for the app", async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response(JSON.stringify({ apiUrl: "https://api.example.com/v1" }), { headers: { "Content-Type": "application/json" } })));
    vi.stubGlobal("fetch", fetchMock);
    new Function(CONFIG_PREFETCH_INLINE_SCRIPT)();
    const url = new URL("config.json", document.baseURI).href;
    expect(fetchMock).toHaveBeenCalledWith(url, expect.objectContaining({ cache: "no-store" }));
    // loadConfig takes it instead of asking again
    const config = await loadConfig(undefined, {});
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(config.apiUrl).toBe("https://api.example.com/v1");
    expect(g.__atriumConfig).toBeUndefined();
  });

  it("reads the body as it arrives, so the app does not wait on the network task queue for it", async () => {
    const original = new Response('{"dialect":"craft-easy"}', { status: 200, headers: { "Content-Type": "application/json" } });
    vi.stubGlobal("fetch", vi.fn(() => Promise.resolve(original)));
    new Function(CONFIG_PREFETCH_INLINE_SCRIPT)();
    const early = takeEarlyConfigResponse(new URL("config.json", document.baseURI).href);
    const buffered = await early;
    expect(original.bodyUsed).toBe(true);
    expect(buffered).not.toBe(original);
    expect(buffered?.headers.get("Content-Type")).toBe("application/json");
    expect(await buffered?.text()).toBe('{"dialect":"craft-easy"}');
  });

  it("keeps a missing file's status (404) and an empty body", async () => {
    vi.stubGlobal("fetch", vi.fn(() => Promise.resolve(new Response("", { status: 404 }))));
    new Function(CONFIG_PREFETCH_INLINE_SCRIPT)();
    const buffered = await takeEarlyConfigResponse(new URL("config.json", document.baseURI).href);
    expect(buffered?.status).toBe(404);
    expect(buffered?.ok).toBe(false);
  });

  it("is taken once, and only for its own URL", () => {
    const response = Promise.resolve(new Response("{}"));
    g.__atriumConfig = { url: "https://x.test/app/config.json", response };
    expect(takeEarlyConfigResponse("https://x.test/other/config.json")).toBeNull();
    expect(takeEarlyConfigResponse("https://x.test/app/config.json")).toBe(response);
    expect(takeEarlyConfigResponse("https://x.test/app/config.json")).toBeNull();
  });

  it("a failed early request falls back to the build-time values like a failed fetch", async () => {
    const failed = Promise.reject(new TypeError("network"));
    failed.catch(() => undefined);
    g.__atriumConfig = { url: new URL("config.json", document.baseURI).href, response: failed };
    const config = await loadConfig(undefined, { VITE_API_URL: "https://env.example.com" });
    expect(config.apiUrl).toBe("https://env.example.com");
  });
});
