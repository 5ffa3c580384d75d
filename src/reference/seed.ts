// Deterministic, realistic demo data for the reference backend (seeded PRNG, fixed clock):
// ~24 categories, 600 products, 2,000 customers, 12,000 orders, a few webhooks, and a history
// of audited edits. Builds in well under a second.
import { createRng } from "./prng.ts";
import type { Rng } from "./prng.ts";
import { makeObjectId } from "./object-id.ts";
import { COUNTRIES, CUSTOMER_TIERS, INTERESTS, WEBHOOK_EVENTS, defineCollections, svgDataUrl } from "./resources.ts";
import type { Actor, Doc, Store } from "./store/types.ts";
import { DEMO_USERS } from "./users.ts";

export const SEED_NOW = Date.parse("2026-03-01T09:00:00Z");
export const SEED_COUNTS = { categories: 24, products: 600, customers: 2000, orders: 12000, webhooks: 5 } as const;

const DAY = 86_400_000;
/** Orders at positions OFFSET, OFFSET + EVERY, … replace an earlier cancelled order. */
const REPLACEMENT_OFFSET = 499;
const REPLACEMENT_EVERY = 1000;

export interface SeedOptions {
  seed?: number;
  /** Number of orders (default 12,000). */
  orders?: number;
}

const CATEGORY_DATA: [name: string, code: string, parent: string | null][] = [
  ["Outdoor", "OUT", null], ["Tents", "TEN", "Outdoor"], ["Backpacks", "BAG", "Outdoor"], ["Climbing", "CLI", "Outdoor"],
  ["Kitchen", "KIT", null], ["Cookware", "COO", "Kitchen"], ["Knives", "KNI", "Kitchen"], ["Coffee", "COF", "Kitchen"],
  ["Electronics", "ELE", null], ["Audio", "AUD", "Electronics"], ["Cameras", "CAM", "Electronics"], ["Computers", "CMP", "Electronics"],
  ["Home", "HOM", null], ["Lighting", "LIG", "Home"], ["Textiles", "TEX", "Home"], ["Furniture", "FUR", "Home"],
  ["Sports", "SPO", null], ["Cycling", "CYC", "Sports"], ["Running", "RUN", "Sports"], ["Swimming", "SWI", "Sports"],
  ["Garden", "GAR", null],
  // no products: deletable
  ["Seasonal", "SEA", null], ["Clearance", "CLR", null], ["Gift cards", "GIF", null],
];
const CATEGORY_COLORS = ["#16a34a", "#ea580c", "#2563eb", "#db2777", "#7c3aed", "#0891b2", "#ca8a04", "#dc2626"];

