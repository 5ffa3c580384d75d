import { describe, expect, it } from "vitest";
import {
  AUTHOR_EDIT_SCHEMA,
  F6_MODELS,
  F7_SCHEMA,
  POST_MODEL_INFO,
  postEditSchemaBody,
} from "./litestar-fixtures.ts";
import {
  LEFTOVER_GROUP_LABEL,
  baseType,
  fallbackListColumns,
  primaryKeyOf,
  resolveRelatedModel,
  translateCreateForm,
  translateGroups,
  translateLitestarSchema,
  translateNavigation,
  translateProperty,
} from "./translate-litestar-schema.ts";
import type { LitestarModelInfo, LitestarModelSchema } from "./litestar-wire-types.ts";
import { validateSchemaWithWarnings } from "../../protocol/validate-schema.ts";

const authorInfo = (JSON.parse(F6_MODELS.body) as LitestarModelInfo[])[0] as LitestarModelInfo;
const models: LitestarModelInfo[] = [authorInfo, POST_MODEL_INFO];
const f7 = JSON.parse(F7_SCHEMA.body) as LitestarModelSchema;
const postEdit = JSON.parse(postEditSchemaBody()) as LitestarModelSchema;
const authorEdit = JSON.parse(AUTHOR_EDIT_SCHEMA) as LitestarModelSchema;

function build(listColumns: Record<string, string[] | null> = {}, exportDisabled?: Set<string>) {
  return translateLitestarSchema({
    config: { title: "Admin" },
    models,
    editSchemas: { author: authorEdit, post: postEdit },
    pkFields: { author: primaryKeyOf(authorEdit), post: primaryKeyOf(postEdit) },
    listColumns,
    pageSize: 50,
    exportDisabled,
  });
}

