import { describe, expect, it } from "vitest";
import type { ActivityEntry } from "../../backend/types.ts";
import type { FieldSchema, ResourceSchema } from "../../protocol/types.ts";
import { fakeResource } from "../../testing/fake-backend.ts";
import { activityLookups, entryTitle, labelSources, lowerFirst, shortId } from "./activity-labels.ts";
import { shownName } from "./activity-names.ts";

const relation = (endpoint: string, label_field = "name", value_field = "id"): FieldSchema => ({
  type: "string",
  widget: "relation",
  required: false,
  readonly: false,
  relation: { endpoint, label_field, search_field: label_field, value_field },
});
const text: FieldSchema = { type: "string", widget: "text", required: false, readonly: false };

const users = fakeResource("users", { label: "User", fields: { name: text, email: { ...text, gdpr: true } } });
const tags = fakeResource("tags", { endpoint: "/tags/", label: "Tag", fields: { slug: text } });
const lines = fakeResource("lines", { label: "Order line", fields: { quantity: { ...text, type: "number" } } });
const orders = fakeResource("orders", {
  label: "Order",
  fields: { number: text, owner: relation("/users"), editor: relation("/users"), by_email: relation("/users", "email", "email"), tags: relation("/tags", "slug") },
});
const resources: ResourceSchema[] = [users, tags, lines, orders];
const sources = labelSources(resources);
const resolve = (name: string) => resources.find((r) => r.name === name) ?? null;

function entry(over: Partial<ActivityEntry>): ActivityEntry {
  return { action: "update", resource: "orders", recordId: "o1", timestamp: "", user: null, changes: {}, ...over };
}

describe("labelSources", () => {
  it("names a resource's records through the first relation that stores its ids", () => {
    expect(sources.forRecords(users)).toEqual({ resource: orders, field: "owner" });
    expect(sources.forRecords(tags)).toEqual({ resource: orders, field: "tags" });
    expect(sources.forRecords(orders)).toBeNull();
  });

  it("reads every field with the same target through one field, so their lookups share a batch", () => {
    expect(sources.forField(orders, "editor")).toEqual({ resource: orders, field: "owner" });
    expect(sources.forField(orders, "by_email")).toEqual({ resource: orders, field: "by_email" });
    expect(sources.forField(orders, "number")).toBeNull();
    expect(sources.targetOf(orders, "owner")).toBe(users);
  });
});

describe("activityLookups", () => {
  it("looks up each live record and each related id once", () => {
    const lookups = activityLookups(
      [
        entry({ resource: "users", recordId: "u1", changes: { name: { old: "A", new: "B" } } }),
        entry({ changes: { owner: { old: "u1", new: "u2" }, editor: { old: null, new: "u2" }, tags: { old: [], new: ["t1", "t2"] } } }),
        entry({ resource: "users", recordId: "u9", action: "delete" }),
        entry({ resource: "lines", recordId: "l1" }),
        entry({ resource: "unknown", recordId: "x1" }),
      ],
      { resolve, sources, records: true },
    );
    expect(lookups.map((l) => [l.kind, l.resource.name, l.kind === "relation" ? l.field : "", l.id])).toEqual([
      ["relation", "orders", "owner", "u1"],
      // orders: no relation points at them, so the record itself is read (it has a number)
      ["record", "orders", "", "o1"],
      ["relation", "orders", "owner", "u2"],
      ["relation", "orders", "tags", "t1"],
      ["relation", "orders", "tags", "t2"],
    ]);
  });

  it("leaves the records out of a record's own history", () => {
    const lookups = activityLookups([entry({ changes: { owner: { old: null, new: "u3" } } })], { resolve, sources, records: false });
    expect(lookups.map((l) => l.id)).toEqual(["u3"]);
  });
});

describe("names", () => {
  it("shortens long ids to their distinctive tail and keeps short ones", () => {
    expect(shortId("654f4c69000000a000000055")).toBe("…000055");
    expect(shortId(42)).toBe("42");
  });

  it("lower-cases a kind but not an acronym", () => {
    expect(lowerFirst("Product")).toBe("product");
    expect(lowerFirst("API key")).toBe("API key");
  });

  it("takes a record's name from the entry: a delete's snapshot, else the values it set, never personal data", () => {
    expect(entryTitle(entry({ action: "delete", snapshot: { number: "ORD-7" } }), orders)).toBe("ORD-7");
    expect(entryTitle(entry({ changes: { number: { old: null, new: "ORD-8" } } }), orders)).toBe("ORD-8");
    expect(entryTitle(entry({ resource: "users", changes: { email: { old: null, new: "a@x.io" } } }), users)).toBeNull();
  });

  it("shows the label when found, else a readable stand-in that says why", () => {
    const id = "654f4c69000000a000000055";
    expect(shownName({ id, label: { status: "found", label: "Ada" } })).toEqual({ text: "Ada", state: "named", id });
    expect(shownName({ id, label: { status: "found", label: id } })).toEqual({ text: "…000055", state: "unnamed", id });
    expect(shownName({ id, label: { status: "pending" }, fallback: "ORD-7" })).toEqual({ text: "ORD-7", state: "pending", id });
    expect(shownName({ id, label: { status: "missing" } })).toEqual({ text: "…000055", state: "gone", id });
    expect(shownName({ id, label: undefined })).toEqual({ text: "…000055", state: "unnamed", id });
  });
});
