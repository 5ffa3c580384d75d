// Runtime configuration: build-time env (VITE_API_URL, VITE_API_DIALECT) overridden by an
// optional config.json served next to index.html.

export type DialectSetting = "craft-easy" | "litestar-admin" | "auto";

export interface AppConfig {
  /** API base URL, normalised without trailing slash; null = built-in demo backend. */
  apiUrl: string | null;
  dialect: DialectSetting;
  /** Adapter settings as the protocol docs list them (craft-easy.md §13, litestar-admin.md §16). */
  settings: Record<string, unknown>;
  /** True when no apiUrl is configured and the in-browser reference backend serves the app. */
  demo: boolean;
}
