// litestar-admin's entry in the dialect table (src/backend/dialects.ts). The adapter loads on
// demand: a Craft Easy deployment never downloads it.
import type { DialectEntry } from "../types.ts";
import { isRecord, probeRequest } from "../probe-request.ts";

export const litestarAdminDialect: DialectEntry<"litestar-admin"> = {
  id: "litestar-admin",
  name: "litestar-admin",
  probePaths: "/admin/api/models or /api/models",

  /**
   * `GET {base}/api/models` when the base already ends in /admin, else `{base}/admin/api/models`
   * then `{base}/api/models`: 200 JSON, a litestar JSON error, or the auth middleware's text/plain
   * 404 (litestar-admin.md §1 #1). The base found is the plugin root that `/api/...` hangs off.
   */
  async probe(base, fetch, signal) {
    const candidates = /\/admin$/i.test(base)
      ? [{ path: "/api/models", root: base }]
      : [
          { path: "/admin/api/models", root: `${base}/admin` },
          { path: "/api/models", root: base },
        ];
    for (const c of candidates) {
      const r = await probeRequest({ fetch, base, path: c.path, signal });
      if (!r) continue;
      const json = (r.status === 200 && (Array.isArray(r.json) || isRecord(r.json))) || (isRecord(r.json) && typeof r.json.status_code === "number" && r.status !== 404);
      const authGate = r.status === 404 && r.json === undefined && /text\/plain/i.test(r.contentType);
      if (json || authGate) return c.root;
    }
    return null;
  },

  async create({ probed, settings, ...options }) {
    const { createLitestarBackend } = await import("./litestar-backend.ts");
    // a probed base is the plugin root: no further prefix goes on it
    return createLitestarBackend({ ...options, settings: probed ? { ...settings, apiPrefix: "" } : settings });
  },

  /** Passwords: its /api/config lists them (info.devCredentials); no discovery of bulk actions, so the demo declares the ones the reference implements. */
  async demo() {
    const { LITESTAR_DEMO_BULK_ACTIONS } = await import("../../reference/litestar/litestar-demo.ts");
    return { path: "/admin", credentials: [], settings: { bulkActions: LITESTAR_DEMO_BULK_ACTIONS } };
  },
};
