import { afterEach, describe, expect, it } from "vitest";
import {
  appRootFromModuleUrl,
  appRootFromPath,
  BASE_HREF_INLINE_SCRIPT,
  basenameFromRoot,
  resolveRouterBasename,
} from "./router-basename.ts";

describe("appRootFromModuleUrl", () => {
  it.each([
    ["https://h.example/admin-ui/assets/index-abc123.js", "https://h.example/admin-ui/"],
    ["https://h.example/assets/index-abc123.js", "https://h.example/"],
    ["https://h.example/a/b/assets/chunk.js?v=1#x", "https://h.example/a/b/"],
    ["https://h.example/assets/x/assets/index.js", "https://h.example/assets/x/"],
    ["http://127.0.0.1:5173/src/config/router-basename.ts", "http://127.0.0.1:5173/"],
    ["http://127.0.0.1:5173/src/main.tsx?t=123", "http://127.0.0.1:5173/"],
    ["https://h.example/app/main.js", "https://h.example/app/"],
  ])("%s → %s", (moduleUrl, root) => {
    expect(appRootFromModuleUrl(moduleUrl)).toBe(root);
  });
});

describe("basenameFromRoot", () => {
  it.each([
    ["https://h.example/admin-ui/", "/admin-ui"],
    ["https://h.example/", "/"],
    ["https://h.example/a/b/", "/a/b"],
    ["/admin-ui/", "/admin-ui"],
    ["/", "/"],
  ])("%s → %s", (root, basename) => {
    expect(basenameFromRoot(root)).toBe(basename);
  });
});

describe("resolveRouterBasename", () => {
  it("a deep link under a sub-path routes to the app route after reload", () => {
    const basename = resolveRouterBasename({
      moduleUrl: "https://h.example/admin-ui/assets/index-abc.js",
      baseURI: "https://h.example/admin-ui/",
      href: "https://h.example/admin-ui/r/orders/123",
    });
    expect(basename).toBe("/admin-ui");
    expect("/admin-ui/r/orders/123".slice(basename.length)).toBe("/r/orders/123");
  });

  it("at the origin root the basename is /", () => {
    expect(resolveRouterBasename({ moduleUrl: "https://h.example/assets/i.js", baseURI: "https://h.example/", href: "https://h.example/r/x" })).toBe("/");
  });

  it("uses document.baseURI when the bundle comes from another origin (CDN)", () => {
    expect(
      resolveRouterBasename({ moduleUrl: "https://cdn.example/build/assets/i.js", baseURI: "https://h.example/tools/admin/", href: "https://h.example/tools/admin/r/users" }),
    ).toBe("/tools/admin");
  });

  it("falls back to / when the location is not under the computed root", () => {
    expect(resolveRouterBasename({ moduleUrl: "https://h.example/x/assets/i.js", baseURI: "https://h.example/x/", href: "https://h.example/elsewhere" })).toBe("/");
    expect(resolveRouterBasename({ moduleUrl: "https://h.example/x/assets/i.js", baseURI: "https://h.example/x/", href: "https://h.example/xyz/r" })).toBe("/");
  });
});

describe("app root from the location path (inline script)", () => {
  const cases: [string, string][] = [
    ["/admin-ui/r/orders/123", "/admin-ui/"],
    ["/admin-ui/", "/admin-ui/"],
    ["/admin-ui/index.html", "/admin-ui/"],
    ["/r/orders/123", "/"],
    ["/", "/"],
    ["/login", "/"],
    ["/a/b/login", "/a/b/"],
    ["/tools/admin/dashboard", "/tools/admin/"],
    ["/tools/admin/r/users/r", "/tools/admin/"],
  ];

  it.each(cases)("appRootFromPath(%s) → %s", (path, root) => {
    expect(appRootFromPath(path)).toBe(root);
  });

  afterEach(() => {
    document.head.querySelectorAll("base, meta[name=atrium-root]").forEach((n) => n.remove());
    window.history.replaceState(null, "", "/");
  });

  function runInlineScript(path: string): string | null {
    window.history.replaceState(null, "", path);
    new Function(BASE_HREF_INLINE_SCRIPT)();
    return document.head.querySelector("base")?.getAttribute("href") ?? null;
  }

  it.each(cases)("the inline script agrees for %s", (path, root) => {
    expect(runInlineScript(path)).toBe(root);
    expect(document.head.firstChild?.nodeName).toBe("BASE");
  });

  it("a <meta name=atrium-root> pins the root", () => {
    const meta = document.createElement("meta");
    meta.name = "atrium-root";
    meta.content = "/login/admin/";
    document.head.appendChild(meta);
    expect(runInlineScript("/login/admin/r/orders/1")).toBe("/login/admin/");
  });

  it("relative asset URLs resolve under the root once the base is set", () => {
    runInlineScript("/admin-ui/r/orders/123");
    expect(new URL("./assets/index.js", document.baseURI).pathname).toBe("/admin-ui/assets/index.js");
  });
});
