// Orders over the last two years, numbered in date order, with a status by age; a few replace an
// earlier cancelled order of the same customer.
import type { Doc } from "../store/types.ts";
import { ORDER_NOTES } from "./seed-data.ts";
import { DAY, SEED_NOW, iso, isoDate, pad2 } from "./seed-context.ts";
import type { SeedContext } from "./seed-context.ts";

/** Orders at positions OFFSET, OFFSET + EVERY, … replace an earlier cancelled order. */
const REPLACEMENT_OFFSET = 499;
const REPLACEMENT_EVERY = 1000;

function statusFor(ageDays: number, roll: number): string {
  if (ageDays < 2) return roll < 0.5 ? "pending" : "paid";
  if (ageDays < 7) return roll < 0.15 ? "pending" : roll < 0.5 ? "paid" : "shipped";
  return roll < 0.82 ? "delivered" : roll < 0.9 ? "shipped" : roll < 0.96 ? "cancelled" : "refunded";
}

function orderAt({ rng, idAt, stamp }: SeedContext, i: number, at: number, activeProducts: Doc[], customers: Doc[]): Doc {
  const items = rng.sample(activeProducts, rng.int(1, 3));
  const quantity = rng.chance(0.75) ? 1 : rng.int(2, 6);
  const total = Math.round(items.reduce((s, p) => s + (p.price as number), 0) * quantity * 100) / 100;
  const status = statusFor((SEED_NOW - at) / DAY, rng.next());
  const shipped = status === "shipped" || status === "delivered" || status === "refunded";
  return {
    id: idAt(at),
    number: `ORD-${String(i + 1).padStart(6, "0")}`,
    customer_id: rng.pick(customers).id,
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

/** Chosen by position, not by the PRNG, so the rest of the data set does not move. */
function linkReplacements(orders: Doc[]): void {
  for (let i = REPLACEMENT_OFFSET; i < orders.length; i += REPLACEMENT_EVERY) {
    const order = orders[i]!;
    for (let j = i - 1; j >= Math.max(0, i - 400); j--) {
      const earlier = orders[j]!;
      if (earlier.status !== "cancelled") continue;
      order.replaces_order = earlier.id;
      order.customer_id = earlier.customer_id;
      break;
    }
  }
}

export function generateOrders(context: SeedContext, count: number, activeProducts: Doc[], customers: Doc[]): Doc[] {
  const start = SEED_NOW - 730 * DAY;
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(start + Math.floor(context.rng.next() * (730 * DAY - 3_600_000)));
  times.sort((a, b) => a - b);
  const orders = times.map((at, i) => orderAt(context, i, at, activeProducts, customers));
  linkReplacements(orders);
  return orders;
}
