// Accent colour from the backend's theme (craft-easy.md §3.5): accept CSS colour syntax only,
// then derive text/background variants that keep WCAG AA contrast in light and dark mode.

import { isCssColor } from "../lib/css-color.ts";
import { contrastRatio, parseColor, toHex, type Rgb } from "./color.ts";

export { contrastRatio, parseColor, type Rgb };

/** The colour when it is plain CSS colour syntax, else null. Never returns anything else. */
export function sanitizeCssColor(value: unknown): string | null {
  if (!isCssColor(value)) return null;
  const v = value.trim();
  return /^[a-z]+$/i.test(v) ? v.toLowerCase() : v;
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  const at = (x: number, y: number) => Math.round(x + (y - x) * t);
  return { r: at(a.r, b.r), g: at(a.g, b.g), b: at(a.b, b.b) };
}

/** Move `c` toward `toward` until it reaches `ratio` against `bg`. */
function ensureContrast(c: Rgb, bg: Rgb, toward: Rgb, ratio: number): Rgb {
  for (let t = 0; t <= 1.0001; t += 0.05) {
    const m = mix(c, toward, t);
    if (contrastRatio(m, bg) >= ratio) return m;
  }
  return toward;
}

export const LIGHT_BG: Rgb = { r: 255, g: 255, b: 255 };
export const DARK_BG: Rgb = { r: 17, g: 19, b: 24 };
const WHITE: Rgb = { r: 255, g: 255, b: 255 };
const BLACK: Rgb = { r: 0, g: 0, b: 0 };

export interface AccentVars {
  "--brand": string;
  "--brand-on": string;
  "--brand-text-light": string;
  "--brand-text-dark": string;
}

/**
 * CSS custom properties for an accent colour, or null when the colour is not acceptable.
 * `--brand-on` is the readable text colour on the accent; the text variants are the accent
 * adjusted to ≥ 5.5:1 against the light and dark page backgrounds.
 */
export function accentVars(color: unknown, resolve: (css: string) => string | null = resolveInBrowser): AccentVars | null {
  const safe = sanitizeCssColor(color);
  if (!safe) return null;
  const resolved = parseColor(safe) ? null : resolve(safe);
  const rgb = parseColor(safe) ?? (resolved ? parseColor(resolved) : null);
  if (!rgb) return null; // valid CSS but not something we can measure: keep the defaults
  const onWhite = contrastRatio(rgb, WHITE);
  const onBlack = contrastRatio(rgb, BLACK);
  return {
    "--brand": toHex(rgb),
    "--brand-on": onWhite >= onBlack ? "#ffffff" : "#000000",
    // 5.5 rather than 4.5: the text also sits on the faint accent tint (current nav item)
    "--brand-text-light": toHex(ensureContrast(rgb, LIGHT_BG, BLACK, 5.5)),
    "--brand-text-dark": toHex(ensureContrast(rgb, DARK_BG, WHITE, 5.5)),
  };
}

/** Let the browser convert other colour syntaxes (named, lab(), …) to hex/rgb via a canvas. */
function resolveInBrowser(css: string): string | null {
  if (typeof document === "undefined") return null;
  try {
    const ctx = document.createElement("canvas").getContext("2d");
    if (!ctx) return null;
    ctx.fillStyle = "#000000";
    ctx.fillStyle = css;
    return typeof ctx.fillStyle === "string" ? ctx.fillStyle : null;
  } catch {
    return null;
  }
}
