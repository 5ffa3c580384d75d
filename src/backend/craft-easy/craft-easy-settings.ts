// Craft Easy adapter settings (craft-easy.md §13): every client rule that needs configuration.
// `null` on the schema-backed endpoints means "from schema.auth, else the documented default".
import type { DevCredential } from "../types.ts";

export interface CraftEasySettings {
  /** Path of the schema document. */
  schemaEndpoint: string;
  /** Explicit login endpoint; null = `schema.auth.login_endpoint`, else `/auth/login/email`. */
  loginEndpoint: string | null;
  smsLoginEndpoint: string;
  smsEnabled: boolean;
  verifyEndpoint: string;
  /** Tried once on 404/405 from `verifyEndpoint`; the path that works is remembered. */
  verifyFallbackEndpoint: string;
  twoFactorEndpoint: string;
  twoFactorFallbackEndpoint: string;
  twoFactorCodeField: string;
  applicationId: string;
  /** Explicit refresh endpoint; null = `schema.auth.refresh_endpoint`, else `/auth/refresh`. */
  refreshEndpoint: string | null;
  logoutEndpoint: string;
  /** Explicit token header; null = `schema.auth.token_header`, else `X-API-Key`. */
  tokenHeader: string | null;
  /** "auto": `item.id ?? item._id`, remembering which key was present. */
  idField: "auto" | "id" | "_id";
  sortParam: string;
  sortDescPrefix: string;
  searchMode: "regex" | "param";
  searchParam: string;
  maxPerPage: number;
  /** Resource name of the audit log; "auto" = `audit_log` / `audit-log` / `audit`; "" = none. */
  auditResource: string;
  uploadEndpoint: string | null;
  writeConcurrency: number;
  /** Page size of relation-picker searches when the caller gives none. */
  relationPageSize: number;
  /** Keep the session in localStorage across reloads. */
  persistSession: boolean;
  /** Refresh "user" tokens before they expire (2 min before, or at 80 % of the remaining life). */
  proactiveRefresh: boolean;
  /** Overrides auth detection (default: required unless the schema's modules disable auth). */
  authRequired: boolean | null;
  /** Title used when the schema cannot be read anonymously. */
  title: string | null;
  /** Shown on the sign-in screen (demo / development backends only). */
  devCredentials: DevCredential[];
}

export const defaultCraftEasySettings: CraftEasySettings = {
  schemaEndpoint: "/admin/schema",
  loginEndpoint: null,
  smsLoginEndpoint: "/auth/login/sms",
  smsEnabled: false,
  verifyEndpoint: "/auth/login/verify",
  verifyFallbackEndpoint: "/auth/verify-otp",
  twoFactorEndpoint: "/auth/2fa/verify",
  twoFactorFallbackEndpoint: "/auth/verify-2fa",
  twoFactorCodeField: "code",
  applicationId: "admin-client",
  refreshEndpoint: null,
  logoutEndpoint: "/auth/logout",
  tokenHeader: null,
  idField: "auto",
  sortParam: "sort",
  sortDescPrefix: "-",
  searchMode: "regex",
  searchParam: "q",
  maxPerPage: 100,
  auditResource: "auto",
  uploadEndpoint: null,
  writeConcurrency: 4,
  relationPageSize: 20,
  persistSession: true,
  proactiveRefresh: true,
  authRequired: null,
  title: null,
  devCredentials: [],
};

export const CRAFT_EASY_DEFAULT_LOGIN_ENDPOINT = "/auth/login/email";
export const CRAFT_EASY_DEFAULT_REFRESH_ENDPOINT = "/auth/refresh";
export const CRAFT_EASY_DEFAULT_TOKEN_HEADER = "X-API-Key";

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function devCredentials(v: unknown): DevCredential[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: DevCredential[] = [];
  for (const c of v) {
    if (!isRecord(c) || typeof c.email !== "string") continue;
    const d: DevCredential = { email: c.email };
    if (typeof c.password === "string") d.password = c.password;
    if (typeof c.code === "string") d.code = c.code;
    if (typeof c.role === "string") d.role = c.role;
    out.push(d);
  }
  return out;
}

/**
 * Read settings from untyped configuration (config.json / env): keys of the wrong type are
 * ignored, so a typo never breaks the adapter. Unknown keys are ignored too.
 */
export function parseCraftEasySettings(raw: Record<string, unknown> | undefined | null): Partial<CraftEasySettings> {
  const out: Partial<CraftEasySettings> = {};
  if (!raw) return out;
  const strings = [
    "schemaEndpoint",
    "smsLoginEndpoint",
    "verifyEndpoint",
    "verifyFallbackEndpoint",
    "twoFactorEndpoint",
    "twoFactorFallbackEndpoint",
    "twoFactorCodeField",
    "applicationId",
    "logoutEndpoint",
    "sortParam",
    "sortDescPrefix",
    "searchParam",
    "auditResource",
  ] as const;
  for (const k of strings) {
    const v = raw[k];
    if (typeof v === "string") out[k] = v;
  }
  const nullableStrings = ["loginEndpoint", "refreshEndpoint", "tokenHeader", "uploadEndpoint", "title"] as const;
  for (const k of nullableStrings) {
    const v = raw[k];
    if (typeof v === "string" && v.trim() !== "") out[k] = v;
    else if (v === null) out[k] = null;
  }
  const bools = ["smsEnabled", "persistSession", "proactiveRefresh"] as const;
  for (const k of bools) {
    const v = raw[k];
    if (typeof v === "boolean") out[k] = v;
  }
  const ints = ["maxPerPage", "writeConcurrency", "relationPageSize"] as const;
  for (const k of ints) {
    const v = raw[k];
    const n = typeof v === "string" ? Number(v) : v;
    if (typeof n === "number" && Number.isInteger(n) && n > 0) out[k] = n;
  }
  if (raw.idField === "auto" || raw.idField === "id" || raw.idField === "_id") out.idField = raw.idField;
  if (raw.searchMode === "regex" || raw.searchMode === "param") out.searchMode = raw.searchMode;
  if (typeof raw.authRequired === "boolean" || raw.authRequired === null) out.authRequired = raw.authRequired;
  const creds = devCredentials(raw.devCredentials);
  if (creds) out.devCredentials = creds;
  return out;
}

export function resolveCraftEasySettings(partial?: Partial<CraftEasySettings>): CraftEasySettings {
  const s: CraftEasySettings = { ...defaultCraftEasySettings };
  if (partial) {
    for (const [k, v] of Object.entries(partial) as [keyof CraftEasySettings, unknown][]) {
      if (v !== undefined) (s as unknown as Record<string, unknown>)[k] = v;
    }
  }
  return s;
}
