// The record form's field state over react-hook-form: sections and keys from the schema, client
// validation, the current values by field name, and the few writes the controller makes.
import { useCallback, useMemo, useRef } from "react";
import { useForm, useWatch, type UseFormReturn } from "react-hook-form";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { Item } from "../../backend/types.ts";
import { formSections, type FormSection } from "./form-layout.ts";
import { formKeys } from "./form-keys.ts";
import { formResolver } from "./form-resolver.ts";
import type { FormMode, FormValues } from "./types.ts";

export interface RecordFormState {
  form: UseFormReturn<FormValues>;
  sections: FormSection[];
  /** Every field of the form in display order. */
  names: string[];
  keyOf(name: string): string | undefined;
  /** Values by field name as of this render. */
  values: Item;
  /** Values by field name right now (inside callbacks). */
  current(): Item;
  /** Put values (by field name) into the form as user edits. */
  setValues(values: Item): void;
  /** Start over from these values: nothing dirty, no errors. */
  reset(values: Item): void;
  reportInvalidInput(name: string, message: string | null): void;
}

export function useRecordFormState({ resource, mode, initial }: { resource: ResourceSchema; mode: FormMode; initial: Item }): RecordFormState {
  const sections = useMemo(() => formSections(resource), [resource]);
  const names = useMemo(() => sections.flatMap((s) => s.fields), [sections]);
  const keys = useMemo(() => formKeys(names), [names]);
  const invalidInput = useRef<Record<string, string | null>>({});
  const form = useForm<FormValues>({
    defaultValues: keys.toForm(initial),
    mode: "onBlur",
    reValidateMode: "onChange",
    shouldFocusError: false,
    resolver: formResolver({ resource, names, keys, mode, invalidInput }),
  });
  const watched = useWatch({ control: form.control });
  const values = useMemo(() => keys.fromForm(watched), [keys, watched]);

  const current = useCallback(() => keys.fromForm(form.getValues()), [form, keys]);
  const setValues = useCallback(
    (next: Item) => {
      for (const [name, v] of Object.entries(next)) {
        const key = keys.keyOf(name);
        if (key) form.setValue(key, v, { shouldDirty: true });
      }
    },
    [form, keys],
  );
  const reset = useCallback((next: Item) => form.reset(keys.toForm(next)), [form, keys]);
  const reportInvalidInput = useCallback(
    (name: string, message: string | null) => {
      const key = keys.keyOf(name);
      if (!key) return;
      invalidInput.current[name] = message;
      if (message) form.setError(key, { type: "input", message });
      else if (form.getFieldState(key).error?.type === "input") form.clearErrors(key);
    },
    [form, keys],
  );
  return { form, sections, names, keyOf: keys.keyOf, values, current, setValues, reset, reportInvalidInput };
}
