import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter } from "react-router";
import "./ui/global.css";
import { initColorMode } from "./ui/color-mode.ts";
import { routerBasename } from "./config/router-basename.ts";
import { AppRoot } from "./app/app-root.tsx";
import { boot, type Booted } from "./app/boot.ts";
import { prefetchRouteChunks } from "./app/app-routes.tsx";
import { ErrorBoundary } from "./ui/error-boundary.tsx";

initColorMode();

const basename = routerBasename(import.meta.url);
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// Cold-load critical path: start the boot requests (config.json, then the backend's bootstrap)
// and the chunks of the route being opened now, before React renders its first screen.
let firstBoot: Promise<Booted> | null = boot();
firstBoot.catch(() => {
  firstBoot = null; // Retry boots afresh
});
const path = location.pathname;
prefetchRouteChunks(basename !== "/" && path.startsWith(basename) ? path.slice(basename.length) : path);

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <AppRoot boot={(signal) => firstBoot ?? boot({ signal })} createRouter={(routes) => createBrowserRouter(routes, { basename })} />
    </ErrorBoundary>
  </StrictMode>,
);
