// Where the theme's images are (craft-easy.md §3.5): `logo_url` and `favicon_url` are URL
// references in a document the API server sent, so a relative one ("/static/logo.svg") names a
// file on that server, not on the origin Atrium is served from. The adapter that loaded the
// schema resolves them against the schema document's URL; after that they are absolute.
//
// Only resolution here (this runs in the entry chunk, before the first screen): which schemes
// are allowed was checked by the validator (validation/theme-shape.ts), and the shell checks
// again before it uses them (src/lib/safe-url.ts).
import type { AdminSchema, ThemeConfig } from "./types.ts";

function resolve(url: string | undefined, base: string): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

/**
 * The schema with its theme images resolved against `documentUrl` (the URL the schema document
 * was fetched from); one that does not parse is dropped. When nothing changes (no theme images,
 * or already absolute) the same object comes back.
 */
export function resolveThemeUrls(schema: AdminSchema, documentUrl: string): AdminSchema {
  const theme = schema.theme;
  if (!theme || (theme.logo_url === undefined && theme.favicon_url === undefined)) return schema;
  const logo = resolve(theme.logo_url, documentUrl);
  const favicon = resolve(theme.favicon_url, documentUrl);
  if (logo === theme.logo_url && favicon === theme.favicon_url) return schema;
  const { logo_url: _logo, favicon_url: _favicon, ...rest } = theme;
  const resolved: ThemeConfig = { ...rest, ...(logo !== undefined ? { logo_url: logo } : {}), ...(favicon !== undefined ? { favicon_url: favicon } : {}) };
  return { ...schema, theme: resolved };
}
