// Craft Easy's entry in the dialect table (src/backend/dialects.ts). Its adapter is part of the
// entry chunk: the bootstrap request of a Craft Easy deployment waits for no further chunk.
import type { DialectEntry } from "../types.ts";
import { isRecord, probeRequest } from "../probe-request.ts";
import { createCraftEasyBackend } from "./craft-easy-backend.ts";
import { parseCraftEasySettings } from "./craft-easy-settings.ts";

export const craftEasyDialect: DialectEntry<"craft-easy"> = {
  id: "craft-easy",
  name: "Craft Easy",
  probePaths: "/admin/schema",

  /**
   * `GET {base}/admin/schema` answering with a Craft Easy error envelope, or 200/304/401 JSON. A
   * Craft Easy server always has that route: its envelope on a 404 means "not at this base" (e.g.
   * a base URL ending in /admin on a server that speaks both dialects).
   */
  async probe(base, fetch, signal) {
    const schema = await probeRequest({ fetch, base, path: "/admin/schema", signal });
    if (!schema) return null;
    const envelope = schema.status !== 404 && isRecord(schema.json) && isRecord(schema.json.error) && typeof schema.json.error.code === "string";
    const json = schema.json !== undefined && !/html/i.test(schema.contentType);
    return envelope || schema.status === 304 || ((schema.status === 200 || schema.status === 401) && json) ? base : null;
  },

  async create({ settings, probed: _probed, ...options }) {
    return createCraftEasyBackend({ ...options, settings: parseCraftEasySettings(settings) });
  },

  async demo() {
    const { DEMO_CREDENTIALS } = await import("../../reference/demo-credentials.ts");
    return { path: "", credentials: DEMO_CREDENTIALS, settings: {} };
  },
};
