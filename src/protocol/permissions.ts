// Effective permissions (craft-easy.md §2.2): a control is shown only when both the feature flag
// and the allowed methods permit it. Hints for the UI, never security.
import type { ResourceSchema } from "./types.ts";

type PermissionInput = Pick<ResourceSchema, "features" | "methods">;

function allows(resource: PermissionInput, method: string): boolean {
  return resource.methods.some((m) => m.toUpperCase() === method);
}

export function canCreate(resource: PermissionInput): boolean {
  return resource.features.create && allows(resource, "POST");
}

export function canEdit(resource: PermissionInput): boolean {
  return resource.features.edit && (allows(resource, "PATCH") || allows(resource, "PUT"));
}

export function canDelete(resource: PermissionInput): boolean {
  return resource.features.delete && allows(resource, "DELETE");
}

export function canBulkDelete(resource: PermissionInput): boolean {
  return resource.features.bulk_delete && canDelete(resource);
}

export function canDuplicate(resource: PermissionInput): boolean {
  return resource.features.duplicate && canCreate(resource);
}

export function canExport(resource: PermissionInput): boolean {
  return resource.features.export;
}

/** PATCH when listed, PUT only when PATCH is not, null when neither is (ignores `features.edit`). */
export function updateMethod(resource: Pick<ResourceSchema, "methods">): "PATCH" | "PUT" | null {
  const has = (m: string) => resource.methods.some((x) => x.toUpperCase() === m);
  if (has("PATCH")) return "PATCH";
  if (has("PUT")) return "PUT";
  return null;
}
