// A small seeded PRNG (mulberry32) so seed data is identical on every run and in every runtime.

export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** `count` distinct items (or all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[];
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(next() * items.length)] as T;
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const n = Math.min(count, items.length);
    if (n * 4 <= items.length) {
      // few out of many: draw indices, redraw duplicates (no copy of the pool)
      const chosen: number[] = [];
      while (chosen.length < n) {
        const i = Math.floor(next() * items.length);
        if (!chosen.includes(i)) chosen.push(i);
      }
      return chosen.map((i) => items[i] as T);
    }
    const pool = items.slice();
    const out: T[] = [];
    while (out.length < n) {
      const i = Math.floor(next() * pool.length);
      out.push(pool[i] as T);
      pool.splice(i, 1);
    }
    return out;
  };
  return { next, int, pick, chance: (p) => next() < p, sample };
}
