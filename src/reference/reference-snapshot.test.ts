// The reference backend's snapshot: a backend started from it (the demo after a reload) has the
// same records, revisions, unique values and id sequence, and honours the tokens issued before.
import { describe, expect, it } from "vitest";
import { createReferenceBackend } from "./reference-backend.ts";
import { craftEasyCall, craftEasySignIn } from "./testing/reference-setup.ts";
import type { Json } from "./testing/reference-setup.ts";

const SEED = { orders: 50 };

/** Through structured clone, as IndexedDB keeps it. */
const kept = <T>(value: T): T => structuredClone(value);

describe("reference snapshot", () => {
  it("a backend started from a snapshot keeps writes, ETags, the session, unique values and new ids apart", async () => {
    const first = createReferenceBackend({ seed: SEED });
    const token = await craftEasySignIn(first);
    const created = await craftEasyCall(first, "/categories", { method: "POST", token, body: { name: "Kept across reloads", slug: "kept-across-reloads" } });
    expect(created.status).toBe(201);
    const createdId = (created.json as Json).id as string;
    const product = ((await craftEasyCall(first, "/products?per_page=1", { token })).json as Json).items[0];
    const patched = await craftEasyCall(first, `/products/${product.id}`, { method: "PATCH", token, body: { stock: 7 }, headers: { "If-Match": '"1"' } });
    expect(patched.headers.get("ETag")).toBe('"2"');

    const second = createReferenceBackend({ seed: SEED, snapshot: kept(first.snapshot()) });

    const again = await craftEasyCall(second, `/categories/${createdId}`, { token });
    expect(again.status).toBe(200);
    expect((again.json as Json).name).toBe("Kept across reloads");
    const patchedAgain = await craftEasyCall(second, `/products/${product.id}`, { token });
    expect(patchedAgain.headers.get("ETag")).toBe('"2"');
    expect((patchedAgain.json as Json).stock).toBe(7);
    const stale = await craftEasyCall(second, `/products/${product.id}`, { method: "PATCH", token, body: { stock: 1 }, headers: { "If-Match": '"1"' } });
    expect(stale.status).toBe(412);
    const duplicate = await craftEasyCall(second, "/categories", { method: "POST", token, body: { name: "Another", slug: "kept-across-reloads" } });
    expect(duplicate.status).toBe(409);
    const next = await craftEasyCall(second, "/categories", { method: "POST", token, body: { name: "Next one", slug: "next-one" } });
    expect(next.status).toBe(201);
    expect((next.json as Json).id).not.toBe(createdId);
    const history = await craftEasyCall(second, `/audit_log?item_id=${createdId}`, { token });
    expect(history.status).toBe(200);
    expect((history.json as Json).total).toBeGreaterThanOrEqual(1);
  });

  it("a token revoked before the snapshot stays revoked; one from another backend is refused", async () => {
    const first = createReferenceBackend({ seed: SEED });
    const token = await craftEasySignIn(first);
    const stranger = await craftEasySignIn(createReferenceBackend({ seed: SEED }));
    const second = createReferenceBackend({ seed: SEED, snapshot: kept(first.snapshot()) });
    expect((await craftEasyCall(second, "/products?per_page=1", { token })).status).toBe(200);
    expect((await craftEasyCall(second, "/products?per_page=1", { token: stranger })).status).toBe(401);
    expect((await craftEasyCall(second, "/auth/logout", { method: "POST", token })).status).toBeLessThan(300);
    const third = createReferenceBackend({ seed: SEED, snapshot: kept(second.snapshot()) });
    expect((await craftEasyCall(third, "/products?per_page=1", { token })).status).toBe(401);
  });
});
