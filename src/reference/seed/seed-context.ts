// What every seed generator shares: the PRNG, ids in creation order, the admin's stamp, and the
// date and money helpers. Generators run in a fixed order over one PRNG, so the data set is the
// same on every run.
import { makeObjectId } from "../object-id.ts";
import type { Rng } from "../prng.ts";
import type { Doc } from "../store/types.ts";
import { DEMO_USERS } from "../users.ts";

export const SEED_NOW = Date.parse("2026-03-01T09:00:00Z");
export const DAY = 86_400_000;

export interface SeedContext {
  rng: Rng;
  /** A new 24-hex id whose timestamp part is `ms`. */
  idAt(ms: number): string;
  /** created/updated at `ms` by `by` (default: the admin). */
  stamp(ms: number, by?: string): Doc;
}

export function createSeedContext(rng: Rng): SeedContext {
  const admin = DEMO_USERS[0]!;
  let counter = 0xa0_0000_0000;
  return {
    rng,
    idAt: (ms) => makeObjectId(ms, ++counter),
    stamp: (ms, by = admin.id) => ({ created_at: iso(ms), updated_at: iso(ms), created_by: by, updated_by: by }),
  };
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function isoDate(ms: number): string {
  return iso(ms).slice(0, 10);
}

export function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

export function money(rng: Rng, min: number, max: number): number {
  return Math.round((min + rng.next() * (max - min)) * 100) / 100;
}
