// The client-side dashboard (one `per_page=1` list per resource, craft-easy.md §10) and the
// activity feed over the audit resource (§9).
import { ApiError } from "../api-error.ts";
import { mapLimit } from "../map-limit.ts";
import type { ActivityEntry, ActivityFilter, DashboardData, RequestOptions } from "../types.ts";
import type { CraftEasyContext } from "./craft-easy-context.ts";
import { fetchPage } from "./craft-easy-list-page.ts";
import type { CraftEasySchema } from "./craft-easy-schema.ts";
import { AuditEntryShape, isItem, parseWire } from "./craft-easy-wire.ts";
import type { AuditEntryWire } from "./craft-easy-wire.ts";
import type { Item } from "../types.ts";

export interface CraftEasyActivity {
  dashboard(opts?: RequestOptions): Promise<DashboardData>;
  activity(filter: ActivityFilter, opts?: RequestOptions): Promise<ActivityEntry[]>;
}

const str = (v: string | number | undefined): string | null => (v === "" || v === undefined ? null : String(v));

function changesOf(changes: Item | undefined): ActivityEntry["changes"] {
  const out: ActivityEntry["changes"] = {};
  for (const [field, c] of Object.entries(changes ?? {})) {
    if (isItem(c)) out[field] = { old: c.old, new: c.new };
  }
  return out;
}

/** An audit log record as an ActivityEntry; an entry of another shape reads as an unnamed change. */
export function toActivityEntry(raw: Item): ActivityEntry {
  const e: AuditEntryWire = parseWire(AuditEntryShape, raw) ?? {};
  const entry: ActivityEntry = {
    action: str(e.operation) ?? str(e.action) ?? "change",
    resource: str(e.resource) ?? "",
    recordId: str(e.item_id),
    timestamp: str(e.created_at) ?? str(e.timestamp) ?? "",
    user: str(e.user_name) ?? str(e.user_id),
    changes: changesOf(e.changes),
  };
  if (e.snapshot) entry.snapshot = e.snapshot;
  return entry;
}

export function createCraftEasyActivity(ctx: CraftEasyContext, schema: CraftEasySchema): CraftEasyActivity {
  const { http, settings } = ctx;
  return {
    async dashboard(opts) {
      const signal = opts?.signal;
      const resources = (await schema.schemaForUse(signal)).resources.filter((r) => r.methods.length === 0 || r.methods.some((m) => m.toUpperCase() === "GET"));
      const counts = await mapLimit(resources, settings.writeConcurrency, async (r) => {
        try {
          const p = await fetchPage({ http, endpoint: r.endpoint, query: [["page", "1"], ["per_page", "1"]], signal });
          return { resource: r.name, label: r.label_plural, count: p.total };
        } catch (e) {
          if (e instanceof ApiError && (e.code === "ABORTED" || e.authLost)) throw e;
          return null; // one unreadable resource does not break the dashboard
        }
      });
      const models = counts.filter((c): c is NonNullable<typeof c> => c !== null);
      return { models, totalRecords: models.reduce((n, m) => n + m.count, 0) };
    },

    async activity(filter, opts) {
      await schema.schemaForUse(opts?.signal);
      const audit = schema.auditResource();
      if (!audit) return [];
      const query: [string, string][] = [];
      if (filter.resource) query.push(["resource", filter.resource]);
      if (filter.recordId !== undefined && filter.recordId !== "") query.push(["item_id", String(filter.recordId)]);
      query.push([settings.sortParam, `${settings.sortDescPrefix}created_at`]);
      query.push(["page", "1"], ["per_page", String(Math.min(Math.max(1, filter.limit), settings.maxPerPage))]);
      const page = await fetchPage({ http, endpoint: audit.endpoint, query, signal: opts?.signal });
      return page.items.map(toActivityEntry);
    },
  };
}