describe("translateLitestarSchema (F7)", () => {
  const schema = build({ post: ["id", "title", "status", "created_at", "author_id"] });
  const post = schema.resources.find((r) => r.name === "post");

  it("builds the root document per §16", () => {
    expect(schema.version).toBe("litestar-admin/0.1");
    expect(schema.title).toBe("Admin");
    expect(schema.auth).toEqual({
      login_endpoint: "/api/auth/login",
      refresh_endpoint: "/api/auth/refresh",
      token_header: "Authorization",
    });
    expect(schema.modules).toEqual({ dashboard: true, activity: true, export: true, import: false, serverFilters: false });
    expect(schema.resources.map((r) => r.name)).toEqual(["author", "post"]);
  });

  it("maps nullable type arrays to their base type", () => {
    expect(post?.fields.content?.type).toBe("string");
    expect(post?.fields.content?.widget).toBe("textarea");
    expect(post?.fields.author_id?.type).toBe("number");
    expect(post?.fields.author_id?.step).toBe(1);
    expect(baseType({ type: ["integer", "null"] })).toEqual({ type: "integer", nullable: true });
    expect(baseType({ type: "string" })).toEqual({ type: "string", nullable: false });
  });

  it("turns enum into a select with options", () => {
    expect(post?.fields.status).toMatchObject({
      type: "string",
      widget: "select",
      options: [
        { value: "draft", label: "draft" },
        { value: "published", label: "published" },
      ],
      required: false,
    });
  });

  it("turns date-time into a date field with a date-time widget", () => {
    expect(post?.fields.published_at).toMatchObject({ type: "date", widget: "datetime", required: false });
    expect(post?.fields.created_at).toMatchObject({ type: "date", widget: "datetime", readonly: false });
  });

  it("marks required, max length and labels", () => {
    expect(post?.fields.title).toMatchObject({ type: "string", widget: "text", required: true, max_length: 200, label: "Title" });
    // a relation whose title only repeats its FK column is named as the relation
    expect(post?.fields.author_id?.label).toBe("Author");
  });

  it("marks the PK read-only and never required", () => {
    expect(post?.fields.id).toMatchObject({ readonly: true, required: false, type: "number" });
  });

  it("resolves relationshipConfig into a relation against the catalog", () => {
    expect(post?.fields.author_id?.widget).toBe("relation");
    expect(post?.fields.author_id?.relation).toEqual({
      endpoint: "/api/models/author",
      label_field: "name",
      search_field: "name",
      value_field: "id",
    });
  });

  it("maps fieldsets to groups and collects the rest in a leftover group", () => {
    expect(post?.form.groups).toEqual([
      { label: "Main", fields: ["title", "content"] },
      { label: LEFTOVER_GROUP_LABEL, fields: ["id", "status", "published_at", "created_at", "author_id"] },
    ]);
  });

  it("uses the first list item's keys as list columns, all sortable, no filters", () => {
    expect(post?.list).toEqual({
      fields: ["id", "title", "status", "created_at", "author_id"],
      search_fields: [],
      filter_fields: [],
      sort_default: "",
      sort_fields: ["id", "title", "status", "created_at", "author_id"],
      page_size: 50,
    });
  });

  it("derives methods and features from can_* flags", () => {
    expect(post?.methods).toEqual(["GET", "POST", "PATCH", "PUT", "DELETE"]);
    expect(post?.features).toEqual({ create: true, edit: true, delete: true, export: true, bulk_delete: true, duplicate: true });
    expect(post?.endpoint).toBe("/api/models/post");
    expect(post?.label).toBe("Post");
    expect(post?.label_plural).toBe("Posts"); // the view name "Post" is singular: counts say "3 posts"
    expect(post?.icon).toBe("file-text");
  });

  it("label: a singular of the (plural) view name; label_plural: the name as given when it is plural", () => {
    const catalog: LitestarModelInfo[] = [
      { ...authorInfo, name: "Products", model_name: "products" },
      { ...authorInfo, name: "Categories", model_name: "categories" },
      { ...authorInfo, name: "Addresses", model_name: "addresses" },
      { ...authorInfo, name: "Status", model_name: "status" },
      { ...authorInfo, name: "News", model_name: "news" },
    ];
    const s = translateLitestarSchema({
      config: null,
      models: catalog,
      editSchemas: Object.fromEntries(catalog.map((m) => [m.model_name, authorEdit])),
      pkFields: {},
      listColumns: {},
      pageSize: 50,
    });
    expect(s.resources.map((r) => [r.label, r.label_plural])).toEqual([
      ["Product", "Products"],
      ["Category", "Categories"],
      ["Address", "Addresses"],
      ["Status", "Status"],
      ["News", "News"],
    ]);
  });

  it("gives a schema the validator takes as it is (only the version warning), also for blank view names and titles", () => {
    const blank = { ...authorEdit, properties: { ...authorEdit.properties, name: { ...authorEdit.properties.name, title: "  " } } };
    const s = translateLitestarSchema({
      config: null,
      models: [{ ...authorInfo, name: " " }, POST_MODEL_INFO],
      editSchemas: { author: blank, post: postEdit },
      pkFields: { author: primaryKeyOf(authorEdit), post: primaryKeyOf(postEdit) },
      listColumns: {},
      pageSize: 50,
    });
    const { schema, warnings } = validateSchemaWithWarnings(s);
    expect(schema.resources[0]).toMatchObject({ label: "Author", label_plural: "Authors" });
    expect(schema.resources[0]?.fields.name?.label).toBe("Name");
    expect(warnings).toEqual(['Schema version "litestar-admin/0.1" is not a supported 1.x version; continuing anyway.']);
    expect(validateSchemaWithWarnings(build({ post: ["id", "title"] })).schema.resources.map((r) => r.name)).toEqual(["author", "post"]);
  });

  it("honours read-only catalogs and a remembered export refusal", () => {
    const ro = translateLitestarSchema({
      config: null,
      models: [{ ...authorInfo, can_create: false, can_edit: false, can_delete: false }],
      editSchemas: { author: authorEdit },
      pkFields: {},
      listColumns: {},
      pageSize: 25,
      exportDisabled: new Set(["author"]),
    });
    const r = ro.resources[0];
    expect(r?.methods).toEqual(["GET"]);
    expect(r?.features).toEqual({ create: false, edit: false, delete: false, export: false, bulk_delete: false, duplicate: false });
    expect(r?.list.page_size).toBe(25);
    expect(ro.title).toBe("Admin");
  });

  it("falls back to schema order minus long text when the list was empty", () => {
    const s = build({ post: null });
    expect(s.resources.find((r) => r.name === "post")?.list.fields).toEqual([
      "id",
      "title",
      "status",
      "published_at",
      "created_at",
      "author_id",
    ]);
    expect(fallbackListColumns({ type: "object", title: "X", properties: { a: { type: "object" }, b: { type: ["array", "null"] }, c: { type: "string" } } })).toEqual(["c"]);
  });
});

