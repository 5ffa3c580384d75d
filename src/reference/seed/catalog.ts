// Categories (a two-level tree, some without products so they can be deleted) and products (SKUs
// per category code, a status mix, images, specs).
import { COUNTRIES, svgDataUrl } from "../resources.ts";
import type { Doc } from "../store/types.ts";
import { ADJECTIVES, CATEGORY_COLORS, CATEGORY_DATA, MATERIALS, NOUNS, TAGS } from "./seed-data.ts";
import { DAY, SEED_NOW, isoDate, money } from "./seed-context.ts";
import type { SeedContext } from "./seed-context.ts";

export function generateCategories({ idAt, stamp }: SeedContext): { categories: Doc[]; idsByName: Map<string, string> } {
  const idsByName = new Map<string, string>();
  const categories = CATEGORY_DATA.map(([name, code, parent], i) => {
    const created = SEED_NOW - (900 - i * 3) * DAY;
    const id = idAt(created);
    idsByName.set(name, id);
    return {
      id,
      name,
      slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
      description: `${name} products${parent ? ` (part of ${parent})` : ""}. Code ${code}.`,
      color: CATEGORY_COLORS[i % CATEGORY_COLORS.length],
      sort_order: (i + 1) * 10,
      is_active: name !== "Clearance",
      parent_id: parent ? (idsByName.get(parent) ?? null) : null,
      ...stamp(created),
    };
  });
  return { categories, idsByName };
}

function productImage(label: string, color: string): string {
  return svgDataUrl(
    `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 96 96'><rect width='96' height='96' fill='${color}'/><text x='48' y='58' font-family='sans-serif' font-size='28' text-anchor='middle' fill='#fff'>${label}</text></svg>`,
  );
}

export function generateProducts({ rng, idAt, stamp }: SeedContext, count: number, categoryIds: Map<string, string>): Doc[] {
  const stocked = CATEGORY_DATA.filter(([, code]) => NOUNS[code] !== undefined);
  const skuCounters = new Map<string, number>();
  const products: Doc[] = [];
  for (let i = 0; i < count; i++) {
    const [catName, code] = stocked[i % stocked.length]!;
    const noun = rng.pick(NOUNS[code]!);
    const name = `${rng.pick(ADJECTIVES)} ${rng.pick(MATERIALS)} ${noun}`;
    const n = (skuCounters.get(code) ?? 1000 + rng.int(0, 50)) + rng.int(1, 9);
    skuCounters.set(code, n);
    const sku = `${code}-${String(n).padStart(4, "0")}`;
    const created = SEED_NOW - rng.int(30, 850) * DAY - rng.int(0, DAY - 1);
    const statusRoll = rng.next();
    const status = statusRoll < 0.78 ? "active" : statusRoll < 0.9 ? "draft" : "archived";
    const color = CATEGORY_COLORS[i % CATEGORY_COLORS.length]!;
    products.push({
      id: idAt(created),
      name,
      sku,
      category_id: categoryIds.get(catName),
      status,
      tags: rng.sample(TAGS, rng.int(0, 3)),
      price: money(rng, 5, 1500),
      stock: rng.chance(0.08) ? 0 : rng.int(1, 500),
      featured: rng.chance(0.1),
      rating: rng.int(0, 10) / 2,
      description: `<p>The <strong>${name}</strong> is part of our ${catName.toLowerCase()} range.</p><ul><li>${rng.pick(MATERIALS)} finish</li><li>${rng.int(1, 5)}-year warranty</li></ul>`,
      image: rng.chance(0.7) ? productImage(code, color) : null,
      datasheet: rng.chance(0.4) ? `https://files.example.com/datasheets/${sku}.pdf` : null,
      website: rng.chance(0.5) ? `https://shop.example.com/p/${sku.toLowerCase()}` : null,
      specs: { weight_g: rng.int(50, 8000), color: rng.pick(["black", "white", "green", "blue", "red", "natural"]), origin: rng.pick(COUNTRIES).value },
      launch_date: isoDate(created + rng.int(0, 60) * DAY),
      ...stamp(created),
    });
  }
  return products;
}
