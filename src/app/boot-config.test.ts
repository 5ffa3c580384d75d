import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { writeCachedConfigFile } from "../config/config-cache.ts";
import { boot } from "./boot.ts";

const g = globalThis as { __atriumConfig?: unknown };
const configUrl = () => new URL("config.json", document.baseURI).href;
const demoFile = (text: string) => ({ status: 200, contentType: "application/json", text });

describe("boot and the kept copy of config.json", () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => {
    delete g.__atriumConfig;
  });

  it("boot: a config.json changed since the kept copy reloads instead of running on the old one", async () => {
    // the demo backend (apiUrl null) keeps this test off the network
    writeCachedConfigFile(configUrl(), demoFile(JSON.stringify({ apiUrl: null })));
    g.__atriumConfig = { url: configUrl(), file: Promise.resolve(demoFile('{"apiUrl": null, "dialect": "craft-easy"}')) };
    const changed = vi.fn();
    const settled = vi.fn();
    void boot({ demoLatencyMs: 0, onConfigChanged: changed }).then(settled, settled);
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(settled).not.toHaveBeenCalled();

    // the same file as kept: boots normally
    g.__atriumConfig = { url: configUrl(), file: Promise.resolve(demoFile('{"apiUrl": null, "dialect": "craft-easy"}')) };
    const booted = await boot({ demoLatencyMs: 0, onConfigChanged: changed });
    expect(booted.config.demo).toBe(true);
    expect(changed).toHaveBeenCalledTimes(1);
  });
});
