// Colour parsing and WCAG contrast: black or white text on option badges, the theme accent
// colour's readable variants (accent-color.ts), the colour widget.

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

// The named colours a schema is likely to use for badges; others fall back to a neutral badge.
const NAMED: Record<string, string> = {
  black: "#000000", white: "#ffffff", red: "#ff0000", green: "#008000", blue: "#0000ff",
  yellow: "#ffff00", orange: "#ffa500", purple: "#800080", pink: "#ffc0cb", gray: "#808080",
  grey: "#808080", brown: "#a52a2a", cyan: "#00ffff", aqua: "#00ffff", magenta: "#ff00ff",
  fuchsia: "#ff00ff", lime: "#00ff00", navy: "#000080", teal: "#008080", olive: "#808000",
  maroon: "#800000", silver: "#c0c0c0", gold: "#ffd700", indigo: "#4b0082", violet: "#ee82ee",
  crimson: "#dc143c", coral: "#ff7f50", salmon: "#fa8072", tomato: "#ff6347", orangered: "#ff4500",
  darkgreen: "#006400", darkblue: "#00008b", darkred: "#8b0000", lightblue: "#add8e6",
  lightgreen: "#90ee90", lightgray: "#d3d3d3", lightgrey: "#d3d3d3", darkgray: "#a9a9a9",
  darkgrey: "#a9a9a9", skyblue: "#87ceeb", royalblue: "#4169e1", steelblue: "#4682b4",
  slategray: "#708090", slategrey: "#708090", khaki: "#f0e68c", turquoise: "#40e0d0",
  tan: "#d2b48c", beige: "#f5f5dc", lavender: "#e6e6fa", plum: "#dda0dd", orchid: "#da70d6",
  chocolate: "#d2691e", firebrick: "#b22222", forestgreen: "#228b22", seagreen: "#2e8b57",
  dodgerblue: "#1e90ff", deepskyblue: "#00bfff", hotpink: "#ff69b4", deeppink: "#ff1493",
  goldenrod: "#daa520", darkorange: "#ff8c00", rebeccapurple: "#663399",
};

function clamp255(n: number): number {
  return Math.min(255, Math.max(0, Math.round(n)));
}

function channel(token: string): number {
  const t = token.trim();
  if (t.endsWith("%")) return clamp255((parseFloat(t) / 100) * 255);
  return clamp255(parseFloat(t));
}

function hslToRgb(h: number, s: number, l: number): Rgb {
  // h in degrees, s/l in 0..1
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return { r: clamp255(f(0) * 255), g: clamp255(f(8) * 255), b: clamp255(f(4) * 255) };
}

const parsed = new Map<string, Rgb | null>();

/**
 * Parse hex, rgb()/rgba(), hsl()/hsla() (hue in deg, turn, grad or rad) and common named colours.
 * Null when not understood. Remembered per string: a list page asks for the same few colours for
 * every badge.
 */
export function parseColor(input: unknown): Rgb | null {
  if (typeof input !== "string") return null;
  let result = parsed.get(input);
  if (result === undefined) {
    result = parseUncached(input);
    if (parsed.size > 500) parsed.clear();
    parsed.set(input, result);
  }
  return result && { ...result };
}

function parseUncached(input: string): Rgb | null {
  let v = input.trim().toLowerCase();
  if (v === "") return null;
  const named = NAMED[v];
  if (named) v = named;
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(v);
  if (hex) {
    let h = hex[1] ?? "";
    if (h.length <= 4) h = [...h].map((c) => c + c).join("");
    return {
      r: parseInt(h.slice(0, 2), 16),
      g: parseInt(h.slice(2, 4), 16),
      b: parseInt(h.slice(4, 6), 16),
    };
  }
  const fn = /^(rgba?|hsla?)\(([^)]*)\)$/.exec(v);
  if (fn) {
    const parts = (fn[2] ?? "").split(/[\s,/]+/).filter(Boolean);
    if (parts.length < 3) return null;
    const [a = "", b = "", c = ""] = parts;
    if (fn[1]?.startsWith("rgb")) {
      const rgb = { r: channel(a), g: channel(b), b: channel(c) };
      return Number.isNaN(rgb.r + rgb.g + rgb.b) ? null : rgb;
    }
    let h = parseFloat(a);
    if (a.endsWith("turn")) h *= 360;
    else if (a.endsWith("grad")) h *= 0.9;
    else if (a.endsWith("rad")) h = (h * 180) / Math.PI;
    const s = parseFloat(b) / 100;
    const l = parseFloat(c) / 100;
    if ([h, s, l].some(Number.isNaN)) return null;
    const unit = (x: number) => Math.min(1, Math.max(0, x));
    return hslToRgb(((h % 360) + 360) % 360, unit(s), unit(l));
  }
  return null;
}

/** WCAG 2 relative luminance. */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  const [hi, lo] = la > lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}

const BLACK: Rgb = { r: 0, g: 0, b: 0 };
const WHITE: Rgb = { r: 255, g: 255, b: 255 };

/**
 * Black or white text for a background colour, whichever contrasts more (always ≥ 4.5:1 for an
 * opaque colour). Null when the colour cannot be parsed.
 */
export function textColorOn(background: unknown): "#000000" | "#ffffff" | null {
  const bg = parseColor(background);
  if (!bg) return null;
  return contrastRatio(bg, BLACK) >= contrastRatio(bg, WHITE) ? "#000000" : "#ffffff";
}

/** `#rrggbb` for a parsed colour (for the native colour input). */
export function toHex({ r, g, b }: Rgb): string {
  return "#" + [r, g, b].map((n) => n.toString(16).padStart(2, "0")).join("");
}
