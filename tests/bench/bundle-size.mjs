// Bundle sizes from the production build: which JS files the first screen needs (read from
// dist/index.html and Vite's manifest) and their gzip sizes, plus the total over all JS.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";

export const GZIP_LEVEL = 9;

export function fileSizes(distDir, file) {
  const body = readFileSync(join(distDir, file));
  return { rawBytes: body.length, gzipBytes: gzipSync(body, { level: GZIP_LEVEL }).length };
}

export function readManifest(distDir) {
  return JSON.parse(readFileSync(join(distDir, ".vite", "manifest.json"), "utf8"));
}

/** Script and modulepreload URLs in index.html, as dist-relative paths ("assets/index-x.js"). */
export function indexScripts(distDir) {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const clean = (url) => url.replace(/^\.?\//, "").replace(/[?#].*$/, "");
  const entries = [];
  const preloads = [];
  for (const tag of tags) {
    const src = tag.match(/\bsrc="([^"]+)"/)?.[1];
    if (tag.startsWith("<script") && /type="module"/.test(tag) && src) entries.push(clean(src));
    const href = tag.match(/\bhref="([^"]+)"/)?.[1];
    if (tag.startsWith("<link") && /rel="modulepreload"/.test(tag) && href) preloads.push(clean(href));
  }
  // The build moves those tags into index.html's inline script (vite.config.ts, assetsAfterBase):
  // [["modulepreload","./assets/x.js"],…,["module","./assets/index-y.js"]].
  for (const [, kind, url] of html.matchAll(/\["(module|modulepreload)","([^"]+)"\]/g)) {
    (kind === "module" ? entries : preloads).push(clean(url));
  }
  return { entries, preloads };
}

/** Manifest lookup by output file ("assets/x.js") → {key, chunk}. */
function byFile(manifest) {
  return new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, { key, chunk }]));
}

/** `file` plus everything it statically imports, recursively (manifest `imports`). */
export function withStaticImports(manifest, files) {
  const lookup = byFile(manifest);
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const key of lookup.get(file)?.chunk.imports ?? []) {
      const imported = manifest[key]?.file;
      if (imported) visit(imported);
    }
  };
  files.forEach(visit);
  return [...seen];
}

function describe(distDir, manifest, file) {
  const source = byFile(manifest).get(file);
  return { file, src: source?.chunk.src ?? null, chunk: source?.chunk.name ?? null, ...fileSizes(distDir, file) };
}

const sum = (list, key) => list.reduce((total, item) => total + item[key], 0);

/**
 * The JS needed for the first screen of a route: the entry chunk(s) of index.html, their static
 * imports, and the lazily loaded chunks the route needs (`lazyFiles`, dist-relative; the benchmark
 * takes them from what Chromium requested while loading the route) with their static imports.
 */
export function firstScreenJs(distDir, { route, lazyFiles = [] } = {}) {
  const manifest = readManifest(distDir);
  const { entries } = indexScripts(distDir);
  if (entries.length === 0) throw new Error("dist/index.html has no module script");
  const staticFiles = withStaticImports(manifest, entries);
  const lazy = withStaticImports(
    manifest,
    lazyFiles.filter((file) => file.endsWith(".js")),
  ).filter((file) => !staticFiles.includes(file));
  const entry = entries.map((file) => describe(distDir, manifest, file));
  const staticImports = staticFiles.filter((file) => !entries.includes(file)).map((file) => describe(distDir, manifest, file));
  const lazyForRoute = lazy.map((file) => describe(distDir, manifest, file));
  const all = [...entry, ...staticImports, ...lazyForRoute];
  return {
    route,
    gzipBytes: sum(all, "gzipBytes"),
    rawBytes: sum(all, "rawBytes"),
    entry,
    staticImports,
    lazyForRoute,
  };
}

function listFiles(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path, root) : [relative(root, path).split(sep).join("/")];
  });
}

/** Every .js file in dist/ (chunks from the manifest and copied public files such as the MSW worker). */
export function totalJs(distDir) {
  const manifest = readManifest(distDir);
  const chunkFiles = new Set(Object.values(manifest).map((chunk) => chunk.file));
  const files = listFiles(distDir).filter((file) => file.endsWith(".js"));
  const sized = files.map((file) => ({ file, ...fileSizes(distDir, file) }));
  return {
    gzipBytes: sum(sized, "gzipBytes"),
    rawBytes: sum(sized, "rawBytes"),
    files: sized.length,
    notFromTheBundler: sized.filter((item) => !chunkFiles.has(item.file)),
  };
}

/**
 * Dependent script steps: how many rounds of fetching the browser needs before it has `files`.
 * Step 1 is what index.html asks for (`start`: its entry and preloads) with their static imports;
 * a chunk's `import()` fetches its target and the target's static imports together (Vite's
 * preload helper), one step after the importer. Returns the step of each file reached and the
 * largest step among `files` (a file not reached counts as 0 there).
 */
export function scriptSteps(manifest, start, files) {
  const lookup = byFile(manifest);
  const stepOf = {};
  let wave = withStaticImports(manifest, start);
  for (let step = 1; wave.length > 0; step++) {
    const fresh = wave.filter((file) => !(file in stepOf));
    for (const file of fresh) stepOf[file] = step;
    const targets = fresh.flatMap((file) => (lookup.get(file)?.chunk.dynamicImports ?? []).map((key) => manifest[key]?.file).filter(Boolean));
    wave = withStaticImports(manifest, targets).filter((file) => !(file in stepOf));
  }
  return { stepOf, steps: Math.max(0, ...files.map((file) => stepOf[file] ?? 0)) };
}
