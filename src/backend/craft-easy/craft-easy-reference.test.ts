// The Craft Easy adapter against the project's reference backend (the same handlers the demo and
// the e2e server use) and the real schema validator: end-to-end through the Backend interface.
import { describe, expect, it, vi } from "vitest";
import { validateSchema } from "../../protocol/validate-schema.ts";
import { createReferenceBackend } from "../../reference/reference-backend.ts";
import type { ReferenceOptions } from "../../reference/reference-backend.ts";
import { DEMO_OTP_CODE, DEMO_TWO_FACTOR_CODE } from "../../reference/demo-credentials.ts";
import { ApiError } from "../api-error.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { createCraftEasyBackend } from "./craft-easy-backend.ts";
import type { CraftEasySettings } from "./craft-easy-settings.ts";

const BASE = "https://ref.test";

function setup(ref: ReferenceOptions = {}, settings: Partial<CraftEasySettings> = {}) {
  const reference = createReferenceBackend({ seed: { orders: 200 }, ...ref });
  const backend = createCraftEasyBackend({
    baseUrl: BASE,
    fetch: (req) => reference.handle(req),
    validateSchema,
    storage: null,
    settings,
  });
  return { reference, backend };
}

async function signIn(b: ReturnType<typeof setup>["backend"], email = "admin@example.com") {
  await b.login({ step: "request-code", channel: "email", target: email });
  return b.login({ step: "verify-code", target: email, code: DEMO_OTP_CODE });
}

function pick(resources: ResourceSchema[], pred: (r: ResourceSchema) => boolean): ResourceSchema {
  const r = resources.find(pred);
  if (!r) throw new Error("no matching resource in the reference schema");
  return r;
}