describe("create form (mode=create)", () => {
  it("has no PK and keeps the resource's list and features", () => {
    const schema = build();
    const post = schema.resources.find((r) => r.name === "post");
    if (!post) throw new Error("no post");
    const create = translateCreateForm(post, f7, { models, pkFields: { author: "id", post: "id" } });
    expect(Object.keys(create.fields)).toEqual(["title", "content", "status", "published_at", "created_at", "author_id"]);
    expect(create.form.groups).toEqual([
      { label: "Main", fields: ["title", "content"] },
      { label: LEFTOVER_GROUP_LABEL, fields: ["status", "published_at", "created_at", "author_id"] },
    ]);
    expect(create.list).toBe(post.list);
    expect(create.features).toBe(post.features);
    expect(create).toMatchObject({ name: post.name, endpoint: post.endpoint, label: post.label, label_plural: post.label_plural, methods: post.methods });
  });

  it("keeps a natural PK (present in create mode) editable, not required", () => {
    const schema = build();
    const author = schema.resources.find((r) => r.name === "author");
    if (!author) throw new Error("no author");
    expect(author.fields.id?.readonly).toBe(true);
    // authorEdit as a create schema: the PK is present (readOnly), i.e. not auto-increment
    const create = translateCreateForm(author, authorEdit, { models, pkFields: { author: "id", post: "id" } });
    expect(create.fields.id).toMatchObject({ readonly: false, required: false });
    expect(create.fields.name).toMatchObject({ readonly: false, required: true });
  });
});

describe("groups", () => {
  it("one untitled group in schema order without fieldsets", () => {
    expect(translateGroups(authorEdit)).toEqual([{ label: "", fields: ["id", "name"] }]);
  });
  it("drops unknown and duplicate fieldset members, keeps collapse flags", () => {
    const g = translateGroups({
      type: "object",
      title: "T",
      properties: { a: { type: "string" }, b: { type: "string" } },
      fieldsets: [
        { title: "One", fields: ["a", "ghost"], collapsible: true, collapsed: true },
        { title: "Two", fields: ["a", "b"] },
      ],
    });
    expect(g).toEqual([
      { label: "One", fields: ["a"], collapsible: true, collapsed: true },
      { label: "Two", fields: ["b"] },
    ]);
  });
});

describe("relatedModel resolution", () => {
  const catalog: LitestarModelInfo[] = [
    { ...authorInfo, name: "Writers", model_name: "writers" },
    { ...authorInfo, name: "Blog Posts", model_name: "blog-posts" },
    { ...authorInfo, name: "Tag", model_name: "tag" },
  ];
  it("matches model_name case-insensitively first", () => {
    expect(resolveRelatedModel("Tag", catalog)?.model_name).toBe("tag");
  });
  it("then matches name case-insensitively", () => {
    expect(resolveRelatedModel("WRITERS", [{ ...authorInfo, name: "Writers", model_name: "people" }])?.model_name).toBe("people");
  });
  it("matches PascalCase class names against dashed identities", () => {
    expect(resolveRelatedModel("BlogPosts", catalog)?.model_name).toBe("blog-posts");
  });
  it("returns null when nothing matches; the property falls back to the lower-cased name", () => {
    expect(resolveRelatedModel("Ghost", catalog)).toBeNull();
    const f = translateProperty(
      "ghost_id",
      { type: "integer", format: "relation", relationshipConfig: { relatedModel: "Ghost", displayField: null, foreignKey: "ghost_id", multiple: false } },
      false,
      { models: catalog, pkFields: {} },
    );
    expect(f.relation).toEqual({ endpoint: "/api/models/ghost", label_field: "label", search_field: "label", value_field: "id" });
  });
  it("uses the related model's PK as value_field", () => {
    const f = translateProperty(
      "tag_code",
      { type: "string", relationshipConfig: { relatedModel: "Tag", displayField: "name", foreignKey: "tag_code", multiple: false } },
      false,
      { models: catalog, pkFields: { tag: "code" } },
    );
    expect(f.relation?.value_field).toBe("code");
  });
});

