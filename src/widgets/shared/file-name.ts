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
