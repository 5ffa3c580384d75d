import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter } from "react-router";
import "./ui/global.css";
import { initColorMode } from "./ui/color-mode.ts";
import { routerBasename } from "./config/router-basename.ts";
import { AppRoot } from "./app/app-root.tsx";
import { boot } from "./app/boot.ts";
import { ErrorBoundary } from "./ui/error-boundary.tsx";

initColorMode();

const basename = routerBasename(import.meta.url);
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <AppRoot boot={(signal) => boot({ signal })} createRouter={(routes) => createBrowserRouter(routes, { basename })} />
    </ErrorBoundary>
  </StrictMode>,
);
