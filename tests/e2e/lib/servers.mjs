// The two servers every browser test needs: the reference backend (over real HTTP, loopback,
// control routes on) and the production build served statically with a config.json that points
// the app at it. Shared by the e2e runner and the benchmark.
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";
import { startStaticServer } from "../../server/static-server.mjs";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const DIST_DIR = fileURLToPath(new URL("../../../dist/", import.meta.url));

/**
 * Start the reference backend on a free loopback port.
 * @returns {Promise<{url: string, close: () => Promise<void>, backend: unknown}>}
 */
export async function startReference(options = {}) {
  const module = await tsImport("../../server/reference-server.ts", import.meta.url);
  if (typeof module.startReferenceServer !== "function") {
    throw new Error("tests/server/reference-server.ts does not export startReferenceServer()");
  }
  const server = await module.startReferenceServer({
    port: 0,
    host: "127.0.0.1",
    enableControlRoutes: true,
    ...options,
  });
  return { ...server, url: String(server.url).replace(/\/+$/, "") };
}

/** Restore the reference backend's seeded state (between tests). */
export async function resetReference(referenceUrl) {
  const response = await fetch(`${referenceUrl}/__control/reset`, { method: "POST" });
  if (!response.ok) throw new Error(`POST /__control/reset answered ${response.status}`);
}

/**
 * Serve dist/ on a free port.
 * @param {{base?: string, apiUrl?: string | null, dialect?: string, settings?: object}} options
 *   apiUrl null → no config.json (demo mode); a URL → config.json pointing there.
 */
export function startApp({ base = "/", apiUrl = null, dialect = "craft-easy", settings } = {}) {
  const config = apiUrl ? { apiUrl, dialect, ...(settings ? { settings } : {}) } : null;
  return startStaticServer({ root: DIST_DIR, base, config, quiet: true });
}