const ADJECTIVES = ["Classic", "Compact", "Deluxe", "Eco", "Essential", "Ultralight", "Rugged", "Smart", "Premium", "Urban", "Nordic", "Pro", "Travel", "Vintage", "Modern"];
const MATERIALS = ["Bamboo", "Carbon", "Ceramic", "Cotton", "Granite", "Linen", "Merino", "Oak", "Steel", "Titanium", "Walnut", "Wool", "Aluminium", "Copper", "Glass"];
const NOUNS: Record<string, string[]> = {
  OUT: ["Lantern", "Hammock", "Compass"], TEN: ["Tent", "Tarp", "Shelter"], BAG: ["Backpack", "Daypack", "Duffel"], CLI: ["Harness", "Carabiner", "Chalk Bag"],
  KIT: ["Apron", "Cutting Board", "Spice Rack"], COO: ["Skillet", "Saucepan", "Dutch Oven"], KNI: ["Chef Knife", "Paring Knife", "Whetstone"], COF: ["Grinder", "Pour-Over Set", "Espresso Cup"],
  ELE: ["Charger", "Power Bank", "Cable Kit"], AUD: ["Headphones", "Speaker", "Turntable"], CAM: ["Camera", "Lens", "Tripod"], CMP: ["Keyboard", "Monitor Arm", "Laptop Stand"],
  HOM: ["Vase", "Clock", "Mirror"], LIG: ["Desk Lamp", "Floor Lamp", "Pendant"], TEX: ["Throw", "Cushion", "Rug"], FUR: ["Stool", "Side Table", "Shelf"],
  SPO: ["Water Bottle", "Gym Bag", "Yoga Mat"], CYC: ["Bike Light", "Helmet", "Saddle Bag"], RUN: ["Running Vest", "Cap", "Socks"], SWI: ["Goggles", "Swim Cap", "Towel"],
  GAR: ["Planter", "Watering Can", "Pruner"],
};
const TAGS = ["bestseller", "new", "eco", "gift", "limited", "sale", "handmade", "warranty-5y", "bundle", "clearance"];
const FIRST = ["Alice", "Björn", "Clara", "David", "Elin", "Filip", "Greta", "Hugo", "Ida", "Johan", "Karin", "Lars", "Maja", "Nils", "Olivia", "Per", "Quinn", "Rasmus", "Sara", "Tobias", "Ulla", "Viktor", "Wilma", "Xander", "Ylva", "Zoran", "Anna", "Erik", "Sofia", "Oscar", "Emma", "Liam", "Noah", "Mia", "Leo", "Ella"];
const LAST = ["Andersson", "Berg", "Carlsson", "Dahl", "Ek", "Forsberg", "Gustafsson", "Holm", "Isaksson", "Johansson", "Karlsson", "Lindqvist", "Magnusson", "Nilsson", "Olsson", "Persson", "Quist", "Risberg", "Svensson", "Törnqvist", "Ulfsson", "Wikström", "Nyström", "Larsen", "Hansen", "Virtanen", "Müller", "de Vries", "Smith", "Jones"];
const DOMAINS = ["example.com", "example.org", "mail.example.net", "shop.example.se", "inbox.example.de"];
const NOTE_LINES = ["Prefers **email** over phone.", "VIP: handle returns with priority.", "Asked about _bulk pricing_ for their office.", "Moved abroad in 2025; check the address.", "- Allergic to wool\n- Likes gift wrapping"];
const ORDER_NOTES = ["Leave at the front door.", "Gift: please remove the price tag.", "Call before delivery.", "Deliver to the reception desk.", "Fragile: pack with extra care."];

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
function isoDate(ms: number): string {
  return iso(ms).slice(0, 10);
}
function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
function money(rng: Rng, min: number, max: number): number {
  return Math.round((min + rng.next() * (max - min)) * 100) / 100;
}

function productImage(label: string, color: string): string {
  return svgDataUrl(
    `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 96 96'><rect width='96' height='96' fill='${color}'/><text x='48' y='58' font-family='sans-serif' font-size='28' text-anchor='middle' fill='#fff'>${label}</text></svg>`,
  );
}

