// Resolves file values of a relation column to related ids, in batches:
// - by value (the related record's value_field): backend.resolveRelation(ids);
// - by label: one list request per chunk with an `in` filter on label_field where the backend
//   filters (and the related resource is in the schema), else searchRelation per value (at most
//   4 at a time); values the exact `in` match missed (other letter case, spacing) get the
//   search too.
import type { Backend, Id } from "../../backend/types.ts";
import type { AdminSchema, ResourceSchema } from "../../protocol/types.ts";
import { runBounded } from "../../lib/run-bounded.ts";
import type { RelationResolver } from "./core/value-transforms.ts";

function norm(s: string): string {
  return s.trim().toLowerCase();
}

export function relationResolver(backend: Backend, schema: AdminSchema, resource: ResourceSchema, fieldName: string, matchBy: "label" | "value"): RelationResolver {
  const relation = resource.fields[fieldName]?.relation;
  return async (values, { signal }) => {
    const out = new Map<string, Id>();
    if (!relation) return out;
    if (matchBy === "value") {
      const options = await backend.resolveRelation(resource, fieldName, values, { signal });
      const wanted = new Map(values.map((v) => [norm(v), v]));
      for (const o of options) {
        const v = wanted.get(norm(String(o.value)));
        if (v !== undefined) out.set(v, o.value);
      }
      return out;
    }
    const caps = backend.capabilities();
    const target = schema.resources.find((r) => r.endpoint === relation.endpoint);
    const wanted = new Map(values.map((v) => [norm(v), v]));
    if (target && caps.filterOps.includes("in") && relation.label_field in target.fields) {
      const page = await backend.list(target, { page: 1, perPage: caps.maxPerPage, filters: [{ field: relation.label_field, op: "in", value: values }] }, { signal });
      for (const item of page.items) {
        const label = item[relation.label_field];
        const v = typeof label === "string" ? wanted.get(norm(label)) : undefined;
        if (v === undefined || out.has(v)) continue;
        const raw = item[relation.value_field];
        out.set(v, typeof raw === "string" || typeof raw === "number" ? raw : backend.idOf(target, item));
      }
    }
    await runBounded(
      values.filter((v) => !out.has(v)),
      async (v) => {
        const page = await backend.searchRelation(resource, fieldName, { term: v, page: 1, perPage: 20 }, { signal });
        const hit = page.options.find((o) => norm(o.label) === norm(v));
        if (hit) out.set(v, hit.value);
      },
      { concurrency: 4, signal },
    );
    return out;
  };
}
