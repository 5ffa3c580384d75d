// Client validation of the whole record form from FieldSchema, as a react-hook-form resolver: the
// controller validates without any field being rendered.
import type { RefObject } from "react";
import type { FieldErrors, Resolver } from "react-hook-form";
import type { ResourceSchema } from "../../protocol/types.ts";
import { validateFieldValue } from "../../protocol/field-validation/validate-field-value.ts";
import { formField } from "./form-layout.ts";
import type { FormKeys } from "./form-keys.ts";
import type { FormMode, FormValues } from "./types.ts";

export interface FormResolverInput {
  resource: Pick<ResourceSchema, "fields">;
  names: string[];
  keys: FormKeys;
  mode: FormMode;
  /** What a widget said about text it could not parse, by field name (null: it parses). */
  invalidInput: RefObject<Record<string, string | null>>;
}

export function formResolver({ resource, names, keys, mode, invalidInput }: FormResolverInput): Resolver<FormValues> {
  return (values) => {
    const errors: FieldErrors<FormValues> = {};
    for (const name of names) {
      const key = keys.keyOf(name);
      const field = formField(resource, name);
      if (!key || !field) continue;
      const message = invalidInput.current[name] ?? validateFieldValue(name, field, values[key], { mode });
      if (message) errors[key] = { type: "validate", message };
    }
    return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
  };
}
