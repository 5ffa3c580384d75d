// index.html's one inline script (a test keeps the two equal). Before anything renders or resolves
// a relative URL it sets <base href> to the app root (src/config/router-basename.ts) and the colour
// mode on <html> as src/ui/color-mode.ts would (no flash of the wrong theme while the app loads).
// The build appends the tags of the entry, its preloads and the stylesheet to it (vite.config.ts).
import { BASE_HREF_INLINE_SCRIPT } from "../config/router-basename.ts";

export const COLOR_MODE_INLINE_SCRIPT =
  '(function(){try{var m=localStorage.getItem("atrium.color-mode");if(m!=="light"&&m!=="dark")m=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";document.documentElement.setAttribute("data-color-mode",m)}catch(e){}})();';

export const INDEX_INLINE_SCRIPT = BASE_HREF_INLINE_SCRIPT + COLOR_MODE_INLINE_SCRIPT;