describe("Craft Easy adapter × reference backend", () => {
  it("bootstrap, sign in, schema with 304 revalidation", async () => {
    const { backend } = setup();
    const info = await backend.bootstrap();
    expect(info.login.kind).toBe("otp");
    const r = await signIn(backend);
    expect(r.status).toBe("signed-in");
    expect(backend.currentUser()?.email).toBe("admin@example.com");
    const first = await backend.loadSchema();
    expect(first.schema.resources.length).toBeGreaterThan(0);
    expect(first.etag).toBeTruthy();
    const again = await backend.loadSchema({ schema: first.schema, etag: first.etag });
    expect(again.notModified).toBe(true);
  });

  it("a restored session costs one schema request on a cold load (bootstrap primes loadSchema)", async () => {
    const reference = createReferenceBackend({ seed: { orders: 50 } });
    const schemaCalls: string[] = [];
    const make = () =>
      createCraftEasyBackend({
        baseUrl: BASE,
        fetch: (req) => {
          if (new URL(req.url).pathname === "/admin/schema") schemaCalls.push(req.headers.get("X-API-Key") ? "token" : "anonymous");
          return reference.handle(req);
        },
        validateSchema,
        storage: localStorage,
      });
    const first = make();
    await signIn(first);
    const loaded = await first.loadSchema();

    schemaCalls.length = 0;
    const reloaded = make(); // a page reload: the session comes back from storage
    expect(reloaded.currentUser()?.email).toBe("admin@example.com");
    const info = await reloaded.bootstrap();
    expect(info.title).toBe(loaded.schema.title);
    const again = await reloaded.loadSchema({ schema: loaded.schema, etag: loaded.etag });
    expect(again.notModified).toBe(true);
    expect(schemaCalls).toEqual(["token"]);
    // the primed answer is used once only
    await reloaded.loadSchema({ schema: loaded.schema, etag: loaded.etag });
    expect(schemaCalls).toEqual(["token", "token"]);
  });

  it("2FA user signs in through the two-factor step", async () => {
    const { backend } = setup();
    const r = await signIn(backend, "2fa@example.com");
    expect(r).toEqual({ status: "two-factor-required" });
    const done = await backend.login({ step: "two-factor", code: DEMO_TWO_FACTOR_CODE });
    expect(done.status).toBe("signed-in");
  });

  it("the other verify path is found and remembered", async () => {
    const { backend } = setup({ verifyPath: "/auth/verify-otp" });
    expect((await signIn(backend)).status).toBe("signed-in");
  });

  it("lists with paging, sort, search and filters; get/update/delete with ETags; 412 on a stale version", async () => {
    const { backend } = setup();
    await signIn(backend);
    const { schema } = await backend.loadSchema();
    const res = pick(schema.resources, (x) => x.features.edit && x.methods.includes("PATCH") && x.methods.includes("DELETE") && x.list.search_fields.length > 0);
    const page = await backend.list(res, { page: 1, perPage: 5 });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.perPage).toBe(5);
    const first = page.items[0] ?? {};
    const id = backend.idOf(res, first);

    // search by a prefix of the first item's first search field
    const sf = res.list.search_fields.find((f) => typeof first[f] === "string" && (first[f] as string).length > 2);
    expect(sf).toBeDefined();
    if (sf) {
      const term = (first[sf] as string).slice(0, 3);
      const found = await backend.list(res, { page: 1, perPage: 100, search: term });
      expect(found.items.some((it) => backend.idOf(res, it) === id)).toBe(true);
    }

    const got = await backend.get(res, id);
    expect(got.version).toBeTruthy();
    const editable = Object.entries(res.fields).find(([k, f]) => !f.readonly && f.type === "string" && !f.options && !f.relation && !f.widget.includes("email") && !f.pattern && k !== "id");
    expect(editable).toBeDefined();
    if (editable) {
      const [field] = editable;
      const updated = await backend.update(res, id, { [field]: "Atrium test value" }, got.version);
      expect(updated.item[field]).toBe("Atrium test value");
      expect(updated.version).not.toBe(got.version);
      const stale = await backend.update(res, id, { [field]: "again" }, got.version).catch((e: unknown) => e);
      expect(stale).toBeInstanceOf(ApiError);
      expect((stale as ApiError).status).toBe(412);
    }
  });

  it("every generated search, sort and filter is accepted by the server", async () => {
    const { backend } = setup();
    await signIn(backend);
    const { schema } = await backend.loadSchema();
    let checked = 0;
    for (const res of schema.resources) {
      await backend.list(res, { page: 1, perPage: 3, search: "a.(b" });
      await backend.list(res, { page: 2, perPage: 3, search: "e" });
      for (const field of res.list.sort_fields ?? res.list.fields) {
        if (!res.fields[field]) continue;
        const p = await backend.list(res, { page: 1, perPage: 2, sort: [{ field, desc: true }] });
        expect(p.sortDropped).toBeUndefined();
      }
      for (const name of res.list.filter_fields) {
        const f = res.fields[name];
        if (!f) continue;
        const filters =
          f.options && f.options.length > 0
            ? [{ field: name, op: "in" as const, value: f.options.map((o) => o.value) }]
            : f.relation
              ? [{ field: name, op: "exists" as const, value: true }]
              : f.type === "number" || f.type === "integer"
                ? [{ field: name, op: "between" as const, value: [0, 1e9] }]
                : f.type === "boolean"
                  ? [{ field: name, op: "eq" as const, value: true }]
                  : f.type === "date"
                    ? [{ field: name, op: "gte" as const, value: "2000-01-01" }]
                    : [
                        { field: name, op: "contains" as const, value: "a" },
                        { field: name, op: "ne" as const, value: "123" },
                      ];
        await backend.list(res, { page: 1, perPage: 2, filters });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("relation search and resolve, dashboard counts", async () => {
    const { backend } = setup();
    await signIn(backend);
    const { schema } = await backend.loadSchema();
    const withRelation = schema.resources.find((r) => Object.values(r.fields).some((f) => f.relation));
    expect(withRelation).toBeDefined();
    if (withRelation) {
      const [field] = Object.entries(withRelation.fields).find(([, f]) => f.relation) ?? ["", undefined];
      const found = await backend.searchRelation(withRelation, field, { term: "", page: 1, perPage: 5 });
      expect(found.options.length).toBeGreaterThan(0);
      const ids = found.options.map((o) => o.value);
      const resolved = await backend.resolveRelation(withRelation, field, ids);
      expect(resolved.map((o) => o.value)).toEqual(ids);
    }
    const dash = await backend.dashboard();
    expect(dash.models.length).toBeGreaterThan(0);
    expect(dash.models.every((m) => m.count >= 0)).toBe(true);
  });

  it("a refresh extends the session; a token the server considers expired ends it (authLost)", async () => {
    let t = Date.now();
    const { backend } = setup({ now: () => t }, { proactiveRefresh: false });
    await signIn(backend);
    const { schema } = await backend.loadSchema();
    const res = schema.resources[0] as ResourceSchema;
    t += 10 * 60_000;
    await backend.list(res, { page: 1, perPage: 1 });
    expect(await backend.refresh()).toBe(true);
    t += 31 * 60_000; // the refreshed token has expired on the server's clock
    const lost = vi.fn();
    backend.onSessionChange(lost);
    const e = await backend.list(res, { page: 1, perPage: 1 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).authLost).toBe(true);
    expect(lost).toHaveBeenCalledWith(null, "lost");
    expect(backend.currentUser()).toBeNull();
  });
});
