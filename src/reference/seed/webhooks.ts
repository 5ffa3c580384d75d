// A few webhooks, one inactive.
import { WEBHOOK_EVENTS } from "../resources.ts";
import type { Doc } from "../store/types.ts";
import { HOOK_NAMES } from "./seed-data.ts";
import { DAY, SEED_NOW, iso } from "./seed-context.ts";
import type { SeedContext } from "./seed-context.ts";

export function generateWebhooks({ rng, idAt, stamp }: SeedContext): Doc[] {
  return HOOK_NAMES.map((name, i) => {
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
  });
}
