// URLs held in records (url, file and image fields) as links and image sources. A relative one
// resolves against the page, as the browser would resolve it: with litestar-admin served from
// Atrium's origin, stored paths such as `/admin/files/…` are right there.
import { documentBase, safeUrl } from "../../lib/safe-url.ts";

/** A record's URL as a link target (http, https, mailto, tel), or null. */
export function recordLink(value: string): string | null {
  return safeUrl(value, { use: "link", base: documentBase() });
}

/** A record's URL as an image source (http, https, raster data:image), or null. */
export function recordImage(value: string): string | null {
  return safeUrl(value, { use: "image", base: documentBase() });
}

/** Whether a link leaves the page's origin (it then opens in a new tab). */
export function leavesOrigin(href: string): boolean {
  const url = new URL(href);
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  const base = documentBase();
  return base === undefined || url.origin !== new URL(base).origin;
}
