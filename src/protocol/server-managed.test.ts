import { describe, expect, it } from "vitest";
import { SERVER_MANAGED_FIELDS, stripForWrite, writableFields } from "./server-managed.ts";
import type { FieldSchema } from "./types.ts";

const f = (readonly = false): FieldSchema => ({ type: "string", widget: "text", required: false, readonly });
const resource = {
  fields: {
    id: f(),
    _id: f(),
    name: f(),
    email: f(),
    slug: f(true),
    tenant_id: f(),
    created_at: f(),
    updated_at: f(),
    created_by: f(),
    updated_by: f(),
    is_deleted: f(),
    deleted_at: f(),
    deleted_by: f(),
    revision_id: f(),
  },
};

describe("server-managed fields", () => {
  it("lists the documented names", () => {
    expect(SERVER_MANAGED_FIELDS).toEqual(
      expect.arrayContaining(["id", "_id", "tenant_id", "created_at", "updated_at", "created_by", "updated_by", "is_deleted", "deleted_at", "deleted_by"]),
    );
  });

  it("writableFields excludes the id, readonly and server-managed fields in both modes", () => {
    expect(writableFields(resource, "create")).toEqual(["name", "email"]);
    expect(writableFields(resource, "update")).toEqual(["name", "email"]);
  });

  it("stripForWrite keeps only writable, described, defined values", () => {
    const body = {
      id: "65f0",
      _id: "65f0",
      name: "Ada",
      email: null,
      slug: "ada",
      tenant_id: "t1",
      created_at: "2024-01-01",
      updated_by: "u",
      revision_id: 3,
      unknown_key: 1,
      __proto__: { polluted: true },
    };
    expect(stripForWrite(resource, body)).toEqual({ name: "Ada", email: null });
    expect(stripForWrite(resource, { name: undefined, email: "a@b.c" })).toEqual({ email: "a@b.c" });
  });

  it("drops server-managed fields even when the schema forgets to mark them readonly", () => {
    expect(stripForWrite({ fields: { updated_at: f(false), title: f(false) } }, { updated_at: "x", title: "T" })).toEqual({ title: "T" });
  });
});
