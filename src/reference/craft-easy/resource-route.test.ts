// Per-user access on the resource routes (403 ACCESS_DENIED, read-only and hidden fields).
import { beforeAll, describe, expect, it } from "vitest";
import { createReferenceBackend } from "../reference-backend.ts";
import type { ReferenceBackend } from "../reference-backend.ts";
import { craftEasyCall, craftEasyEtag, craftEasyFirstId, craftEasySignIn } from "../testing/reference-setup.ts";
import type { Json } from "../testing/reference-setup.ts";

describe("per-user access", () => {
  let backend: ReferenceBackend;
  let editor: string;
  beforeAll(async () => {
    backend = createReferenceBackend();
    editor = await craftEasySignIn(backend, { email: "editor@example.com" });
  });

  it("refuses resources outside the editor's schema and methods they lack with 403 ACCESS_DENIED", async () => {
    const audit = await craftEasyCall(backend, "/audit_log", { token: editor });
    expect(audit.status).toBe(403);
    expect(audit.json).toMatchObject({ error: { code: "ACCESS_DENIED" } });
    const id = await craftEasyFirstId(backend, editor, "/categories?name=Seasonal");
    const tag = await craftEasyEtag(backend, editor, `/categories/${id}`);
    const del = await craftEasyCall(backend, `/categories/${id}`, { method: "DELETE", token: editor, headers: { "If-Match": tag } });
    expect(del.status).toBe(403);
    expect(del.json).toMatchObject({ error: { code: "ACCESS_DENIED", details: { feature: "delete" } } });
  });

  it("refuses writes to a read-only field and hides a hidden one", async () => {
    const id = await craftEasyFirstId(backend, editor, "/products?sort=sku");
    const tag = await craftEasyEtag(backend, editor, `/products/${id}`);
    const res = await craftEasyCall(backend, `/products/${id}`, { method: "PATCH", token: editor, body: { price: 1 }, headers: { "If-Match": tag } });
    expect(res.status).toBe(403);
    expect((await craftEasyCall(backend, `/products/${id}`, { method: "PATCH", token: editor, body: { stock: 2 }, headers: { "If-Match": tag } })).status).toBe(200);
    const customers = (await craftEasyCall(backend, "/customers?per_page=5", { token: editor })).json as Json;
    expect(customers.items.every((c: Json) => !("portal_password" in c))).toBe(true);
  });
});
