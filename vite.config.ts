/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

/**
 * The build's entry script, preloads and stylesheets are relative (`./assets/…`), and index.html
 * sets <base href> to the app root at run time so deep links (`/r/orders/…`) resolve them right.
 * Chromium's preload scanner would fetch them relative to the deep URL before that script runs
 * (three wasted 404s per deep-link load, and HTML instead of JS behind a try_files fallback), so
 * the built tags are replaced by a tiny inline loader that creates them after <base> exists.
 */
function deferAssetsUntilBase(): Plugin {
  const tag = /<(script|link)\b([^>]*?)\b(src|href)="(\.\/assets\/[^"]+)"[^>]*>(<\/script>)?\s*/g;
  return {
    name: "atrium-defer-assets-until-base",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html) {
        const assets: { kind: "module" | "modulepreload" | "stylesheet"; url: string }[] = [];
        const out = html.replace(tag, (_m, el: string, attrs: string, _a: string, url: string) => {
          const kind = el === "script" ? "module" : /rel="modulepreload"/.test(attrs) ? "modulepreload" : "stylesheet";
          assets.push({ kind, url });
          return "";
        });
        if (!assets.length) return html;
        assets.sort((x, y) => Number(x.kind === "module") - Number(y.kind === "module")); // preloads + CSS first
        const loader =
          "(function(){var d=document,h=d.head,a=" +
          JSON.stringify(assets.map((x) => [x.kind, x.url])) +
          ";a.forEach(function(x){var e;if(x[0]===\"module\"){e=d.createElement(\"script\");e.type=\"module\";e.src=x[1]}" +
          "else{e=d.createElement(\"link\");e.rel=x[0];e.href=x[1]}e.crossOrigin=\"\";h.appendChild(e)})})();";
        return out.replace("</head>", `    <script>${loader}</script>\n  </head>`);
      },
    },
  };
}

/**
 * Chunk groups. Left alone, the bundler cuts the first screen into ~45 small files, and with
 * HTTP/1.1's six connections per host they queue: the list's first rows waited on that queue.
 * So: React + router + React Query in one `vendor` chunk, the table and virtualiser in `table`,
 * the popup library (react-aria: menus, dialogs, inputs — never on a list's first screen) in
 * `react-aria`. The vendor group ranks first: a group takes its modules' dependencies along,
 * and React itself must not land in the react-aria chunk. (A group of shared app modules was tried and dropped: it pulled the vendor and
 * react-aria chunks in as static imports of the entry, delaying config.json by ~80 ms.)
 */
function chunkGroups() {
  const pkg = (names: string) => new RegExp(`node_modules[\\\\/](${names})[\\\\/]`);
  return {
    groups: [
      { name: "react-aria", test: pkg("react-aria|react-aria-components|@react-aria|@react-stately|@react-types|@internationalized|@swc|client-only"), priority: 10 },
      { name: "vendor", test: pkg("react|react-dom|scheduler|react-router|cookie|set-cookie-parser|@tanstack[\\\\/](?:query-core|react-query)"), priority: 30 },
      { name: "table", test: pkg("@tanstack[\\\\/](?:table-core|react-table|virtual-core|react-virtual)"), priority: 20 },
    ],
  };
}

// `base: "./"` makes the build relocatable: the same dist/ works at / or under any sub-path
// (the router reads its basename from <base href> / the served location at run time).
export default defineConfig({
  base: "./",
  plugins: [react(), deferAssetsUntilBase()],
  server: { port: 5173, host: "127.0.0.1" },
  preview: { port: 4173, host: "127.0.0.1" },
  build: {
    target: "es2022",
    sourcemap: false,
    // dist/.vite/manifest.json: `npm run bench` reads it to size the first screen's JS.
    manifest: true,
    chunkSizeWarningLimit: 600,
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
