import { describe, expect, it } from "vitest";
import { createReferenceBackend } from "./reference-backend.ts";
import { craftEasyCall, craftEasySignIn } from "./testing/reference-setup.ts";
import type { Json } from "./testing/reference-setup.ts";

describe("reference backend smoke", () => {
  it("logs in, lists, gets and patches with ETags", async () => {
    const backend = createReferenceBackend();
    const token = await craftEasySignIn(backend);
    const list = await craftEasyCall(backend, "/products?page=1&per_page=5", { token });
    expect(list.status).toBe(200);
    const body = list.json as Json;
    expect(body.items).toHaveLength(5);
    expect(body.per_page).toBe(5);
    const id = body.items[0].id as string;
    const item = await craftEasyCall(backend, `/products/${id}`, { token });
    expect(item.headers.get("ETag")).toBe('"1"');
    const patched = await craftEasyCall(backend, `/products/${id}`, { method: "PATCH", token, body: { stock: 3 }, headers: { "If-Match": '"1"' } });
    expect(patched.status).toBe(200);
    expect(patched.headers.get("ETag")).toBe('"2"');
    expect((patched.json as Json).stock).toBe(3);
  });
});
