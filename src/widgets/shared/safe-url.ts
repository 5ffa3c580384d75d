// Only navigable, non-script URLs become links or image sources.

const SAFE_SCHEME = /^(https?:|mailto:|tel:)/i;
const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The URL if it is safe to use as a link target (http(s), mailto, tel, or relative), else null. */
export function safeHref(url: unknown): string | null {
  if (typeof url !== "string") return null;
  const v = url.trim();
  if (v === "") return null;
  if (SAFE_SCHEME.test(v)) return v;
  if (ANY_SCHEME.test(v) || v.startsWith("//")) return null;
  return v; // relative path
}

/** The URL if it may be used as an image source (http(s), blob:, data:image/, relative). */
export function safeImageSrc(url: unknown): string | null {
  if (typeof url !== "string") return null;
  const v = url.trim();
  if (v === "") return null;
  if (/^(https?:|blob:)/i.test(v) || /^data:image\/(png|jpe?g|gif|webp|avif|bmp);/i.test(v)) return v;
  if (ANY_SCHEME.test(v) || v.startsWith("//")) return null;
  return v;
}

/** The last path segment of a URL, for a file link's text. */
export function fileNameOf(url: string): string {
  const clean = url.split(/[?#]/)[0] ?? url;
  const seg = clean.split("/").filter(Boolean).pop();
  try {
    return seg ? decodeURIComponent(seg) : url;
  } catch {
    return seg ?? url;
  }
}
