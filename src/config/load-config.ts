// Runtime configuration: build-time env (VITE_API_URL, VITE_API_DIALECT) overridden by an optional
// `config.json` served next to index.html, so one build deploys anywhere.
//
// config.json: { "apiUrl"?: string | null, "dialect"?: a dialect of src/backend/dialects.ts or "auto",
//                "settings"?: object }. Every key is optional; a present key replaces the env value
// ("apiUrl": null or "" switches to the built-in demo backend). A missing (404) or unreadable file
// is ignored, as is an HTML page (a static server's SPA fallback answering for the missing file).
// Malformed JSON or a value of the wrong type throws a ConfigError that names the key.
import type { AppConfig, DialectSetting } from "./types.ts";
import { ConfigError } from "./config-error.ts";
import { DIALECTS, isDialect } from "../backend/dialects.ts";
import { isRecord } from "../lib/is-record.ts";
import { t } from "./messages.ts";

export { ConfigError, isConfigError } from "./config-error.ts";

export interface ConfigEnv {
  VITE_API_URL?: string;
  VITE_API_DIALECT?: string;
  [key: string]: unknown;
}

export interface LoadConfigOptions {
  /** Where config.json is resolved (default: `document.baseURI`). */
  baseUrl?: string;
}

function documentBase(): string {
  if (typeof document !== "undefined" && document.baseURI) return document.baseURI;
  if (typeof location !== "undefined") return location.href;
  return "http://localhost/";
}

/**
 * The API base URL, absolute (relative values resolve against `base`), with no query, fragment
 * or trailing slash. Empty → null.
 */
export function normaliseApiUrl(value: string, base: string, key: string): string | null {
  const trimmed = value.trim();
  if (trimmed === "") return null;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    throw new ConfigError(t("notUrl", { key, value: JSON.stringify(value) }), key);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(t("notHttp", { key, value: JSON.stringify(value) }), key);
  }
  url.hash = "";
  url.search = "";
  return url.href.replace(/\/+$/, "");
}

function parseDialect(value: unknown, key: string): DialectSetting {
  const name = typeof value === "string" ? value.trim() : null;
  if (name === "auto" || (name !== null && isDialect(name))) return name;
  const names = [...DIALECTS.map((d) => d.id), "auto"].map((d) => `"${d}"`).join(", ");
  throw new ConfigError(t("notDialect", { key, names, value: JSON.stringify(value) ?? "undefined" }), key);
}

interface FileConfig {
  apiUrl?: string | null;
  dialect?: DialectSetting;
  settings?: Record<string, unknown>;
}

function parseFileConfig(json: unknown, where: string): FileConfig {
  if (!isRecord(json)) throw new ConfigError(t("notObjectFile", { where }));
  const out: FileConfig = {};
  if ("apiUrl" in json && json.apiUrl !== undefined) {
    if (json.apiUrl !== null && typeof json.apiUrl !== "string") {
      throw new ConfigError(t("apiUrlType", { where, value: JSON.stringify(json.apiUrl) }), "apiUrl");
    }
    out.apiUrl = json.apiUrl;
  }
  if ("dialect" in json && json.dialect !== undefined) out.dialect = parseDialect(json.dialect, "dialect");
  if ("settings" in json && json.settings !== undefined) {
    if (!isRecord(json.settings)) {
      throw new ConfigError(t("settingsType", { where, value: JSON.stringify(json.settings) }), "settings");
    }
    out.settings = json.settings;
  }
  return out;
}

/** config.json as served: status, type and text. */
interface ConfigFile {
  status: number;
  contentType: string;
  text: string;
}

/** config.json's status, type and text, or null where it cannot be read (network, CORS, file://). */
async function readConfigFile(fetchImpl: typeof fetch, url: string): Promise<ConfigFile | null> {
  try {
    // no-store: a changed file takes effect on the next load, whatever the server's cache headers
    const response = await fetchImpl(url, { cache: "no-store", headers: { Accept: "application/json" } });
    if (!response.ok) return { status: response.status, contentType: "", text: "" };
    return { status: response.status, contentType: response.headers.get("content-type") ?? "", text: await response.text() };
  } catch {
    return null; // network failure, CORS, file:// … : run on the build-time values
  }
}

/** Parse config.json as read; null when it is absent or unreadable (a static server's HTML fallback too). */
function parseConfigFile(file: ConfigFile | null): FileConfig | null {
  if (!file || file.status < 200 || file.status > 299) return null;
  const trimmed = file.text.trim();
  if (trimmed === "" || /text\/html/i.test(file.contentType) || trimmed.startsWith("<")) return null;
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch (e) {
    throw new ConfigError(e instanceof Error ? t("notJsonDetail", { detail: e.message }) : t("notJson"));
  }
  return parseFileConfig(json, "config.json");
}

/** The build-time values, overridden by config.json's. */
function configFrom(file: ConfigFile | null, env: ConfigEnv, base: string, configUrl: string): AppConfig {
  let apiUrl = typeof env.VITE_API_URL === "string" ? normaliseApiUrl(env.VITE_API_URL, base, "VITE_API_URL") : null;
  const envDialect = typeof env.VITE_API_DIALECT === "string" ? env.VITE_API_DIALECT.trim() : "";
  let dialect: DialectSetting = envDialect === "" ? "auto" : parseDialect(envDialect, "VITE_API_DIALECT");
  let settings: Record<string, unknown> = {};
  const parsed = parseConfigFile(file);
  if (parsed) {
    if (parsed.apiUrl !== undefined) apiUrl = parsed.apiUrl === null ? null : normaliseApiUrl(parsed.apiUrl, configUrl, "apiUrl");
    if (parsed.dialect !== undefined) dialect = parsed.dialect;
    if (parsed.settings !== undefined) settings = parsed.settings;
  }
  return { apiUrl, dialect, settings, demo: apiUrl === null };
}

/** The build-time values overridden by config.json next to the document. */
export async function loadConfig(
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  env: ConfigEnv = import.meta.env as ConfigEnv,
  options: LoadConfigOptions = {},
): Promise<AppConfig> {
  const base = options.baseUrl ?? documentBase();
  const configUrl = new URL("config.json", base).href;
  return configFrom(await readConfigFile(fetchImpl, configUrl), env, base, configUrl);
}
