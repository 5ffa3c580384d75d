// The theme (craft-easy.md §3, ThemeConfig; §3.5): its shape, and the colour sanitised.
import * as v from "valibot";
import type { ThemeConfig } from "../types.ts";
import { isCssColor } from "../../lib/css-color.ts";
import { safeUrl } from "../../lib/safe-url.ts";
import { describe, obj } from "./shape-kit.ts";
import { definedOnly } from "./defined-only.ts";

/** Any http(s) document: a relative reference resolves against one (resolve-theme-urls.ts). */
const SOME_DOCUMENT = "https://schema.invalid/admin/schema";

/** Whether `url` may be a theme image once resolved against the http(s) schema document. */
function isThemeImageUrl(url: string): boolean {
  return safeUrl(url, { use: "image", base: SOME_DOCUMENT }) !== null;
}

const IMAGE_URL = "image URL (http, https, raster data:image, or relative)";
const imageUrl = describe(v.pipe(v.string(IMAGE_URL), v.check(isThemeImageUrl, IMAGE_URL)), IMAGE_URL);

const COLOUR = "CSS colour";
/** Present and not null; whether it is a colour is the sanitiser's question (§3.5). */
const colourMember = describe(v.custom<unknown>((x) => x !== undefined && x !== null, COLOUR), COLOUR);

export const ThemeShape = obj({
  primary_color: colourMember,
  logo_url: v.nullish(imageUrl),
  favicon_url: v.nullish(imageUrl),
}, "theme object");

type RawTheme = v.InferOutput<typeof ThemeShape>;

export function normaliseTheme(raw: RawTheme | null | undefined, warnings: string[]): ThemeConfig | undefined {
  if (!raw) return undefined;
  let color = "";
  // §3.5: "Sanitise the colour: accept only CSS colour syntax"; anything else is ignored
  if (isCssColor(raw.primary_color)) color = raw.primary_color.trim();
  else warnings.push(`theme.primary_color ${JSON.stringify(raw.primary_color)} is not a CSS colour; it was ignored.`);
  if (color === "" && !raw.logo_url && !raw.favicon_url) return undefined;
  // primary_color "" = no accent override (the type requires the member).
  return definedOnly({ primary_color: color, logo_url: raw.logo_url ?? undefined, favicon_url: raw.favicon_url ?? undefined });
}
