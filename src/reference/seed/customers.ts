// Customers: names, unique e-mails, a tier mix, preferences; the last 10% get no orders (so they
// can be deleted).
import { COUNTRIES, CUSTOMER_TIERS, INTERESTS } from "../resources.ts";
import type { Doc } from "../store/types.ts";
import { DOMAINS, FIRST, LAST, NOTE_LINES } from "./seed-data.ts";
import { DAY, SEED_NOW, iso, pad2 } from "./seed-context.ts";
import type { SeedContext } from "./seed-context.ts";

export function generateCustomers({ rng, idAt, stamp }: SeedContext, count: number, categoryIds: string[]): Doc[] {
  const customers: Doc[] = [];
  for (let i = 0; i < count; i++) {
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
      preferred_categories: rng.sample(categoryIds, rng.int(0, 3)),
      interests: rng.sample(INTERESTS, rng.int(0, 3)).map((o) => o.value),
      contact_time: rng.chance(0.3) ? `${pad2(rng.int(8, 18))}:${rng.pick(["00", "15", "30", "45"])}` : null,
      website: rng.chance(0.1) ? `https://${local.replace(".", "-")}.example.com` : null,
      notes: rng.chance(0.15) ? rng.pick(NOTE_LINES) : null,
      ...stamp(created),
    });
  }
  return customers;
}
