import { describe, expect, it } from "vitest";
import { canBulkDelete, canCreate, canDelete, canDuplicate, canEdit, canExport, updateMethod } from "./permissions.ts";
import type { ResourceFeatures } from "./types.ts";

const all: ResourceFeatures = { create: true, edit: true, delete: true, export: true, bulk_delete: true, duplicate: true };
const none: ResourceFeatures = { create: false, edit: false, delete: false, export: false, bulk_delete: false, duplicate: false };
const r = (methods: string[], features: Partial<ResourceFeatures> = all) => ({ methods, features: { ...none, ...features } });

describe("effective permissions (craft-easy.md §2.2)", () => {
  it("create needs the flag and POST", () => {
    expect(canCreate(r(["GET", "POST"]))).toBe(true);
    expect(canCreate(r(["GET"]))).toBe(false);
    expect(canCreate(r(["GET", "POST"], { create: false }))).toBe(false);
  });

  it("edit needs the flag and PATCH or PUT", () => {
    expect(canEdit(r(["PATCH"]))).toBe(true);
    expect(canEdit(r(["PUT"]))).toBe(true);
    expect(canEdit(r(["put"]))).toBe(true);
    expect(canEdit(r(["GET", "POST"]))).toBe(false);
    expect(canEdit(r(["PATCH"], { edit: false }))).toBe(false);
  });

  it("delete needs the flag and DELETE", () => {
    expect(canDelete(r(["DELETE"]))).toBe(true);
    expect(canDelete(r(["GET"]))).toBe(false);
    expect(canDelete(r(["DELETE"], { delete: false }))).toBe(false);
  });

  it("bulk delete needs its flag and delete allowed", () => {
    expect(canBulkDelete(r(["DELETE"]))).toBe(true);
    expect(canBulkDelete(r(["DELETE"], { bulk_delete: false, delete: true }))).toBe(false);
    expect(canBulkDelete(r(["DELETE"], { bulk_delete: true, delete: false }))).toBe(false);
    expect(canBulkDelete(r(["GET"], { bulk_delete: true, delete: true }))).toBe(false);
  });

  it("duplicate needs its flag and create allowed", () => {
    expect(canDuplicate(r(["POST"]))).toBe(true);
    expect(canDuplicate(r(["GET"]))).toBe(false);
    expect(canDuplicate(r(["POST"], { duplicate: true, create: false }))).toBe(false);
    expect(canDuplicate(r(["POST"], { duplicate: false, create: true }))).toBe(false);
  });

  it("export needs only its flag", () => {
    expect(canExport(r([], { export: true }))).toBe(true);
    expect(canExport(r(["GET"], { export: false }))).toBe(false);
  });

  it("update method: PATCH when listed, PUT only without PATCH", () => {
    expect(updateMethod({ methods: ["GET", "PUT", "PATCH"] })).toBe("PATCH");
    expect(updateMethod({ methods: ["GET", "PUT"] })).toBe("PUT");
    expect(updateMethod({ methods: ["GET", "DELETE"] })).toBeNull();
  });
});
