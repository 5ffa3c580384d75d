import { describe, expect, it } from "vitest";
import { ApiError } from "../api-error.ts";
import { asId, createCraftEasyIds } from "./craft-easy-ids.ts";
import { createEtagCache } from "./craft-easy-etag-cache.ts";
import { usersResource } from "./craft-easy-test-fixtures.ts";

describe("ids", () => {
  it("asId: non-empty strings, finite numbers, Mongo {$oid}", () => {
    expect([asId("a"), asId(3), asId({ $oid: "507f" }), asId(""), asId(Number.NaN), asId({}), asId(null)]).toEqual(["a", 3, "507f", null, null, null, null]);
  });

  it("auto: the first key seen is the filter key for id relations; other value fields pass through", () => {
    const ids = createCraftEasyIds("auto");
    expect(ids.filterKey("id")).toBe("id");
    expect(ids.read({ name: "x" })).toBeNull();
    expect(ids.detectedKey()).toBeNull();
    expect(ids.read({ _id: "z" })).toBe("z");
    expect(ids.read({ id: "a" })).toBe("a");
    expect(ids.detectedKey()).toBe("_id");
    expect([ids.filterKey("id"), ids.filterKey("_id"), ids.filterKey("email")]).toEqual(["_id", "_id", "email"]);
    expect(() => ids.of({ name: "x" })).toThrow(ApiError);
  });

  it("an explicit idField is the only key read and the filter key", () => {
    const ids = createCraftEasyIds("_id");
    expect(ids.read({ id: "a" })).toBeNull();
    expect(ids.filterKey("id")).toBe("_id");
    expect(() => ids.of({ id: "a" })).toThrow(/no `_id` field/);
  });
});

describe("ETag cache", () => {
  it("remembers per resource and id, forgets on an answer without an ETag, drops the oldest beyond its size", () => {
    const cache = createEtagCache(2);
    cache.remember({ resource: usersResource, id: 1, etag: '"1"', item: { id: 1 } });
    cache.remember({ resource: usersResource, id: 2, etag: '"2"', item: { id: 2 } });
    expect(cache.get(usersResource, 1)?.etag).toBe('"1"');
    cache.remember({ resource: usersResource, id: 2, etag: null, item: { id: 2 } });
    expect(cache.get(usersResource, 2)).toBeUndefined();
    cache.remember({ resource: usersResource, id: 3, etag: '"3"', item: { id: 3 } });
    cache.remember({ resource: usersResource, id: 4, etag: '"4"', item: { id: 4 } });
    expect(cache.get(usersResource, 1)).toBeUndefined();
    expect(cache.get(usersResource, 4)?.item).toEqual({ id: 4 });
    cache.clear();
    expect(cache.get(usersResource, 3)).toBeUndefined();
  });
});
