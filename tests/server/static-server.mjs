#!/usr/bin/env node
// A tiny dependency-free static server for the production build (dist/), behaving like the nginx
// set-up the README documents: files are served as they are, any other path under the base
// falls back to index.html (SPA routing), hashed assets are cached forever, everything else is
// revalidated, text is gzip-compressed when the browser accepts it.
//
// Used by the e2e runner and the benchmark (programmatically) and by hand:
//   node tests/server/static-server.mjs --root dist --port 4173 --base /admin-ui/ \
//        --api-url http://127.0.0.1:8787 --dialect craft-easy
//
// `config.json` next to index.html tells the built app where its backend is. The server can
// answer it from an option (no need to write into dist/): `config` = an object (served as JSON),
// `null` (404: the app runs its demo backend) or undefined (whatever dist/ holds, if anything).

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".csv": "text/csv; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Extensions that name a static file: a missing one is a 404, never the SPA fallback. */
const FILE_EXTENSIONS = new Set(Object.keys(MIME).filter((ext) => ext !== ".html"));
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json)|image\/svg)/;

/** Normalise a base path to "/" or "/some/path/". */
export function normaliseBase(base = "/") {
  let out = base.trim();
  if (!out.startsWith("/")) out = `/${out}`;
  if (!out.endsWith("/")) out = `${out}/`;
  return out.replace(/\/{2,}/g, "/");
}

/**
 * Start serving `root` under `base`.
 * @param {{root?: string, port?: number, host?: string, base?: string,
 *          config?: object | null, quiet?: boolean}} [options]
 * @returns {Promise<{url: string, origin: string, port: number, base: string, close: () => Promise<void>}>}
 */
export async function startStaticServer(options = {}) {
  const root = resolve(options.root ?? "dist");
  const base = normaliseBase(options.base);
  const host = options.host ?? "127.0.0.1";
  const config = options.config;
  const gzipCache = new Map();

  const rootStat = await stat(join(root, "index.html")).catch(() => null);
  if (!rootStat?.isFile()) throw new Error(`static-server: ${root}/index.html not found (run the build first)`);

  async function send(req, res, status, body, type, { cache = "no-cache", path } = {}) {
    const headers = { "Content-Type": type, "Cache-Control": cache, "X-Content-Type-Options": "nosniff" };
    let payload = body;
    if (COMPRESSIBLE.test(type) && body.length > 512) {
      headers.Vary = "Accept-Encoding";
      if (/\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
        const key = path ?? null;
        payload = (key && gzipCache.get(key)) || gzipSync(body);
        if (key) gzipCache.set(key, payload);
        headers["Content-Encoding"] = "gzip";
      }
    }
    headers["Content-Length"] = String(payload.length);
    res.writeHead(status, headers);
    res.end(req.method === "HEAD" ? undefined : payload);
  }

  async function sendFile(req, res, file, cache) {
    const info = await stat(file);
    const body = await readFile(file);
    const type = MIME[extname(file).toLowerCase()] ?? "application/octet-stream";
    await send(req, res, 200, body, type, { cache, path: `${file}:${info.mtimeMs}` });
  }

  function sendText(req, res, status, text, extra = {}) {
    res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...extra });
    res.end(req.method === "HEAD" ? undefined : text);
  }

  async function handle(req, res) {
    if (req.method !== "GET" && req.method !== "HEAD") {
      return sendText(req, res, 405, "Method Not Allowed", { Allow: "GET, HEAD" });
    }
    let pathname;
    let search;
    try {
      const url = new URL(req.url ?? "/", "http://x");
      pathname = decodeURIComponent(url.pathname);
      search = url.search;
    } catch {
      return sendText(req, res, 400, "Bad Request");
    }
    if (pathname.includes("\0")) return sendText(req, res, 400, "Bad Request");
    if (`${pathname}/` === base) return sendText(req, res, 301, "Moved Permanently", { Location: base + search });
    if (!pathname.startsWith(base)) return sendText(req, res, 404, "Not Found");

    const rel = pathname.slice(base.length);
    if (rel === "config.json" && config !== undefined) {
      if (config === null) return sendText(req, res, 404, "Not Found");
      return send(req, res, 200, Buffer.from(JSON.stringify(config)), MIME[".json"]);
    }

    const file = resolve(root, `.${sep}${rel}`);
    if (file !== root && !file.startsWith(root + sep)) return sendText(req, res, 404, "Not Found");
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) {
      const immutable = rel.startsWith("assets/");
      return sendFile(req, res, file, immutable ? "public, max-age=31536000, immutable" : "no-cache");
    }
    if (info?.isDirectory()) {
      const index = join(file, "index.html");
      if ((await stat(index).catch(() => null))?.isFile()) return sendFile(req, res, index, "no-cache");
    }
    if (FILE_EXTENSIONS.has(extname(rel).toLowerCase())) return sendText(req, res, 404, "Not Found");
    // SPA fallback: the client router decides what this path shows.
    return sendFile(req, res, join(root, "index.html"), "no-cache");
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!options.quiet) console.error("static-server:", error);
      if (!res.headersSent) sendText(req, res, 500, "Internal Server Error");
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;

  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", fail);
      ok();
    });
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const origin = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  return {
    url: origin + base,
    origin,
    port,
    base,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

function parseArgs(argv) {
  const args = { root: "dist", port: 4173, host: "127.0.0.1", base: "/", config: undefined };
  let apiUrl;
  let dialect = "craft-easy";
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === "--root") args.root = value();
    else if (flag === "--port") args.port = Number(value());
    else if (flag === "--host") args.host = value();
    else if (flag === "--base") args.base = value();
    else if (flag === "--api-url") apiUrl = value();
    else if (flag === "--dialect") dialect = value();
    else if (flag === "--config-file") args.configFile = value();
    else if (flag === "--no-config") args.config = null;
    else if (flag === "--help" || flag === "-h") args.help = true;
    else throw new Error(`unknown option ${flag}`);
  }
  if (apiUrl) args.config = { apiUrl, dialect };
  return args;
}

const HELP = `Usage: node tests/server/static-server.mjs [options]
  --root <dir>          directory to serve (default dist)
  --port <n>            port (default 4173; 0 = any free port)
  --host <addr>         interface (default 127.0.0.1)
  --base <path>         serve the app under this sub-path, e.g. /admin-ui/ (default /)
  --api-url <url>       answer config.json with {"apiUrl": url, "dialect": ...}
  --dialect <name>      dialect for --api-url (default craft-easy)
  --config-file <file>  answer config.json with this file's contents
  --no-config           answer config.json with 404 (the app runs its demo backend)`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    const args = parseArgs(process.argv.slice(2));
    if (args.help) {
      console.log(HELP);
    } else {
      if (args.configFile) args.config = JSON.parse(await readFile(args.configFile, "utf8"));
      const server = await startStaticServer(args);
      console.log(`Serving ${resolve(args.root)} at ${server.url}`);
      const stop = () => server.close().then(() => process.exit(0));
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    }
  } catch (error) {
    console.error(`static-server: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
