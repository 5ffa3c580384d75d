import { afterEach, describe, expect, it, vi } from "vitest";
import { CONFIG_PREFETCH_INLINE_SCRIPT, takeEarlyConfigFile } from "./early-config.ts";
import { loadConfig } from "./load-config.ts";

const g = globalThis as { __atriumConfig?: unknown };
const configUrl = () => new URL("config.json", document.baseURI).href;

describe("config.json requested by index.html", () => {
  afterEach(() => {
    delete g.__atriumConfig;
    vi.unstubAllGlobals();
  });

  it("the inline script requests config.json next to <base> and leaves the file for the app", async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response(JSON.stringify({ apiUrl: "https://api.example.com/v1" }), { headers: { "Content-Type": "application/json" } })));
    vi.stubGlobal("fetch", fetchMock);
    new Function(CONFIG_PREFETCH_INLINE_SCRIPT)();
    expect(fetchMock).toHaveBeenCalledWith(configUrl(), expect.objectContaining({ cache: "no-store" }));
    // loadConfig takes it instead of asking again
    const config = await loadConfig(undefined, {});
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(config.apiUrl).toBe("https://api.example.com/v1");
    expect(g.__atriumConfig).toBeUndefined();
  });

  it("reads the whole file as it arrives: status, type and text", async () => {
    const original = new Response('{"dialect":"craft-easy"}', { status: 200, headers: { "Content-Type": "application/json" } });
    vi.stubGlobal("fetch", vi.fn(() => Promise.resolve(original)));
    new Function(CONFIG_PREFETCH_INLINE_SCRIPT)();
    const file = await takeEarlyConfigFile(configUrl());
    expect(original.bodyUsed).toBe(true);
    expect(file).toEqual({ status: 200, contentType: "application/json", text: '{"dialect":"craft-easy"}' });
  });

  it("a settled file is used within the same task: the config is ready before any timer or I/O callback", async () => {
    g.__atriumConfig = { url: configUrl(), file: Promise.resolve({ status: 200, contentType: "application/json", text: '{"apiUrl":"https://api.example.com"}' }) };
    let timerFired = false;
    setTimeout(() => (timerFired = true), 0);
    const config = await loadConfig(undefined, {});
    expect(config.apiUrl).toBe("https://api.example.com");
    expect(timerFired).toBe(false);
  });

  it("a missing file (404) or an HTML fallback page leaves the build-time values", async () => {
    for (const file of [
      { status: 404, contentType: "text/plain", text: "Not found" },
      { status: 200, contentType: "text/html", text: "<!doctype html><title>app</title>" },
    ]) {
      g.__atriumConfig = { url: configUrl(), file: Promise.resolve(file) };
      const config = await loadConfig(undefined, { VITE_API_URL: "https://env.example.com" });
      expect(config.apiUrl).toBe("https://env.example.com");
    }
  });

  it("is taken once, and only for its own URL", () => {
    const file = Promise.resolve({ status: 200, contentType: "", text: "{}" });
    g.__atriumConfig = { url: "https://x.test/app/config.json", file };
    expect(takeEarlyConfigFile("https://x.test/other/config.json")).toBeNull();
    expect(takeEarlyConfigFile("https://x.test/app/config.json")).toBe(file);
    expect(takeEarlyConfigFile("https://x.test/app/config.json")).toBeNull();
  });

  it("a failed early request falls back to the build-time values like a failed fetch", async () => {
    const failed = Promise.reject(new TypeError("network"));
    failed.catch(() => undefined);
    g.__atriumConfig = { url: configUrl(), file: failed };
    const config = await loadConfig(undefined, { VITE_API_URL: "https://env.example.com" });
    expect(config.apiUrl).toBe("https://env.example.com");
  });

  it("malformed JSON in the file is an error naming config.json", async () => {
    g.__atriumConfig = { url: configUrl(), file: Promise.resolve({ status: 200, contentType: "application/json", text: "{oops" }) };
    await expect(loadConfig(undefined, {})).rejects.toThrow(/config\.json is not valid JSON/);
  });
});
