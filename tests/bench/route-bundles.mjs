// Bundle size (gzip) per route: for each main screen, a cold load in Chromium (fresh context;
// signed in except for the sign-in page) and the JS files it requested until the screen was
// ready (`gzipBytes`) and until the network settled (`settledGzipBytes`: no script requested for
// SETTLE_MS, what preloads on idle included), each sized with firstScreenJs (the entry, its static
// imports, and those lazy chunks). Part of `npm run bench` (`routeBundles`).
import { CONTEXT_OPTIONS } from "../e2e/lib/chromium.mjs";
import { referenceClient } from "../e2e/lib/reference-api.mjs";
import { DIST_DIR } from "../e2e/lib/servers.mjs";
import { firstScreenJs } from "./bundle-size.mjs";

/** Ready when the screen's heading (or the sign-in box) is there and no loading line is left. */
function screenReady(kind) {
  const loading = document.querySelector(".loading, [aria-busy=true]");
  if (kind === "login") return document.querySelector("input[type=email]") !== null && !loading;
  if (kind === "list") return document.querySelector("table tbody tr[data-row] td") !== null;
  return document.querySelector("main h1") !== null && !loading;
}

/** The network has settled when no script was requested for this long after the screen was ready. */
const SETTLE_MS = 3000;

async function requestedUntilReady(browser, url, storageState, kind) {
  const context = await browser.newContext({ ...CONTEXT_OPTIONS, ...(storageState ? { storageState } : {}) });
  try {
    const page = await context.newPage();
    const origin = new URL(url).origin;
    const files = new Set();
    let open = true;
    page.on("request", (request) => {
      if (!open || request.resourceType() !== "script" || !request.url().startsWith(origin)) return;
      const path = new URL(request.url()).pathname;
      const at = path.indexOf("/assets/");
      if (at >= 0) files.add(path.slice(at + 1));
    });
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(screenReady, kind, { polling: "raf", timeout: 30_000 });
    const ready = [...files];
    for (let seen = -1; seen !== files.size; ) {
      seen = files.size;
      await page.waitForTimeout(SETTLE_MS);
    }
    open = false;
    return { ready, settled: [...files] };
  } finally {
    await context.close();
  }
}

export async function routeBundles({ browser, appUrl, referenceUrl, storageState }) {
  const api = await referenceClient(referenceUrl);
  const { items } = await api.list("orders", { per_page: "1" });
  const id = items[0]?.id ?? items[0]?._id;
  const routes = [
    { route: "/login", kind: "login", session: false },
    { route: "/dashboard", kind: "page", session: true },
    { route: "/r/orders", kind: "list", session: true },
    { route: `/r/orders/${encodeURIComponent(String(id))}`, kind: "page", session: true, as: "/r/orders/:id" },
    { route: "/r/orders/new", kind: "page", session: true },
  ];
  const out = {};
  for (const r of routes) {
    const requested = await requestedUntilReady(browser, appUrl + r.route.replace(/^\//, ""), r.session ? storageState : undefined, r.kind);
    const sized = firstScreenJs(DIST_DIR, { route: r.as ?? r.route, lazyFiles: requested.ready });
    const settled = firstScreenJs(DIST_DIR, { route: r.as ?? r.route, lazyFiles: requested.settled });
    const files = [...sized.entry, ...sized.staticImports, ...sized.lazyForRoute];
    const settledFiles = [...settled.entry, ...settled.staticImports, ...settled.lazyForRoute];
    out[r.as ?? r.route] = {
      gzipBytes: sized.gzipBytes,
      rawBytes: sized.rawBytes,
      files: files.length,
      settledGzipBytes: settled.gzipBytes,
      settledFiles: settledFiles.length,
      chunks: files.map((f) => `${f.chunk} ${(f.gzipBytes / 1024).toFixed(1)} kB`),
      laterChunks: settledFiles.filter((f) => !files.some((g) => g.file === f.file)).map((f) => `${f.chunk} ${(f.gzipBytes / 1024).toFixed(1)} kB`),
    };
  }
  return {
    measure: `JS requested by a cold load until the screen was ready (gzipBytes) and until no script was requested for ${SETTLE_MS} ms (settledGzipBytes): entry + its static imports + lazy chunks, gzip level 9`,
    routes: out,
  };
}
