// A history of audited edits over the last two weeks, by the admin and the editor, through the
// store (so the audit log has entries with field diffs).
import { CUSTOMER_TIERS } from "../resources.ts";
import type { Actor, Doc, Store } from "../store/types.ts";
import { DEMO_USERS } from "../users.ts";
import { DAY, SEED_NOW, iso, money } from "./seed-context.ts";
import type { SeedContext } from "./seed-context.ts";

export function writeHistory(store: Store, { rng }: SeedContext, data: { products: Doc[]; orders: Doc[]; customers: Doc[] }): void {
  const actors: Actor[] = DEMO_USERS.slice(0, 2).map((u, i) => ({ userId: u.id, userName: u.name, ip: i === 0 ? "10.0.0.12" : "10.0.0.47" }));
  let t = SEED_NOW - 14 * DAY;
  // only records that existed before the history starts, so updated_at never precedes created_at
  const shippedOrders = data.orders.filter((o) => o.status === "shipped" && Date.parse(String(o.created_at)) < t);
  const oldCustomers = data.customers.filter((c) => Date.parse(String(c.created_at)) < t);
  for (let i = 0; i < 120; i++) {
    t += rng.int(20, 300) * 60_000;
    const ctx = { actor: rng.pick(actors), at: iso(t) };
    const kind = rng.int(0, 3);
    if (kind === 0) {
      const p = rng.pick(data.products);
      store.update("products", String(p.id), { price: money(rng, 5, 1500), stock: rng.int(0, 500) }, ctx);
    } else if (kind === 1) {
      const o = rng.pick(shippedOrders);
      if (store.get("orders", String(o.id))?.doc.status === "shipped") store.update("orders", String(o.id), { status: "delivered" }, ctx);
      else store.update("orders", String(o.id), { express: !o.express }, ctx);
    } else if (kind === 2) {
      const c = rng.pick(oldCustomers);
      store.update("customers", String(c.id), { tier: rng.pick(CUSTOMER_TIERS).value, newsletter: rng.chance(0.5) }, ctx);
    } else {
      const p = rng.pick(data.products);
      store.update("products", String(p.id), { status: rng.pick(["active", "draft", "archived"]), featured: rng.chance(0.3) }, ctx);
    }
  }
}
