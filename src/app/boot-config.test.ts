import { afterEach, describe, expect, it, vi } from "vitest";
import { boot } from "./boot.ts";

const configUrl = () => new URL("config.json", document.baseURI).href;

describe("boot and config.json", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("reads config.json as served on every boot: a changed file takes effect at the next one", async () => {
    // the demo backend (apiUrl null) keeps this test off the network
    let served = JSON.stringify({ apiUrl: null });
    const asked: string[] = [];
    vi.stubGlobal("fetch", (input: RequestInfo | URL, init?: RequestInit) => {
      asked.push(`${String(input)} ${init?.cache ?? ""}`);
      return Promise.resolve(new Response(served, { headers: { "Content-Type": "application/json" } }));
    });
    const first = await boot({ demoLatencyMs: 0 });
    expect(first.backend.dialect).toBe("craft-easy");

    served = JSON.stringify({ apiUrl: null, dialect: "litestar-admin" });
    const second = await boot({ demoLatencyMs: 0 });
    expect(second.backend.dialect).toBe("litestar-admin");
    expect(asked).toEqual([`${configUrl()} no-store`, `${configUrl()} no-store`]);
  });
});