/** Fill `store` with the demo data set (defines the collections first; clears nothing). */
export function seedStore(store: Store, options: SeedOptions = {}): void {
  const rng = createRng(options.seed ?? 20260301);
  const orderCount = options.orders ?? SEED_COUNTS.orders;
  defineCollections(store);
  const admin = DEMO_USERS[0]!;
  let counter = 0xa0_0000_0000;
  const idAt = (ms: number): string => makeObjectId(ms, ++counter);
  const stamp = (ms: number, by = admin.id): Doc => ({ created_at: iso(ms), updated_at: iso(ms), created_by: by, updated_by: by });

  // ---- categories
  const categoryIds = new Map<string, string>();
  const categories: Doc[] = CATEGORY_DATA.map(([name, code, parent], i) => {
    const created = SEED_NOW - (900 - i * 3) * DAY;
    const id = idAt(created);
    categoryIds.set(name, id);
    return {
      id,
      name,
      slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
      description: `${name} products${parent ? ` (part of ${parent})` : ""}. Code ${code}.`,
      color: CATEGORY_COLORS[i % CATEGORY_COLORS.length],
      sort_order: (i + 1) * 10,
      is_active: name !== "Clearance",
      parent_id: parent ? (categoryIds.get(parent) ?? null) : null,
      ...stamp(created),
    };
  });
  store.load("categories", categories);
  const stockedCategories = CATEGORY_DATA.filter(([, code]) => NOUNS[code] !== undefined);

  // ---- products
  const products: Doc[] = [];
  const skuCounters = new Map<string, number>();
  for (let i = 0; i < SEED_COUNTS.products; i++) {
    const [catName, code] = stockedCategories[i % stockedCategories.length]!;
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
  store.load("products", products);
  const activeProducts = products.filter((p) => p.status === "active");

  // ---- customers
  const customers: Doc[] = [];
  const catIdList = [...categoryIds.values()];
  for (let i = 0; i < SEED_COUNTS.customers; i++) {
    const first = rng.pick(FIRST);
    const last = rng.pick(LAST);
    const created = SEED_NOW - rng.int(1, 800) * DAY - rng.int(0, DAY - 1);
    const local = `${first}.${last}`.toLowerCase().normalize("NFD").replace(/[^a-z.]/g, "");
    const tierRoll = rng.next();
    customers.push({
      id: idAt(created),
      name: `${first} ${last}`,
      email: `${local}${i + 1}@${rng.pick(DOMAINS)}`,
      phone: rng.chance(0.8) ? `+46 7${rng.int(0, 9)} ${rng.int(100, 999)} ${pad2(rng.int(0, 99))} ${pad2(rng.int(0, 99))}` : null,
      birth_date: rng.chance(0.6) ? `${rng.int(1945, 2005)}-${pad2(rng.int(1, 12))}-${pad2(rng.int(1, 28))}` : null,
      tier: CUSTOMER_TIERS[tierRoll < 0.55 ? 0 : tierRoll < 0.82 ? 1 : tierRoll < 0.96 ? 2 : 3]!.value,
      country: rng.pick(COUNTRIES).value,
      portal_password: null,
      last_login_at: rng.chance(0.85) ? iso(SEED_NOW - rng.int(0, 120 * 24) * 3_600_000) : null,
      newsletter: rng.chance(0.4),
      preferred_categories: rng.sample(catIdList, rng.int(0, 3)),
      interests: rng.sample(INTERESTS, rng.int(0, 3)).map((o) => o.value),
      contact_time: rng.chance(0.3) ? `${pad2(rng.int(8, 18))}:${rng.pick(["00", "15", "30", "45"])}` : null,
      website: rng.chance(0.1) ? `https://${local.replace(".", "-")}.example.com` : null,
      notes: rng.chance(0.15) ? rng.pick(NOTE_LINES) : null,
      ...stamp(created),
    });
  }
  store.load("customers", customers);
  // the last 10% of customers have no orders, so they can be deleted (orders deny it otherwise)
  const orderingCustomers = customers.slice(0, Math.floor(customers.length * 0.9));

  // ---- orders (numbered in date order)
  const start = SEED_NOW - 730 * DAY;
  const times: number[] = [];
  for (let i = 0; i < orderCount; i++) times.push(start + Math.floor(rng.next() * (730 * DAY - 3_600_000)));
  times.sort((a, b) => a - b);
  const orders: Doc[] = new Array<Doc>(orderCount);
  for (let i = 0; i < orderCount; i++) {
    const at = times[i]!;
    const items = rng.sample(activeProducts, rng.int(1, 3));
    const quantity = rng.chance(0.75) ? 1 : rng.int(2, 6);
    const total = Math.round(items.reduce((s, p) => s + (p.price as number), 0) * quantity * 100) / 100;
    const age = (SEED_NOW - at) / DAY;
    const roll = rng.next();
    const status =
      age < 2 ? (roll < 0.5 ? "pending" : "paid")
      : age < 7 ? (roll < 0.15 ? "pending" : roll < 0.5 ? "paid" : "shipped")
      : roll < 0.82 ? "delivered" : roll < 0.9 ? "shipped" : roll < 0.96 ? "cancelled" : "refunded";
    const shipped = status === "shipped" || status === "delivered" || status === "refunded";
    orders[i] = {
      id: idAt(at),
      number: `ORD-${String(i + 1).padStart(6, "0")}`,
      customer_id: rng.pick(orderingCustomers).id,
      product_ids: items.map((p) => p.id),
      quantity,
      total,
      status,
      ordered_at: iso(at),
      shipped_on: shipped ? isoDate(at + rng.int(1, 4) * DAY) : null,
      express: rng.chance(0.12),
      delivery_window: rng.chance(0.2) ? `${pad2(rng.int(8, 17))}:00` : null,
      notes: rng.chance(0.05) ? rng.pick(ORDER_NOTES) : null,
      replaces_order: null,
      ...stamp(at),
    };
  }
  // A few orders replace an earlier cancelled order of the same customer (chosen by position, not
  // by the PRNG, so the rest of the data set does not move).
  for (let i = REPLACEMENT_OFFSET; i < orderCount; i += REPLACEMENT_EVERY) {
    const order = orders[i]!;
    for (let j = i - 1; j >= Math.max(0, i - 400); j--) {
      const earlier = orders[j]!;
      if (earlier.status !== "cancelled") continue;
      order.replaces_order = earlier.id;
      order.customer_id = earlier.customer_id;
      break;
    }
  }
  store.load("orders", orders);

  // ---- webhooks
  const hookNames = ["ERP sync", "Warehouse", "Slack notifications", "Analytics", "Legacy CRM"];
  store.load(
    "webhooks",
    hookNames.map((name, i) => {
      const created = SEED_NOW - (300 - i * 40) * DAY;
      return {
        id: idAt(created),
        name,
        target_url: `https://hooks.example.com/${name.toLowerCase().replace(/[^a-z]+/g, "-")}`,
        secret: `whsec_${(0x5eed0000 + i * 7919).toString(16)}${"x".repeat(12)}`,
        is_active: i !== 4,
        events: rng.sample(WEBHOOK_EVENTS, rng.int(1, 3)).map((o) => o.value),
        payload_template: `{\n  "event": "{{event}}",\n  "id": "{{item.id}}",\n  "source": "${name}"\n}`,
        headers: i % 2 === 0 ? { "X-Source": "atrium-demo" } : {},
        last_delivery_at: i !== 4 ? iso(SEED_NOW - rng.int(1, 72) * 3_600_000) : null,
        ...stamp(created),
      };
    }),
  );

  // ---- a history of audited edits over the last two weeks
  const actors: Actor[] = DEMO_USERS.slice(0, 2).map((u, i) => ({ userId: u.id, userName: u.name, ip: i === 0 ? "10.0.0.12" : "10.0.0.47" }));
  let t = SEED_NOW - 14 * DAY;
  // only records that existed before the history starts, so updated_at never precedes created_at
  const shippedOrders = orders.filter((o) => o.status === "shipped" && Date.parse(String(o.created_at)) < t);
  const oldCustomers = customers.filter((c) => Date.parse(String(c.created_at)) < t);
  for (let i = 0; i < 120; i++) {
    t += rng.int(20, 300) * 60_000;
    const actor = rng.pick(actors);
    const ctx = { actor, at: iso(t) };
    const kind = rng.int(0, 3);
    if (kind === 0) {
      const p = rng.pick(products);
      store.update("products", String(p.id), { price: money(rng, 5, 1500), stock: rng.int(0, 500) }, ctx);
    } else if (kind === 1) {
      const o = rng.pick(shippedOrders);
      if (store.get("orders", String(o.id))?.doc.status === "shipped") store.update("orders", String(o.id), { status: "delivered" }, ctx);
      else store.update("orders", String(o.id), { express: !o.express }, ctx);
    } else if (kind === 2) {
      const c = rng.pick(oldCustomers);
      store.update("customers", String(c.id), { tier: rng.pick(CUSTOMER_TIERS).value, newsletter: rng.chance(0.5) }, ctx);
    } else {
      const p = rng.pick(products);
      store.update("products", String(p.id), { status: rng.pick(["active", "draft", "archived"]), featured: rng.chance(0.3) }, ctx);
    }
  }
}
