import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { EarlyConfigFile } from "./early-config.ts";
import { readCachedConfigFile, reloadForChangedConfig, writeCachedConfigFile } from "./config-cache.ts";
import { loadStartupConfig } from "./load-config.ts";

const g = globalThis as { __atriumConfig?: unknown };
const configUrl = () => new URL("config.json", document.baseURI).href;
const file = (apiUrl: string | null): EarlyConfigFile => ({ status: 200, contentType: "application/json", text: JSON.stringify({ apiUrl }) });

/** What index.html's inline script leaves: the served file, settled when `serve` is called. */
function servedLater(): (f: EarlyConfigFile) => void {
  let resolve!: (f: EarlyConfigFile) => void;
  g.__atriumConfig = { url: configUrl(), file: new Promise<EarlyConfigFile>((r) => (resolve = r)) };
  return (f) => resolve(f);
}

describe("the boot starts from the config.json a previous visit kept", () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => {
    delete g.__atriumConfig;
  });

  it("first visit: waits for the served file and keeps it", async () => {
    g.__atriumConfig = { url: configUrl(), file: Promise.resolve(file("https://api.example.com")) };
    const { config, current } = await loadStartupConfig({});
    expect(config.apiUrl).toBe("https://api.example.com");
    expect(await current).toBe(true);
    expect(readCachedConfigFile(configUrl())).toEqual(file("https://api.example.com"));
  });

  it("returning: the config is there before the served file, which then confirms it", async () => {
    writeCachedConfigFile(configUrl(), file("https://api.example.com"));
    const serve = servedLater();
    const { config, current } = await loadStartupConfig({}); // would hang if it waited for the file
    expect(config.apiUrl).toBe("https://api.example.com");
    serve(file("https://api.example.com"));
    expect(await current).toBe(true);
  });

  it("a changed file says so and replaces the kept copy; an invalid one removes it", async () => {
    writeCachedConfigFile(configUrl(), file("https://old.example.com"));
    g.__atriumConfig = { url: configUrl(), file: Promise.resolve(file("https://new.example.com")) };
    let started = await loadStartupConfig({});
    expect(started.config.apiUrl).toBe("https://old.example.com");
    expect(await started.current).toBe(false);
    expect(readCachedConfigFile(configUrl())).toEqual(file("https://new.example.com"));

    g.__atriumConfig = { url: configUrl(), file: Promise.resolve({ status: 200, contentType: "application/json", text: '{"apiUrl": 42}' }) };
    started = await loadStartupConfig({});
    expect(started.config.apiUrl).toBe("https://new.example.com");
    expect(await started.current).toBe(false);
    expect(readCachedConfigFile(configUrl())).toBeNull();
  });

  it("a file that sets nothing is kept as absent: a static server's HTML fallback that changed with a deployment is no change", async () => {
    const fallback = (asset: string): EarlyConfigFile => ({ status: 200, contentType: "text/html", text: `<!doctype html><script src="./assets/${asset}.js"></script>` });
    g.__atriumConfig = { url: configUrl(), file: Promise.resolve(fallback("index-old")) };
    let started = await loadStartupConfig({ VITE_API_URL: "https://env.example.com" });
    expect(started.config.apiUrl).toBe("https://env.example.com");
    expect(readCachedConfigFile(configUrl())).toEqual({ status: 404, contentType: "", text: "" });

    for (const served of [fallback("index-new"), { status: 404, contentType: "text/plain", text: "Not found" }]) {
      g.__atriumConfig = { url: configUrl(), file: Promise.resolve(served) };
      started = await loadStartupConfig({ VITE_API_URL: "https://env.example.com" });
      expect(await started.current).toBe(true);
    }
    // and a real file after none is a change
    g.__atriumConfig = { url: configUrl(), file: Promise.resolve(file("https://api.example.com")) };
    started = await loadStartupConfig({ VITE_API_URL: "https://env.example.com" });
    expect(started.config.apiUrl).toBe("https://env.example.com");
    expect(await started.current).toBe(false);
  });

  it("right after a reload for a changed config the copy is not used (no reload loop), nor without sessionStorage", () => {
    writeCachedConfigFile(configUrl(), file("https://api.example.com"));
    const reload = vi.fn();
    reloadForChangedConfig(sessionStorage, reload);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(readCachedConfigFile(configUrl())).toBeNull();
    expect(readCachedConfigFile(configUrl(), localStorage, sessionStorage, Date.now() + 11_000)).toEqual(file("https://api.example.com"));
    expect(readCachedConfigFile(configUrl(), localStorage, null)).toBeNull();
  });
});
