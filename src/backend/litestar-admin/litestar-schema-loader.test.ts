// Contract tests of the schema build (litestar-schema-loader.ts) against fixtures F6 and F7.
import { describe, expect, it } from "vitest";
import type { ResourceSchema } from "../../protocol/types.ts";
import {
  AUTHOR_EDIT_SCHEMA,
  F1_CONFIG,
  F2_LOGIN,
  F5_LOGOUT,
  F6_MODELS,
  F7_SCHEMA,
  POST_MODEL_INFO,
  fixtureResponse,
  postEditSchemaBody,
} from "./litestar-fixtures.ts";
import { serveDuringTests, serve, json, plain404, makeBackend, signedIn, caught, schemaRoutes } from "./litestar-test-server.ts";

serveDuringTests();

describe("F6 / F7 schema", () => {
  it("builds and validates the AdminSchema from the catalog, edit schemas and first list items", async () => {
    const { schema, post, author } = await signedIn();
    expect(schema.resources.map((r) => r.name)).toEqual(["author", "post"]);
    expect(post.list.fields).toEqual(["id", "title", "status", "created_at", "author_id"]);
    expect(author.list.fields).toEqual(["id", "name"]); // empty list → schema order
    expect(post.fields.author_id?.relation?.endpoint).toBe("/api/models/author");
    expect(post.fields.status?.options?.map((o) => o.value)).toEqual(["draft", "published"]);
    expect(post.fields.id?.readonly).toBe(true);
    expect(post.form.groups[0]).toMatchObject({ label: "Main", fields: ["title", "content"] });
  });

  it("F6: the verbatim catalog becomes one resource with its flags and icon", async () => {
    serve({
      "GET /admin/api/config": F1_CONFIG,
      "GET /admin/api/models": F6_MODELS,
      "GET /admin/api/models/author/schema": () => new Response(AUTHOR_EDIT_SCHEMA, { status: 200, headers: { "content-type": "application/json" } }),
      "GET /admin/api/models/author": () => json({ items: [{ id: 1, name: "Ann" }], total: 1, offset: 0, limit: 1 }),
    });
    const { schema } = await makeBackend().backend.loadSchema();
    expect(schema.title).toBe("Admin");
    expect(schema.resources).toHaveLength(1);
    expect(schema.resources[0]).toMatchObject({
      name: "author",
      endpoint: "/api/models/author",
      label: "Author",
      icon: "table",
      methods: ["GET", "POST", "PATCH", "PUT", "DELETE"],
      list: { fields: ["id", "name"] },
    });
    expect(schema.navigation).toEqual([{ label: "", resources: ["author"] }]);
  });

  it("a relation hung on Author's primary key is dropped: its page shows the id, its list asks no /relationships/id/options", async () => {
    const edit = JSON.parse(AUTHOR_EDIT_SCHEMA) as { properties: Record<string, object> };
    edit.properties.id = { ...edit.properties.id, format: "relation", relationshipConfig: { relatedModel: "Post", displayField: "title", foreignKey: "author_id", multiple: false } };
    const { backend, seen, author, post } = await signedIn({
      "GET /admin/api/models/author/schema": () => json(edit),
      "GET /admin/api/models/author": () => json({ items: [{ id: 1, name: "Ann" }], total: 1, offset: 0, limit: 50 }),
    });
    expect(author.fields.id).toMatchObject({ widget: "number", readonly: true, label: "Id" });
    // what a list page resolves labels for: its columns that are relations
    expect(author.list.fields.filter((f) => author.fields[f]?.relation)).toEqual([]);
    expect(post.fields.author_id).toMatchObject({ widget: "relation", label: "Author" });
    await backend.list(author, { page: 1, perPage: 50 });
    expect(seen.map((s) => s.path)).toEqual(["/admin/api/models/author"]);
  });

  it("asks for mode=edit, one limit=1 list per model, and caches until logout", async () => {
    const seen = serve({
      "POST /admin/api/auth/login": F2_LOGIN,
      "GET /admin/api/auth/me": () => json({ id: 1, email: "admin@example.com", roles: [], permissions: [] }),
      "POST /admin/api/auth/logout": F5_LOGOUT,
      ...schemaRoutes(),
    });
    const { backend } = makeBackend();
    await backend.login({ step: "password", email: "admin@example.com", password: "admin" });
    seen.length = 0;
    const first = await backend.loadSchema();
    expect(first.etag).toBeNull();
    expect(first.notModified).toBe(false);
    const schemaCalls = seen.filter((s) => s.path.endsWith("/schema"));
    expect(schemaCalls.map((s) => s.query.get("mode"))).toEqual(["edit", "edit"]);
    const lists = seen.filter((s) => /\/models\/(post|author)$/.test(s.path));
    expect(lists.map((s) => s.query.get("limit"))).toEqual(["1", "1"]);
    const n = seen.length;
    const second = await backend.loadSchema(first);
    expect(seen.length).toBe(n);
    expect(second.schema).toBe(first.schema);
    await backend.logout();
    await backend.login({ step: "password", email: "admin@example.com", password: "admin" });
    await backend.loadSchema();
    expect(seen.filter((s) => s.path === "/admin/api/models").length).toBe(2);
  });

  it("createFormSchema: F7 (mode=create) → the resource's create form without the auto-increment PK", async () => {
    const { backend, post, seen } = await signedIn();
    const form = await backend.createFormSchema?.(post);
    if (!form) throw new Error("the litestar adapter has no createFormSchema");
    expect(seen.map((s) => `${s.method} ${s.path}?mode=${s.query.get("mode")}`)).toEqual(["GET /admin/api/models/post/schema?mode=create"]);
    // same identity, list and features as the edit-mode resource
    expect(form).toMatchObject({ name: "post", endpoint: "/api/models/post", label: post.label, label_plural: post.label_plural, methods: post.methods });
    expect(form.list).toEqual(post.list);
    expect(form.features).toEqual(post.features);
    // fields and groups from the create schema: no PK anywhere
    expect(Object.keys(form.fields)).toEqual(["title", "content", "status", "published_at", "created_at", "author_id"]);
    expect(form.form.groups.flatMap((g) => g.fields)).not.toContain("id");
    expect(post.fields.id?.readonly).toBe(true); // the edit form keeps it, read-only
    expect(form.fields.title).toMatchObject({ required: true, max_length: 200 });
    expect(form.fields.author_id?.relation?.endpoint).toBe("/api/models/author");
  });

  it("caches the create form per model until logout", async () => {
    const { backend, post, author, seen } = await signedIn({ "POST /admin/api/auth/logout": F5_LOGOUT });
    const first = await backend.createFormSchema?.(post);
    expect(await backend.createFormSchema?.(post)).toBe(first);
    await backend.createFormSchema?.(author);
    const creates = () => seen.filter((s) => s.query.get("mode") === "create").map((s) => s.path);
    expect(creates()).toEqual(["/admin/api/models/post/schema", "/admin/api/models/author/schema"]);
    await backend.logout();
    await backend.login({ step: "password", email: "admin@example.com", password: "admin" });
    const again = await backend.createFormSchema?.(post);
    expect(again).not.toBe(first);
    expect(again && Object.keys(again.fields)).toEqual(first && Object.keys(first.fields));
    expect(creates()).toEqual(["/admin/api/models/post/schema", "/admin/api/models/author/schema", "/admin/api/models/post/schema"]);
  });

  it("a failed create-schema load is not cached", async () => {
    let fail = true;
    const { backend, post } = await signedIn({
      "GET /admin/api/models/post/schema": (req) =>
        new URL(req.url).searchParams.get("mode") === "create"
          ? fail
            ? json({ status_code: 500, detail: "Internal Server Error" }, 500)
            : fixtureResponse(F7_SCHEMA)
          : new Response(postEditSchemaBody(), { status: 200, headers: { "content-type": "application/json" } }),
    });
    const e = await caught(backend.createFormSchema?.(post) ?? Promise.reject(new Error("missing")));
    expect(e.status).toBe(500);
    fail = false;
    const form = await backend.createFormSchema?.(post);
    expect(form?.fields.id).toBeUndefined();
  });

  it("a natural (non auto-increment) PK stays in the create form, editable, and is sent on create", async () => {
    const tagInfo = { ...POST_MODEL_INFO, name: "Tags", model_name: "tags", icon: "tag" };
    // litestar marks the PK readOnly in both modes; create mode keeps it when it is not auto-increment
    const tagSchema = {
      type: "object",
      title: "Tags",
      properties: { code: { title: "Code", type: "string", maxLength: 20, readOnly: true }, label: { title: "Label", type: "string" } },
      required: ["label"],
    };
    const { backend, seen } = await signedIn({
      "GET /admin/api/models": () => json([tagInfo]),
      "GET /admin/api/models/tags/schema": () => json(tagSchema),
      "GET /admin/api/models/tags": () => json({ items: [], total: 0, offset: 0, limit: 1 }),
      "POST /admin/api/models/tags": (_r, s) => json(s.body, 201),
    });
    const tags = (await backend.loadSchema()).schema.resources.find((r) => r.name === "tags") as ResourceSchema;
    expect(tags.fields.code?.readonly).toBe(true); // edit form: the PK is read-only
    const form = await backend.createFormSchema?.(tags);
    expect(form?.fields.code).toMatchObject({ readonly: false, max_length: 20 });
    seen.length = 0;
    await backend.create(tags, { code: "sale", label: "Sale" });
    expect(seen[0]?.body).toEqual({ code: "sale", label: "Sale" });
  });

  it("F4 during schema load is authLost", async () => {
    serve({ "GET /admin/api/config": F1_CONFIG, "GET /admin/api/models": plain404 });
    const e = await caught(makeBackend().backend.loadSchema());
    expect(e.authLost).toBe(true);
  });

  it("answers not in the documented shape end in a BAD_RESPONSE ApiError", async () => {
    serve({ "GET /admin/api/config": F1_CONFIG, "GET /admin/api/models": () => json({ models: [] }) });
    expect(await caught(makeBackend().backend.loadSchema())).toMatchObject({
      status: 200,
      code: "BAD_RESPONSE",
      message: "The server's model catalog (/api/models) is not a list.",
    });
    for (const schema of [{ type: "object", title: "Author" }, { type: "object", properties: { id: null } }]) {
      serve({ ...schemaRoutes(), "GET /admin/api/models": F6_MODELS, "GET /admin/api/models/author/schema": () => json(schema) });
      expect(await caught(makeBackend().backend.loadSchema())).toMatchObject({ code: "BAD_RESPONSE", message: 'The form schema of "author" has no properties.' });
    }
  });

  it("catalog entries without a model_name are left out; odd flags and hints get the client's defaults", async () => {
    serve({
      ...schemaRoutes(),
      "GET /admin/api/models": () => json([{ name: "Broken" }, { model_name: "author", can_create: "no", can_delete: false, icon: 3, category: "" }]),
    });
    const { schema } = await makeBackend().backend.loadSchema();
    expect(schema.resources.map((r) => [r.name, r.label, r.icon, r.features.create, r.features.delete])).toEqual([["author", "author", undefined, true, false]]);
  });
});
