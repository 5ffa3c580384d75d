// Asserts that an answer of the reference litestar face has the shape of an observed fixture
// (litestar-admin.md §18): same status, content type family and top-level keys; values differ
// where the demo data differs. Test support only.
import { expect } from "vitest";
import type { LitestarFixture } from "../../backend/litestar-admin/litestar-fixtures.ts";
import type { WireAnswer } from "./reference-setup.ts";

export function expectFixtureShape(a: WireAnswer, f: LitestarFixture): void {
  expect(a.status).toBe(f.status);
  expect(a.contentType.split(";")[0]).toBe(f.contentType.split(";")[0]);
  const want = JSON.parse(f.body) as unknown;
  if (Array.isArray(want)) {
    expect(Array.isArray(a.json)).toBe(true);
    if (want.length > 0 && a.json.length > 0) expect(Object.keys(a.json[0]).sort()).toEqual(Object.keys(want[0] as object).sort());
  } else {
    expect(Object.keys(a.json).sort()).toEqual(Object.keys(want as object).sort());
  }
}
