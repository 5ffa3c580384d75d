// The dialect table's contract, checked for every entry against the reference backend (which
// speaks every dialect, as the in-browser demo uses it).
import { describe, expect, it } from "vitest";
import { createReferenceBackend } from "../reference/reference-backend.ts";
import { validateSchema } from "../protocol/validate-schema.ts";
import { DIALECTS, dialectEntry, isDialect } from "./dialects.ts";
import { loadConfig } from "../config/load-config.ts";

const ORIGIN = "http://demo.test";

describe.each(DIALECTS.map((d) => [d.id, d] as const))("the %s entry of the dialect table", (id, entry) => {
  const reference = createReferenceBackend({ seed: { orders: 20 } });
  const fetch = (req: Request) => reference.handle(req);

  it("is found by the probe where its demo serves it", async () => {
    const demo = await entry.demo();
    expect(await entry.probe(ORIGIN, fetch)).toBe(ORIGIN + demo.path);
  });

  it("creates an adapter of its dialect that boots against its demo", async () => {
    const demo = await entry.demo();
    const backend = await entry.create({ baseUrl: ORIGIN + demo.path, settings: demo.settings, fetch, validateSchema, storage: null });
    expect(backend.dialect).toBe(id);
    expect(await backend.bootstrap()).toMatchObject({ authRequired: true, login: { kind: expect.stringMatching(/^(otp|password)$/) } });
  });

  it("is a dialect config.json may name", async () => {
    expect(isDialect(id)).toBe(true);
    expect(dialectEntry(id)).toBe(entry);
    const served = () => Promise.resolve(Response.json({ apiUrl: "https://api.example.com", dialect: id }));
    expect((await loadConfig(served, {}, { baseUrl: `${ORIGIN}/` })).dialect).toBe(id);
  });
});

describe("the dialect table", () => {
  it("has one entry per id", () => {
    expect(new Set(DIALECTS.map((d) => d.id)).size).toBe(DIALECTS.length);
    expect(isDialect("auto")).toBe(false);
  });
});
