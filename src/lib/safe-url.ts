// The one URL sanitiser: every URL that came from a server or a record passes through it before
// it becomes an href or a src. It parses with the WHATWG URL parser (what the browser will do
// with the string) instead of matching text, so obfuscations such as `java<TAB>script:`,
// leading control characters or mixed case cannot make a checked string mean something else to
// the browser; and it returns the parser's serialisation, so what was checked is what is used.

/** What the URL becomes: a link target (`<a href>`) or an image source (`<img src>`, icons). */
export type UrlUse = "link" | "image";

export interface SafeUrlOptions {
  use: UrlUse;
  /**
   * Absolute URL that relative references resolve against. Without one, a relative reference is
   * refused: the caller did not say what it is relative to.
   */
  base?: string | undefined;
}

/** Chromium's limit; a longer URL would not load anyway. */
export const MAX_URL_LENGTH = 2 * 1024 * 1024;

const SCHEMES: Readonly<Record<UrlUse, ReadonlySet<string>>> = {
  link: new Set(["http:", "https:", "mailto:", "tel:"]),
  image: new Set(["http:", "https:", "data:"]),
};

/** Raster image types only: an SVG can carry script, and it is not needed for a thumbnail. */
const RASTER_IMAGE_TYPES: ReadonlySet<string> = new Set([
  "image/png",
  "image/jpeg",
  "image/jpg",
  "image/gif",
  "image/webp",
  "image/avif",
  "image/bmp",
  "image/x-icon",
  "image/vnd.microsoft.icon",
]);

/**
 * What the URL parser removes before it parses: leading and trailing C0 controls and spaces, and
 * every ASCII tab, LF and CR. By loops, not a regular expression: `[\x00-\x20]+$` backtracks
 * quadratically over a long run of spaces that is not at the end.
 */
export function stripUrlNoise(input: string): string {
  let start = 0;
  let end = input.length;
  while (start < end && input.charCodeAt(start) <= 0x20) start++;
  while (end > start && input.charCodeAt(end - 1) <= 0x20) end--;
  let out = "";
  let from = start;
  for (let i = start; i < end; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x09 || c === 0x0a || c === 0x0d) {
      out += input.slice(from, i);
      from = i + 1;
    }
  }
  return out + input.slice(from, end);
}

function parse(text: string, base: string | undefined): URL | null {
  try {
    return base === undefined ? new URL(text) : new URL(text, base);
  } catch {
    return null;
  }
}

/** The media type of a data: URL (lower case, no parameters), or null when it is malformed. */
function dataUrlType(url: URL): string | null {
  const body = url.href.slice("data:".length);
  const comma = body.indexOf(",");
  if (comma < 0) return null;
  const type = body.slice(0, comma).split(";")[0] ?? "";
  return type.trim().toLowerCase();
}

function allowed(url: URL, use: UrlUse): boolean {
  if (!SCHEMES[use].has(url.protocol)) return false;
  if (url.protocol !== "data:") return true;
  const type = dataUrlType(url);
  return type !== null && RASTER_IMAGE_TYPES.has(type);
}

/**
 * The URL, resolved and serialised, if it may be used as `use`; else null. Links: http, https,
 * mailto, tel. Images: http, https, and data: URLs of raster image types. Anything else (other
 * schemes, unparsable text, a relative reference without a base, over MAX_URL_LENGTH) is null.
 */
export function safeUrl(input: unknown, { use, base }: SafeUrlOptions): string | null {
  if (typeof input !== "string" || input.length > MAX_URL_LENGTH) return null;
  const text = stripUrlNoise(input);
  if (text === "") return null;
  const url = parse(text, base);
  return url !== null && allowed(url, use) ? url.href : null;
}

/** The base for URLs of the current page (its `<base href>` or its address), where there is one. */
export function documentBase(): string | undefined {
  return typeof document === "undefined" ? undefined : document.baseURI;
}
