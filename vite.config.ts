/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin, type Rollup } from "vite";
import react from "@vitejs/plugin-react";
import { compileMessage } from "@lingui/message-utils/compileMessage";

/** The output file of the chunk for `src` and of everything it imports statically. */
function staticGraph(bundle: Rollup.OutputBundle | undefined, src: string): string[] {
  const chunks = Object.values(bundle ?? {}).filter((c) => c.type === "chunk");
  const root = chunks.find((c) => c.facadeModuleId === fileURLToPath(new URL(`./${src}`, import.meta.url)));
  const files: string[] = [];
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    for (const next of chunks.find((c) => c.fileName === file)?.imports ?? []) visit(next);
  };
  if (root) visit(root.fileName);
  return files;
}

/**
 * The build's entry script, preloads and stylesheet are relative (`./assets/…`), and index.html's
 * one inline script sets <base href> to the app root at run time so that deep links (`/r/orders/…`)
 * resolve them right. Chromium's preload scanner would fetch the built tags relative to the deep
 * URL before that script runs (three wasted 404s per deep-link load, and HTML instead of JS behind
 * a try_files fallback), so the build takes them out and appends their creation to that script.
 * It adds preloads of React and the mount code (src/app/mount.tsx and what it imports): the entry
 * evaluates them only once its API requests are out, but their download starts with the page.
 */
function assetsAfterBase(): Plugin {
  const tag = /<(script|link)\b([^>]*?)\b(src|href)="(\.\/assets\/[^"]+)"[^>]*>(<\/script>)?\s*/g;
  const inlineScript = /<script>([\s\S]*?)<\/script>/;
  return {
    name: "atrium-assets-after-base",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        const assets: { kind: "module" | "modulepreload" | "stylesheet"; url: string }[] = [];
        const out = html.replace(tag, (_m, el: string, attrs: string, _a: string, url: string) => {
          const kind = el === "script" ? "module" : /rel="modulepreload"/.test(attrs) ? "modulepreload" : "stylesheet";
          assets.push({ kind, url });
          return "";
        });
        if (!assets.length) return html;
        if (!inlineScript.test(out)) throw new Error("index.html has no inline script to load the app's files from");
        assets.sort((x, y) => Number(x.kind === "module") - Number(y.kind === "module")); // preloads + CSS first
        for (const file of staticGraph(ctx.bundle, "src/app/mount.tsx")) {
          if (!assets.some((x) => x.url === `./${file}`)) assets.push({ kind: "modulepreload", url: `./${file}` });
        }
        // An unknown deep path (/no/such/page) has no route segment to find the app root by, so
        // <base> is guessed wrong and the entry 404s: then the files are asked for once more from
        // the site's root, where most deployments are, and the app shows its not-found page.
        const loader =
          "(function(){var d=document,h=d.head,a=" +
          JSON.stringify(assets.map((x) => [x.kind, x.url])) +
          ";function l(){a.forEach(function(x){var e;if(x[0]===\"module\"){e=d.createElement(\"script\");e.type=\"module\";e.src=x[1];e.onerror=f}" +
          "else{e=d.createElement(\"link\");e.rel=x[0];e.href=x[1]}e.crossOrigin=\"\";h.appendChild(e)})}" +
          "function f(){var b=d.querySelector(\"base\");if(b&&b.getAttribute(\"href\")!==\"/\"){b.href=\"/\";l()}" +
          "else{var r=d.getElementById(\"root\");if(r)r.textContent=\"Atrium could not load its files. Check the address, or open the start page.\"}}l()})();";
        return out.replace(inlineScript, (_m, body: string) => `<script>${body}${loader}</script>`);
      },
    },
  };
}

/**
 * Chunk groups. Left alone, the bundler cuts a list's first screen into ~45 files, most under a
 * kilobyte, and with HTTP/1.1's six connections per host they queue: the first rows waited on
 * that queue. So the first screen is a handful of chunks:
 *  - `vendor`: React, React DOM, the router, React Query, use-sync-external-store (every screen);
 *  - `table`: TanStack Table (and its store); `virtual`: TanStack Virtual (pages above 100 rows, the picker);
 *  - `shell`: the signed-in shell (everything mount.tsx and lazy-shell.ts import statically);
 *  - `list`: the list feature's own modules (src/features/list; the shared helpers it uses go with the shell);
 *  - `schema-support`: what the schema validator shares with the app, so that the validator
 *    (its own chunk) imports neither the shell nor React.
 * App groups take only the modules statically reachable from their roots and not from the entry
 * (src/main.tsx), and groups do not drag dependencies along (a module the entry needs must stay
 * in the entry, or the entry would wait for a group chunk). Vendor ranks first so that React never
 * lands in another group's chunk.
 */
