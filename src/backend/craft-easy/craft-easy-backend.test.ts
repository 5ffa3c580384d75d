// The Craft Easy adapter as wired: what it declares (each part is tested next to its module).
import { describe, expect, it } from "vitest";
import { backend } from "./craft-easy-test-server.ts";

describe("the wired adapter", () => {
  it("capabilities declare the client fallbacks", () => {
    const caps = backend({ settings: { maxPerPage: 50, writeConcurrency: 2 } }).capabilities();
    expect(caps).toMatchObject({
      concurrency: "etag",
      exportServer: null,
      importServer: false,
      bulkDeleteServer: false,
      dashboard: true,
      maxPerPage: 50,
      writeConcurrency: 2,
      multiSort: false,
    });
    expect(caps.filterOps).toHaveLength(11);
    const b = backend();
    expect("bulkDelete" in b).toBe(false);
    expect("exportServer" in b).toBe(false);
  });
});