describe("relations and primary keys", () => {
  const rel = (foreignKey: string) => ({ relatedModel: "Author", displayField: "name", foreignKey, multiple: false as const });
  it("names a relation as the relation where the title only repeats the column; keeps a title of its own", () => {
    const ctx = { models, pkFields: {} };
    expect(translateProperty("author_id", { title: "Author Id", type: "integer", relationshipConfig: rel("author_id") }, false, ctx).label).toBe("Author");
    expect(translateProperty("blog_post_id", { type: "integer", relationshipConfig: rel("blog_post_id") }, false, ctx).label).toBe("Blog Post");
    expect(translateProperty("author_id", { title: "Written by", type: "integer", relationshipConfig: rel("author_id") }, false, ctx).label).toBe("Written by");
    expect(translateProperty("editor", { title: "Editor", type: "integer", relationshipConfig: rel("editor") }, false, ctx).label).toBe("Editor");
    // not a relation: the column's title stays
    expect(translateProperty("order_id", { title: "Order Id", type: "string" }, false, ctx).label).toBe("Order Id");
  });

  it("ignores a relation litestar-admin hangs on a primary key (Author's id → its posts)", () => {
    const withPkRelation: LitestarModelSchema = {
      ...authorEdit,
      properties: {
        ...authorEdit.properties,
        id: { ...authorEdit.properties.id, format: "relation", relationshipConfig: { relatedModel: "Post", displayField: "title", foreignKey: "author_id", multiple: false } },
      },
    };
    const schema = translateLitestarSchema({
      config: null,
      models,
      editSchemas: { author: withPkRelation, post: postEdit },
      pkFields: { author: primaryKeyOf(withPkRelation), post: primaryKeyOf(postEdit) },
      listColumns: { author: ["id", "name"] },
      pageSize: 50,
    });
    const author = schema.resources.find((r) => r.name === "author");
    expect(author?.fields.id).toEqual({ type: "number", widget: "number", required: false, readonly: true, label: "Id", step: 1, nullable: false });
    expect(Object.values(author?.fields ?? {}).filter((f) => f.relation)).toEqual([]);
    // the post's own FK stays a relation
    expect(schema.resources.find((r) => r.name === "post")?.fields.author_id?.relation?.endpoint).toBe("/api/models/author");
  });

  it("ignores it on a natural key in the create form too", () => {
    const create: LitestarModelSchema = {
      type: "object",
      title: "Author",
      properties: { code: { title: "Code", type: "string", relationshipConfig: { relatedModel: "Post", displayField: "title", foreignKey: "author_code", multiple: false } }, name: { title: "Name", type: "string" } },
      required: ["code", "name"],
    };
    const author = build().resources.find((r) => r.name === "author")!;
    const form = translateCreateForm(author, create, { models, pkFields: { author: "code" } });
    expect(form.fields.code).toMatchObject({ widget: "text", readonly: false, label: "Code" });
    expect(form.fields.code?.relation).toBeUndefined();
  });
});

