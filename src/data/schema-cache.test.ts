import { describe, expect, it } from "vitest";
import { clearSchemaCache, readSchemaCache, schemaCacheKey, writeSchemaCache } from "./schema-cache.ts";
import { fakeSchema } from "../testing/fake-backend.ts";

const URL_A = "https://a.example.com";
const URL_B = "https://b.example.com";

describe("schema cache", () => {
  it("round-trips schema, ETag verbatim and savedAt", () => {
    const entry = { schema: fakeSchema("A"), etag: 'W/"abc"', savedAt: 1234 };
    writeSchemaCache(URL_A, "u1", entry);
    expect(readSchemaCache(URL_A, "u1")).toEqual(entry);
  });

  it("is keyed per backend and per user: never one user's copy for another", () => {
    writeSchemaCache(URL_A, "u1", { schema: fakeSchema("A-u1"), etag: '"1"', savedAt: 1 });
    expect(readSchemaCache(URL_A, "u2")).toBeNull();
    expect(readSchemaCache(URL_A, null)).toBeNull();
    expect(readSchemaCache(URL_B, "u1")).toBeNull();
    writeSchemaCache(URL_A, "u2", { schema: fakeSchema("A-u2"), etag: '"2"', savedAt: 2 });
    expect(readSchemaCache(URL_A, "u1")?.schema.title).toBe("A-u1");
    expect(readSchemaCache(URL_A, "u2")?.schema.title).toBe("A-u2");
  });

  it("does not confuse a user id with the anonymous slot or with a crafted id", () => {
    expect(schemaCacheKey(URL_A, "anonymous")).not.toBe(schemaCacheKey(URL_A, null));
    expect(schemaCacheKey("https://a|b", "c")).not.toBe(schemaCacheKey("https://a", "b|c"));
  });

  it("drops malformed entries", () => {
    localStorage.setItem(schemaCacheKey(URL_A, "u1"), "{not json");
    expect(readSchemaCache(URL_A, "u1")).toBeNull();
    expect(localStorage.getItem(schemaCacheKey(URL_A, "u1"))).toBeNull();
    localStorage.setItem(schemaCacheKey(URL_A, "u1"), JSON.stringify({ schema: { title: 1 }, etag: null, savedAt: 1 }));
    expect(readSchemaCache(URL_A, "u1")).toBeNull();
  });

  it("clears one user, one backend, or everything", () => {
    writeSchemaCache(URL_A, "u1", { schema: fakeSchema(), etag: null, savedAt: 1 });
    writeSchemaCache(URL_A, "u2", { schema: fakeSchema(), etag: null, savedAt: 1 });
    writeSchemaCache(URL_B, "u1", { schema: fakeSchema(), etag: null, savedAt: 1 });
    localStorage.setItem("other-app", "keep");
    clearSchemaCache(URL_A, "u1");
    expect(readSchemaCache(URL_A, "u1")).toBeNull();
    expect(readSchemaCache(URL_A, "u2")).not.toBeNull();
    clearSchemaCache(URL_A);
    expect(readSchemaCache(URL_A, "u2")).toBeNull();
    expect(readSchemaCache(URL_B, "u1")).not.toBeNull();
    clearSchemaCache();
    expect(readSchemaCache(URL_B, "u1")).toBeNull();
    expect(localStorage.getItem("other-app")).toBe("keep");
  });

  it("works without storage", () => {
    writeSchemaCache(URL_A, "u1", { schema: fakeSchema(), etag: null, savedAt: 1 }, null);
    expect(readSchemaCache(URL_A, "u1", null)).toBeNull();
  });
});
