// Applies a backend's theme to the document while its session is active (craft-easy.md §3.5):
// accent colour as CSS custom properties (sanitised), favicon on <link rel=icon>. Returns an
// undo function that restores what was there before. The adapter resolved the theme's URLs
// against the schema document (src/protocol/resolve-theme-urls.ts); one still relative here is refused,
// since resolving it against Atrium's own origin would ask the wrong server.
import type { ThemeConfig } from "../protocol/types.ts";
import { accentVars } from "../ui/accent-color.ts";
import { safeUrl } from "../lib/safe-url.ts";

export function applyTheme(theme: ThemeConfig | undefined, doc: Document = document): () => void {
  const root = doc.documentElement;
  const undo: (() => void)[] = [];

  const vars = theme ? accentVars(theme.primary_color) : null;
  if (vars) {
    for (const [name, value] of Object.entries(vars)) {
      const before = root.style.getPropertyValue(name);
      root.style.setProperty(name, value);
      undo.push(() => (before ? root.style.setProperty(name, before) : root.style.removeProperty(name)));
    }
  }

  const favicon = safeUrl(theme?.favicon_url, { use: "image" });
  if (favicon) {
    let link = doc.querySelector<HTMLLinkElement>('link[rel~="icon"]');
    const created = !link;
    if (!link) {
      link = doc.createElement("link");
      link.rel = "icon";
      doc.head.appendChild(link);
    }
    const before = link.getAttribute("href");
    link.href = favicon;
    const el = link;
    undo.push(() => {
      if (created) el.remove();
      else if (before !== null) el.setAttribute("href", before);
    });
  }

  return () => {
    for (const u of undo.reverse()) u();
  };
}
