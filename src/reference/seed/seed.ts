// Deterministic, realistic demo data for the reference backend (seeded PRNG, fixed clock):
// ~24 categories, 600 products, 2,000 customers, 12,000 orders, a few webhooks, and a history
// of audited edits. Builds in well under a second. One generator per collection, run in a fixed
// order over one PRNG.
import { createRng } from "../prng.ts";
import { defineCollections } from "../resources.ts";
import type { Store } from "../store/types.ts";
import { generateCategories, generateProducts } from "./catalog.ts";
import { generateCustomers } from "./customers.ts";
import { writeHistory } from "./history.ts";
import { generateOrders } from "./orders.ts";
import { createSeedContext } from "./seed-context.ts";
import { generateWebhooks } from "./webhooks.ts";

export const SEED_COUNTS = { categories: 24, products: 600, customers: 2000, orders: 12000, webhooks: 5 } as const;

export interface SeedOptions {
  seed?: number;
  /** Number of orders (default 12,000). */
  orders?: number;
}

/** Fill `store` with the demo data set (defines the collections first; clears nothing). */
export function seedStore(store: Store, options: SeedOptions = {}): void {
  const context = createSeedContext(createRng(options.seed ?? 20260301));
  defineCollections(store);
  const { categories, idsByName } = generateCategories(context);
  store.load("categories", categories);
  const products = generateProducts(context, SEED_COUNTS.products, idsByName);
  store.load("products", products);
  const customers = generateCustomers(context, SEED_COUNTS.customers, [...idsByName.values()]);
  store.load("customers", customers);
  // the last 10% of customers have no orders, so they can be deleted (orders deny it otherwise)
  const ordering = customers.slice(0, Math.floor(customers.length * 0.9));
  const orders = generateOrders(context, options.orders ?? SEED_COUNTS.orders, products.filter((p) => p.status === "active"), ordering);
  store.load("orders", orders);
  store.load("webhooks", generateWebhooks(context));
  writeHistory(store, context, { products, orders, customers });
}
