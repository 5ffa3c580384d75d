// Where the theme's images are (craft-easy.md §3.5): `logo_url` and `favicon_url` are URL
// references in a document the API server sent, so a relative one ("/static/logo.svg") names a
// file on that server, not on the origin Atrium is served from. The adapter that loaded the
// schema resolves them against the schema document's URL; after that they are absolute.
import type { AdminSchema, ThemeConfig } from "./types.ts";
import { safeUrl } from "../lib/safe-url.ts";

/** Any http(s) document: what a relative reference resolves against when only its form is checked. */
const SOME_DOCUMENT = "https://schema.invalid/admin/schema";

/** Whether `url` may be a theme image once resolved against the http(s) schema document. */
export function isThemeImageUrl(url: string): boolean {
  return safeUrl(url, { use: "image", base: SOME_DOCUMENT }) !== null;
}

function resolveTheme(theme: ThemeConfig, documentUrl: string): ThemeConfig {
  const { logo_url, favicon_url, ...rest } = theme;
  const logo = safeUrl(logo_url, { use: "image", base: documentUrl });
  const favicon = safeUrl(favicon_url, { use: "image", base: documentUrl });
  return { ...rest, ...(logo !== null ? { logo_url: logo } : {}), ...(favicon !== null ? { favicon_url: favicon } : {}) };
}

/**
 * The schema with its theme images resolved against `documentUrl` (the URL the schema document
 * was fetched from); an image URL that is not allowed there is dropped. Without a theme image the
 * schema comes back as it was.
 */
export function resolveThemeUrls(schema: AdminSchema, documentUrl: string): AdminSchema {
  const theme = schema.theme;
  if (!theme || (theme.logo_url === undefined && theme.favicon_url === undefined)) return schema;
  return { ...schema, theme: resolveTheme(theme, documentUrl) };
}
