import { describe, expect, it } from "vitest";
import type { FieldSchema } from "../../../protocol/types.ts";
import { products } from "./test-fixtures.ts";
import type { Id } from "./types.ts";
import { applyTransform, buildRelationTransform, distinctValues, resolveRelationValues, suggestSelectMap, type RelationResolver } from "./value-transforms.ts";

const status = products.fields.status as FieldSchema;
const category = products.fields.category_id as FieldSchema;

describe("select transforms", () => {
  it("collects distinct trimmed values in first-seen order", () => {
    expect(distinctValues([[" a "], ["b"], ["a"], [""], [null], ["c"]], 0)).toEqual(["a", "b", "c"]);
    expect(distinctValues([["a"], ["b"], ["c"]], 0, 2)).toEqual(["a", "b"]);
  });

  it("suggests option values by value or label and lists the rest", () => {
    expect(suggestSelectMap(["Draft", "PUBLISHED", "draft", "Live"], status)).toEqual({
      map: { Draft: "draft", PUBLISHED: "published", draft: "draft" },
      unmatched: ["Live"],
    });
  });

  it("applies a map, 'leave empty' entries and falls back to option matching", () => {
    const t = { kind: "select" as const, map: { Live: "published", Unknown: null } };
    expect(applyTransform(t, "status", status, "live")).toEqual({ ok: true, value: "published" });
    expect(applyTransform(t, "status", status, "Unknown")).toEqual({ ok: true, value: null });
    expect(applyTransform(t, "status", status, "Draft")).toEqual({ ok: true, value: "draft" });
    expect(applyTransform(t, "status", status, "Gone")).toEqual({ ok: false, error: "Must be one of: Draft, Published" });
  });

  it("maps each item of a multi-select cell, converting to the field type", () => {
    const sizes: FieldSchema = {
      type: "integer",
      widget: "multiselect",
      required: false,
      readonly: false,
      options: [
        { value: "1", label: "Small" },
        { value: "2", label: "Large" },
      ],
    };
    const t = { kind: "select" as const, map: { S: "1", L: "2" } };
    expect(applyTransform(t, "sizes", sizes, "S; L; large")).toEqual({ ok: true, value: [1, 2, 2] });
    expect(applyTransform(t, "sizes", sizes, "S, XXL")).toEqual({ ok: false, error: '"XXL": Must be one of: Small, Large' });
  });
});

describe("relation transforms", () => {
  function fakeResolver(known: Record<string, Id>) {
    const calls: string[][] = [];
    const resolve: RelationResolver = async (values) => {
      calls.push(values);
      const out = new Map<string, Id>();
      for (const v of values) {
        const hit = Object.entries(known).find(([k]) => k.toLowerCase() === v.toLowerCase());
        if (hit) out.set(v, hit[1]);
      }
      return out;
    };
    return { resolve, calls };
  }

  it("resolves distinct values in chunks of 100", async () => {
    const known: Record<string, Id> = {};
    for (let i = 0; i < 250; i++) known[`Cat ${i}`] = i + 1;
    const rows = [];
    for (let i = 0; i < 1000; i++) rows.push([`Cat ${i % 260}`]);
    const { resolve, calls } = fakeResolver(known);
    const progress: number[] = [];
    const t = await buildRelationTransform(rows, 0, resolve, { onProgress: (done) => progress.push(done) });
    expect(calls.map((c) => c.length)).toEqual([100, 100, 60]);
    expect(new Set(calls.flat()).size).toBe(260);
    expect(progress).toEqual([100, 200, 260]);
    expect(t.resolved.size).toBe(250);
    expect(t.unresolved).toHaveLength(10);
    expect(t.unresolved[0]).toBe("Cat 250");
  });

  it("applies resolved ids, case-insensitively, with a clear error for unknown values", async () => {
    const { resolve } = fakeResolver({ Chairs: 7, Tables: 9 });
    const t = await buildRelationTransform([["Chairs"], ["tables"], ["Sofas"]], 0, resolve);
    expect(applyTransform(t, "category_id", category, "Chairs")).toEqual({ ok: true, value: 7 });
    expect(applyTransform(t, "category_id", category, "CHAIRS")).toEqual({ ok: true, value: 7 });
    expect(applyTransform(t, "category_id", category, "tables")).toEqual({ ok: true, value: 9 });
    expect(applyTransform(t, "category_id", category, "Sofas")).toEqual({ ok: false, error: 'No Category matches "Sofas"' });
    expect(applyTransform(t, "category_id", category, " ")).toEqual({ ok: true, value: null });
  });

  it("honours a custom chunk size and cancellation", async () => {
    const { resolve, calls } = fakeResolver({});
    await resolveRelationValues(["a", "b", "c", "a"], resolve, { chunkSize: 2 });
    expect(calls).toEqual([["a", "b"], ["c"]]);
    const controller = new AbortController();
    controller.abort();
    await expect(resolveRelationValues(["a"], resolve, { signal: controller.signal })).rejects.toBeInstanceOf(Error);
  });
});
