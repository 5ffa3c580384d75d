// react-hook-form reads dots and brackets in a field name as a path into nested values, so the
// form keys its values by position (`f0`, `f1`, …) and translates at the edges.
import type { Item } from "../../backend/types.ts";
import type { FormValues } from "./types.ts";

export interface FormKeys {
  keyOf(name: string): string | undefined;
  /** Values by field name → the form's values (missing fields as null). */
  toForm(values: Item): FormValues;
  /** The form's values → values by field name. */
  fromForm(values: FormValues): Item;
}

const keyAt = (i: number) => `f${i}`;

export function formKeys(names: string[]): FormKeys {
  const byName = new Map(names.map((n, i) => [n, keyAt(i)]));
  return {
    keyOf: (name) => byName.get(name),
    toForm: (values) => Object.fromEntries(names.map((n, i) => [keyAt(i), values[n] ?? null])),
    fromForm: (values) => Object.fromEntries(names.map((n, i) => [n, values[keyAt(i)] ?? null])),
  };
}
