// Accent colour from the backend's theme (craft-easy.md §3.5): accept CSS colour syntax only,
// then derive text/background variants that keep WCAG AA contrast in light and dark mode.

import { isCssColor } from "../protocol/css-color.ts";

export type Rgb = [number, number, number];

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** The colour when it is plain CSS colour syntax, else null. Never returns anything else. */
export function sanitizeCssColor(value: unknown): string | null {
  if (!isCssColor(value)) return null;
  const v = value.trim();
  return /^[a-z]+$/i.test(v) ? v.toLowerCase() : v;
}

// A few common names, so contrast can be derived without a DOM probe.
const NAMED_RGB: Record<string, Rgb> = {
  black: [0, 0, 0],
  white: [255, 255, 255],
  red: [255, 0, 0],
  green: [0, 128, 0],
  blue: [0, 0, 255],
  navy: [0, 0, 128],
  teal: [0, 128, 128],
  purple: [128, 0, 128],
  orange: [255, 165, 0],
  gray: [128, 128, 128],
  grey: [128, 128, 128],
  crimson: [220, 20, 60],
  indigo: [75, 0, 130],
  rebeccapurple: [102, 51, 153],
  darkgreen: [0, 100, 0],
  royalblue: [65, 105, 225],
  tomato: [255, 99, 71],
};

/** sRGB components of hex, rgb() and hsl() colours (and a few names); null for others. */
export function parseColor(value: string): Rgb | null {
  const v = value.trim().toLowerCase();
  if (HEX.test(v)) {
    let h = v.slice(1);
    if (h.length <= 4) h = [...h].map((c) => c + c).join("");
    return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
  }
  const named = NAMED_RGB[v];
  if (named) return named;
  const m = /^(rgba?|hsla?)\((.*)\)$/.exec(v);
  if (!m || !m[1] || m[2] === undefined) return null;
  const parts = m[2].split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3) return null;
  const [a, b, c] = parts as [string, string, string];
  if (m[1].startsWith("rgb")) {
    const ch = (s: string) => (s.endsWith("%") ? (parseFloat(s) * 255) / 100 : parseFloat(s));
    const rgb: Rgb = [ch(a), ch(b), ch(c)];
    return rgb.every(Number.isFinite) ? (rgb.map((x) => clamp(Math.round(x), 0, 255)) as Rgb) : null;
  }
  let hue = parseFloat(a);
  if (a.endsWith("turn")) hue *= 360;
  else if (a.endsWith("grad")) hue *= 0.9;
  else if (a.endsWith("rad")) hue = (hue * 180) / Math.PI;
  const s = parseFloat(b) / 100;
  const l = parseFloat(c) / 100;
  if (![hue, s, l].every(Number.isFinite)) return null;
  return hslToRgb(hue, clamp(s, 0, 1), clamp(l, 0, 1));
}

function hslToRgb(h: number, s: number, l: number): Rgb {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [Math.round(f(0) * 255), Math.round(f(8) * 255), Math.round(f(4) * 255)];
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [0, 1, 2].map((i) => Math.round(a[i]! + (b[i]! - a[i]!) * t)) as Rgb;
}

function toHex(c: Rgb): string {
  return "#" + c.map((x) => x.toString(16).padStart(2, "0")).join("");
}

/** Move `c` toward `toward` until it reaches `ratio` against `bg`. */
function ensureContrast(c: Rgb, bg: Rgb, toward: Rgb, ratio: number): Rgb {
  for (let t = 0; t <= 1.0001; t += 0.05) {
    const m = mix(c, toward, t);
    if (contrastRatio(m, bg) >= ratio) return m;
  }
  return toward;
}

export const LIGHT_BG: Rgb = [255, 255, 255];
export const DARK_BG: Rgb = [17, 19, 24];
const WHITE: Rgb = [255, 255, 255];

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
  const onBlack = contrastRatio(rgb, [0, 0, 0]);
  return {
    "--brand": toHex(rgb),
    "--brand-on": onWhite >= onBlack ? "#ffffff" : "#000000",
    // 5.5 rather than 4.5: the text also sits on the faint accent tint (current nav item)
    "--brand-text-light": toHex(ensureContrast(rgb, LIGHT_BG, [0, 0, 0], 5.5)),
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
