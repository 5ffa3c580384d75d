// The entry: small on purpose. It starts the cold load's critical path (config.json, then the
// backend's bootstrap) and the chunks of the route being opened, then loads React and mounts.
import "./ui/global.css";
import { routerBasename } from "./config/router-basename.ts";
import { boot, type Booted } from "./app/boot.ts";
import { prefetchRouteChunks } from "./app/route-chunks.ts";

const basename = routerBasename(import.meta.url);
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

const path = location.pathname;
const route = { pathname: basename !== "/" && path.startsWith(basename) ? path.slice(basename.length) : path, search: location.search };
let firstBoot: Promise<Booted> | null = boot({ route });
firstBoot.catch(() => {
  firstBoot = null; // Retry boots afresh
});
prefetchRouteChunks(route.pathname);

import("./app/mount.tsx").then(
  ({ mountApp }) => mountApp(root, { basename, boot: (signal) => firstBoot ?? boot({ signal }) }),
  (error: unknown) => {
    root.textContent = `Atrium could not load (${error instanceof Error ? error.message : String(error)}). Reload the page to try again.`;
  },
);
