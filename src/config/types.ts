// Runtime configuration: build-time env (VITE_API_URL, VITE_API_DIALECT) overridden by an
// optional config.json served next to index.html.
import type { Dialect } from "../backend/dialects.ts";

/** A dialect of the dialect table (src/backend/dialects.ts), or "auto": probe the server. */
export type DialectSetting = Dialect | "auto";

export interface AppConfig {
  /** API base URL, normalised without trailing slash; null = built-in demo backend. */
  apiUrl: string | null;
  dialect: DialectSetting;
  /** Adapter settings as the protocol docs list them (craft-easy.md §13, litestar-admin.md §16). */
  settings: Record<string, unknown>;
  /** True when no apiUrl is configured and the in-browser reference backend serves the app. */
  demo: boolean;
}
