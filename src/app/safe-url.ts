/** A URL usable in src/href: http(s), protocol-relative-free relative paths, or data:image. */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const v = value.trim();
  if (v === "" || v.startsWith("//")) return null;
  if (/^data:image\/(png|gif|jpeg|webp|x-icon|vnd\.microsoft\.icon|svg\+xml)[;,]/i.test(v)) return v;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(v);
  if (!scheme) return v; // relative
  return /^https?$/i.test(scheme[1] ?? "") ? v : null;
}