describe("nullability and defaults (§7: an Enum column's type is a plain string even when nullable)", () => {
  const ctx = { models: [], pkFields: {} };
  const f7Create = translateCreateForm(build().resources.find((r) => r.name === "post")!, f7, { models, pkFields: {} });

  it("F7: the NOT NULL status enum with a default offers no None and a new post starts on draft", () => {
    expect(f7Create.fields.status).toMatchObject({ widget: "select", required: false, nullable: false, default: "draft" });
    // nullable columns say nothing; NOT NULL ones say so
    expect(f7Create.fields.content?.nullable).toBeUndefined();
    expect(f7Create.fields.author_id?.nullable).toBeUndefined();
    expect(f7Create.fields.title?.nullable).toBe(false);
  });

  it("an enum with neither a default nor required is nullable; a typed nullable enum stays nullable", () => {
    const enumProp = { title: "Kind", type: "string" as const, enum: ["a", "b"] };
    expect(translateProperty("kind", enumProp, false, ctx).nullable).toBeUndefined();
    expect(translateProperty("kind", enumProp, true, ctx)).toMatchObject({ required: true, nullable: false });
    expect(translateProperty("kind", { ...enumProp, type: ["string", "null"], default: "a" }, false, ctx)).toMatchObject({ default: "a" });
    expect(translateProperty("kind", { ...enumProp, type: ["string", "null"], default: "a" }, false, ctx).nullable).toBeUndefined();
  });

  it("keeps a literal default of any type and survives schema validation", () => {
    expect(translateProperty("active", { type: "boolean", default: false }, false, ctx).default).toBe(false);
    expect(translateProperty("note", { type: ["string", "null"], default: null }, false, ctx).default).toBeUndefined();
    const { schema } = validateSchemaWithWarnings({ ...build(), resources: [f7Create] });
    expect(schema.resources[0]?.fields.status).toMatchObject({ nullable: false, default: "draft" });
  });
});

describe("property widgets", () => {
  const ctx = { models: [], pkFields: {} };
  it.each([
    [{ type: "string", format: "email" }, "string", "email"],
    [{ type: "string", format: "uri" }, "string", "url"],
    [{ type: ["string", "null"], format: "date" }, "date", "date"],
    [{ type: "string", format: "time" }, "string", "time"],
    [{ type: "string", format: "richtext" }, "string", "richtext"],
    [{ type: "string", widget: "code" }, "string", "code"],
    [{ type: "string", format: "textarea", widget: "richtext" }, "string", "richtext"],
    [{ type: "boolean" }, "boolean", "checkbox"],
    [{ type: "number" }, "number", "number"],
    [{ type: ["object", "null"] }, "json", "json"],
    [{ type: "array" }, "json", "json"],
    [{ type: "string", format: "uuid" }, "string", "text"],
    [{}, "string", "text"],
  ] as const)("%j → %s / %s", (prop, type, widget) => {
    const f = translateProperty("x", prop as never, false, ctx);
    expect(f.type).toBe(type);
    expect(f.widget).toBe(widget);
  });
  it("maps fileConfig to accept and max_size_mb", () => {
    const f = translateProperty(
      "avatar",
      { type: ["string", "null"], format: "image", fileConfig: { maxSize: 5 * 1024 * 1024, allowedExtensions: ["png", ".jpg"], multiple: false } },
      false,
      ctx,
    );
    expect(f).toMatchObject({ widget: "image", accept: ".png,.jpg", max_size_mb: 5 });
  });
  it("uses description as help text and humanises a missing title", () => {
    const f = translateProperty("first_name", { type: "string", description: "Given name" }, true, ctx);
    expect(f).toMatchObject({ label: "First name", help_text: "Given name", required: true });
  });
});

describe("navigation", () => {
  it("groups by category in catalog order, uncategorised first", () => {
    const nav = translateNavigation([
      { ...authorInfo, model_name: "a", category: "Blog" },
      { ...authorInfo, model_name: "b", category: null },
      { ...authorInfo, model_name: "c", category: "Shop" },
      { ...authorInfo, model_name: "d", category: "Blog" },
    ]);
    expect(nav).toEqual([
      { label: "", resources: ["b"] },
      { label: "Blog", resources: ["a", "d"] },
      { label: "Shop", resources: ["c"] },
    ]);
  });
});
