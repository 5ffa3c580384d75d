import { describe, expect, it } from "vitest";
import { resolveThemeUrls } from "./resolve-theme-urls.ts";
import type { AdminSchema, ThemeConfig } from "./types.ts";

const DOC = "https://api.example/v1/admin/schema";
const PNG = "data:image/png;base64,iVBORw0KGgo=";

function schemaWith(theme: ThemeConfig | undefined): AdminSchema {
  return {
    version: "1.0",
    title: "T",
    auth: { login_endpoint: "/auth/login/email", refresh_endpoint: "/auth/refresh", token_header: "X-API-Key" },
    modules: {},
    resources: [],
    ...(theme ? { theme } : {}),
  };
}

const resolved = (url: string, doc = DOC) => resolveThemeUrls(schemaWith({ primary_color: "#123456", logo_url: url, favicon_url: url }), doc).theme;

describe("resolveThemeUrls: against the schema document's URL, not Atrium's page", () => {
  it.each<[string, string, string]>([
    ["absolute path (a file on the API server)", "/static/logo.svg", "https://api.example/static/logo.svg"],
    ["relative path (next to the schema document)", "img/logo.png", "https://api.example/v1/admin/img/logo.png"],
    ["dot segments", "../assets/logo.png", "https://api.example/v1/assets/logo.png"],
    ["query only", "?logo=1", "https://api.example/v1/admin/schema?logo=1"],
    ["protocol-relative (the document's scheme)", "//cdn.example/logo.png", "https://cdn.example/logo.png"],
    ["absolute URL (unchanged)", "https://cdn.example/logo.svg", "https://cdn.example/logo.svg"],
    ["raster data: URL (unchanged)", PNG, PNG],
  ])("%s: %s", (_name, url, expected) => {
    expect(resolved(url)).toEqual({ primary_color: "#123456", logo_url: expected, favicon_url: expected });
  });

  it("an http schema document gives http URLs", () => {
    expect(resolved("/logo.png", "http://127.0.0.1:8787/admin/schema")?.logo_url).toBe("http://127.0.0.1:8787/logo.png");
  });

  it("a URL that does not parse is dropped (the validator refuses it before this; schemes are its job and the shell's)", () => {
    expect(resolved("https://[::1")).toEqual({ primary_color: "#123456" });
  });

  it("gives back the same object when there is nothing to resolve", () => {
    const none = schemaWith(undefined);
    expect(resolveThemeUrls(none, DOC)).toBe(none);
    const colourOnly = schemaWith({ primary_color: "#123456" });
    expect(resolveThemeUrls(colourOnly, DOC)).toBe(colourOnly);
    const absolute = schemaWith({ primary_color: "", logo_url: "https://cdn.example/logo.png" });
    expect(resolveThemeUrls(absolute, DOC)).toBe(absolute);
  });

  it("does not change the schema it was given", () => {
    const s = schemaWith({ primary_color: "", logo_url: "/logo.png" });
    resolveThemeUrls(s, DOC);
    expect(s.theme?.logo_url).toBe("/logo.png");
  });
});
