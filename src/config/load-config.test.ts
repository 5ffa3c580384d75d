import { describe, expect, it, vi } from "vitest";
import { ConfigError, loadConfig, normaliseApiUrl } from "./load-config.ts";

const BASE = "https://admin.example.com/admin-ui/";

function fetchReturning(body: string | null, init: { status?: number; contentType?: string } = {}) {
  return vi.fn<typeof fetch>(async () => {
    if (body === null) return new Response("not found", { status: 404 });
    return new Response(body, { status: init.status ?? 200, headers: { "content-type": init.contentType ?? "application/json" } });
  });
}

async function configError(p: Promise<unknown>): Promise<ConfigError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("uses the env values when there is no config.json, and asks relative to the document", async () => {
    const f = fetchReturning(null);
    const config = await loadConfig(f, { VITE_API_URL: "https://api.example.com/v1///", VITE_API_DIALECT: "craft-easy" }, { baseUrl: BASE });
    expect(config).toEqual({ apiUrl: "https://api.example.com/v1", dialect: "craft-easy", settings: {}, demo: false });
    expect(f).toHaveBeenCalledTimes(1);
    expect(String(f.mock.calls[0]?.[0])).toBe("https://admin.example.com/admin-ui/config.json");
  });

  it("defaults the dialect to auto when a URL is set", async () => {
    const config = await loadConfig(fetchReturning(null), { VITE_API_URL: "https://api.example.com" }, { baseUrl: BASE });
    expect(config).toMatchObject({ apiUrl: "https://api.example.com", dialect: "auto", demo: false });
  });

  it("no URL anywhere → demo", async () => {
    const config = await loadConfig(fetchReturning(null), {}, { baseUrl: BASE });
    expect(config).toEqual({ apiUrl: null, dialect: "auto", settings: {}, demo: true });
    const blank = await loadConfig(fetchReturning(null), { VITE_API_URL: "  " }, { baseUrl: BASE });
    expect(blank).toMatchObject({ apiUrl: null, demo: true });
  });

  it("config.json overrides the env values", async () => {
    const f = fetchReturning(JSON.stringify({ apiUrl: "https://other.example.com/", dialect: "litestar-admin", settings: { maxPerPage: 50 } }));
    const config = await loadConfig(f, { VITE_API_URL: "https://api.example.com", VITE_API_DIALECT: "craft-easy" }, { baseUrl: BASE });
    expect(config).toEqual({ apiUrl: "https://other.example.com", dialect: "litestar-admin", settings: { maxPerPage: 50 }, demo: false });
  });

  it("config.json keys are each optional", async () => {
    const config = await loadConfig(fetchReturning(JSON.stringify({ settings: { idField: "_id" } })), { VITE_API_URL: "https://api.example.com" }, { baseUrl: BASE });
    expect(config).toEqual({ apiUrl: "https://api.example.com", dialect: "auto", settings: { idField: "_id" }, demo: false });
  });

  it('"apiUrl": null in config.json switches to the demo backend', async () => {
    const config = await loadConfig(fetchReturning(JSON.stringify({ apiUrl: null })), { VITE_API_URL: "https://api.example.com" }, { baseUrl: BASE });
    expect(config).toMatchObject({ apiUrl: null, demo: true });
  });

  it("resolves a relative apiUrl against config.json's location", async () => {
    const config = await loadConfig(fetchReturning(JSON.stringify({ apiUrl: "../api/" })), {}, { baseUrl: BASE });
    expect(config.apiUrl).toBe("https://admin.example.com/api");
  });

  it.each([
    ["404", fetchReturning(null)],
    ["500", fetchReturning("oops", { status: 500, contentType: "text/plain" })],
    ["an HTML fallback page", fetchReturning("<!doctype html><html></html>", { contentType: "text/html" })],
    ["an empty file", fetchReturning("")],
    ["a network failure", vi.fn<typeof fetch>(async () => Promise.reject(new TypeError("Failed to fetch")))],
  ])("ignores config.json on %s", async (_name, f) => {
    const config = await loadConfig(f, { VITE_API_URL: "https://api.example.com/" }, { baseUrl: BASE });
    expect(config).toEqual({ apiUrl: "https://api.example.com", dialect: "auto", settings: {}, demo: false });
  });

  it("malformed JSON is a clear error", async () => {
    const e = await configError(loadConfig(fetchReturning('{"apiUrl": "x",}'), {}, { baseUrl: BASE }));
    expect(e.message).toMatch(/^config\.json is not valid JSON/);
    expect(e.key).toBeNull();
  });

  it.each([
    [{ dialect: "django" }, "dialect"],
    [{ dialect: 3 }, "dialect"],
    [{ apiUrl: 42 }, "apiUrl"],
    [{ apiUrl: "ftp://files.example.com" }, "apiUrl"],
    [{ settings: [] }, "settings"],
    [{ settings: "x" }, "settings"],
  ])("wrong types in config.json name the key: %j", async (json, key) => {
    const e = await configError(loadConfig(fetchReturning(JSON.stringify(json)), {}, { baseUrl: BASE }));
    expect(e.key).toBe(key);
    expect(e.message).toContain(key);
  });

  it("config.json that is not an object is an error", async () => {
    const e = await configError(loadConfig(fetchReturning("[1,2]"), {}, { baseUrl: BASE }));
    expect(e.message).toContain("JSON object");
  });

  it("a bad VITE_API_DIALECT is an error naming it", async () => {
    const e = await configError(loadConfig(fetchReturning(null), { VITE_API_URL: "https://a.example.com", VITE_API_DIALECT: "rails" }, { baseUrl: BASE }));
    expect(e.key).toBe("VITE_API_DIALECT");
  });

  it("resolves config.json against document.baseURI by default", async () => {
    const f = fetchReturning(null);
    await loadConfig(f, {});
    expect(String(f.mock.calls[0]?.[0])).toBe(new URL("config.json", document.baseURI).href);
  });
});

describe("normaliseApiUrl", () => {
  it("trims whitespace, trailing slashes, query and fragment", () => {
    expect(normaliseApiUrl("  https://api.example.com/base/  ", BASE, "k")).toBe("https://api.example.com/base");
    expect(normaliseApiUrl("https://api.example.com/?x=1#y", BASE, "k")).toBe("https://api.example.com");
    expect(normaliseApiUrl("/api", BASE, "k")).toBe("https://admin.example.com/api");
    expect(normaliseApiUrl("", BASE, "k")).toBeNull();
  });
});