function chunkGroups() {
  const pkg = (names: string) => new RegExp(`node_modules[\\/](${names})[\\/]`);
  type Info = { importedIds: string[]; dynamicImporters: string[]; importers: string[] } | null;
  type Ctx = { getModuleInfo(id: string): Info };
  const closures = new Map<string, Set<string>>();
  const closure = (ctx: Ctx, root: string): Set<string> => {
    let set = closures.get(root);
    if (set) return set;
    set = new Set<string>();
    const stack = [root];
    while (stack.length) {
      const id = stack.pop()!;
      if (set.has(id)) continue;
      set.add(id);
      for (const next of ctx.getModuleInfo(id)?.importedIds ?? []) stack.push(next);
    }
    closures.set(root, set);
    return set;
  };
  const src = (path: string) => new URL(`./src/${path}`, import.meta.url).pathname;
  /** A group of app modules: `member(id, ctx)` says which (never the entry's, never an import() target). */
  const appGroup = (name: string, priority: number, member: (id: string, ctx: Ctx) => boolean) => ({
    debugName: name,
    name: (id: string, ctx: Ctx) => {
      if (!id.includes("/src/") || id.includes("node_modules")) return null;
      if (closure(ctx, src("main.tsx")).has(id)) return null;
      // an import() target keeps its own chunk (grouping one loses its namespace export)
      if ((ctx.getModuleInfo(id)?.dynamicImporters.length ?? 0) > 0) return null;
      return member(id, ctx) ? name : null;
    },
    priority,
  });
  const reachable = (ctx: Ctx, id: string, roots: string[]) => roots.some((r) => closure(ctx, src(r)).has(id));
  const LIST_ROOTS = ["features/list/list-page.tsx", "features/list/list-view.tsx"];
  // the list feature's own modules: under src/features/list (and its English words) and imported
  // only from there (what other pages share, e.g. cell formatting for the activity feed, goes
  // with the shell)
  const listOwn = (id: string, ctx: Ctx) =>
    /\/src\/(features\/list\/|i18n\/catalogue\/en\/list\.ts)/.test(id) && (ctx.getModuleInfo(id)?.importers ?? []).every((i) => i.includes("/src/features/list/"));
  return {
    includeDependenciesRecursively: false,
    groups: [
      // use-sync-external-store (the table's store uses it) stays with React: in the table's
      // chunk, any other page that came to use it would load the table too
      { name: "vendor", test: pkg("react|react-dom|scheduler|react-router|cookie|set-cookie-parser|@tanstack[\\/](?:query-core|react-query)|use-sync-external-store"), priority: 30 },
      { name: "table", test: pkg("@tanstack[\\/](?:table-core|react-table|store|react-store)"), priority: 25 },
      { name: "virtual", test: pkg("@tanstack[\\/](?:virtual-core|react-virtual)"), priority: 25 },
      // what the schema validator (its own chunk, loaded by every boot) shares with the app: a
      // chunk of its own, or the validator would import it from the shell, and on a cold load
      // the rows request (which waits for the validated schema) would wait for React's evaluation
      // (the validator's own parts, src/protocol/validation/, stay in its chunk with valibot: in
      // schema-support they would import valibot back from the validator's chunk, a cycle)
      appGroup("schema-support", 24, (id, ctx) => id !== src("protocol/validate-schema.ts") && !id.includes("/src/protocol/validation/") && reachable(ctx, id, ["protocol/validate-schema.ts"])),
      // the shell, plus the list's helpers that other pages share (relation labels, deletes,
      // widget displays…), so a record page does not load the list's chunk for them
      appGroup("shell", 23, (id, ctx) => reachable(ctx, id, ["app/mount.tsx", "app/lazy-shell.ts"]) || (reachable(ctx, id, LIST_ROOTS) && !listOwn(id, ctx))),
      appGroup("list", 22, (id, ctx) => reachable(ctx, id, LIST_ROOTS) && listOwn(id, ctx)),
    ],
  };
}

// `base: "./"` makes the build relocatable: the same dist/ works at / or under any sub-path
// (the router reads its basename from <base href> / the served location at run time).
/**
 * The message catalogue (src/i18n/catalogue/<locale>/<area>.ts) is ICU MessageFormat text; the
 * build compiles each file to Lingui's message form, so the app ships no ICU parser. A catalogue
 * file is data only (`export default { id: "text" }`); a message that does not parse fails the
 * build, named by file and id. Dev and tests let Lingui compile at run time instead.
 */
function compileCatalogue(): Plugin {
  const catalogueFile = /[\\/]src[\\/]i18n[\\/]catalogue[\\/]\w+[\\/](?!index\.)[\w-]+\.ts$/;
  return {
    name: "atrium-compile-catalogue",
    apply: "build",
    enforce: "post",
    transform(code, id) {
      if (!catalogueFile.test(id)) return null;
      const body = code.replace(/^\s*export default\s+/m, "return ");
      if (body === code || /^\s*(import|export)\s+[\w{*"']/m.test(body)) throw new Error(`${id}: a catalogue file holds one \`export default { id: "text" }\` and nothing else`);
      const messages: unknown = new Function(body)();
      const compiled: Record<string, unknown> = {};
      for (const [key, text] of Object.entries(messages as Record<string, unknown>)) {
        if (typeof text !== "string") throw new Error(`${id}: message "${key}" is not text`);
        try {
          compiled[key] = compileMessage(text);
        } catch (error) {
          throw new Error(`${id}: message "${key}" is not valid ICU MessageFormat (${String(error)})`, { cause: error });
        }
      }
      return { code: `export default ${JSON.stringify(compiled)};\n`, map: null };
    },
  };
}

export default defineConfig({
  base: "./",
  plugins: [react(), assetsAfterBase(), compileCatalogue()],
  server: { port: 5173, host: "127.0.0.1" },
  preview: { port: 4173, host: "127.0.0.1" },
  build: {
    target: "es2022",
    sourcemap: false,
    // dist/.vite/manifest.json: `npm run bench` reads it to size the first screen's JS.
    manifest: true,
    chunkSizeWarningLimit: 600,
    // no modulepreload polyfill in the entry: every browser the es2022 target means preloads
    // modules itself except Safari before 17, which then just loads them when imported
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: chunkGroups() } },
  },
  worker: { format: "es" },
  test: {
    environment: "jsdom",
    setupFiles: ["./tests/setup/vitest-setup.ts"],
    include: ["src/**/*.test.{ts,tsx}", "tests/unit/**/*.test.{ts,tsx}", "tests/server/**/*.test.ts"],
    testTimeout: 30000,
    pool: "threads",
  },
});
