// One sentence for a refused write, worded for an admin from the schema's labels: "A product
// with this SKU already exists", "This category is still used by 29 products", "This book no
// longer exists". The adapter said what was refused (ApiError.refusal); this only words it. Save
// (the form) and delete (row, record page, bulk) use it; null means "no refusal to word".
import { isApiError } from "../../backend/api-error.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { fieldLabel } from "../../protocol/labels.ts";
import { t } from "./messages.ts";

type Labels = Pick<ResourceSchema, "name" | "label" | "label_plural">;

export interface RefusalMessageInput {
  error: unknown;
  /** The resource written to (its label, and its fields' labels for a duplicate). */
  resource: Pick<ResourceSchema, "label" | "fields">;
  /** The schema's resources, to name the ones that still use a record (by label/label_plural). */
  resources?: readonly Labels[];
}

/** A label inside a sentence: "Category" → "category", but "SKU" and "VAT number" keep their capitals. */
export function inSentence(label: string): string {
  return /^\p{Lu}\p{Lu}/u.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** English's article for a noun, by how the word usually sounds: "an order", "a user", "an umbrella". */
function article(noun: string): "a" | "an" {
  return /^(?:[aeio]|u(?!ni|s|r|t|k))/i.test(noun) && !/^\p{Lu}\p{Lu}/u.test(noun) ? "an" : "a";
}

/** "still used by 29 products", "1 product", "other products", "other records". */
function inUse(noun: string, count: number | undefined, by: Labels | undefined): string {
  if (by) {
    const labels = { label: inSentence(by.label), labelPlural: inSentence(by.label_plural) };
    return count === undefined ? t("refusalInUseBy", { noun, ...labels }) : t("refusalInUseCounted", { noun, count, ...labels });
  }
  return count === undefined ? t("refusalInUse", { noun }) : t("refusalInUseCountedRecords", { noun, count });
}

export function refusalMessage({ error, resource, resources = [] }: RefusalMessageInput): string | null {
  if (!isApiError(error) || !error.refusal) return null;
  const noun = inSentence(resource.label);
  const refusal = error.refusal;
  switch (refusal.type) {
    case "duplicate": {
      // a nested path ("address.city") names its field by the last segment the schema knows
      const name = [refusal.field, ...refusal.field.split(/[.[\]/]+/).reverse()].find((n) => resource.fields[n]) ?? refusal.field;
      return t("refusalDuplicate", { article: article(noun), noun, field: inSentence(fieldLabel(name, resource.fields[name])) });
    }
    case "in-use": {
      const by = resources.find((r) => r.name === refusal.usedBy);
      return inUse(noun, refusal.count, by);
    }
    case "not-found":
      return t("refusalNotFound", { noun });
  }
}
