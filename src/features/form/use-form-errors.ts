// The record form's errors: the form-level alert's messages, server field errors placed on their
// fields, and focus moved to the first bad field (or to the alert when no field is to blame).
// After a refused submit the alert counts the fields still marked, so it follows the user's fixes
// and goes once none is left.
import { useCallback, useRef, useState, type RefObject } from "react";
import type { FieldErrors, UseFormReturn } from "react-hook-form";
import type { ResourceSchema } from "../../protocol/types.ts";
import { focusField } from "./form-field.tsx";
import { placeSaveError } from "./place-save-error.ts";
import type { FormValues } from "./types.ts";
import { t } from "./messages.ts";

export interface FormErrorsInput {
  form: UseFormReturn<FormValues>;
  names: string[];
  keyOf(name: string): string | undefined;
  formRef: RefObject<HTMLFormElement | null>;
  operation: "create" | "update";
  /** The resource saved to, whose labels word a refusal. */
  resource: Pick<ResourceSchema, "label" | "fields">;
}

export interface FormErrors {
  messages: string[] | null;
  alertRef: RefObject<HTMLDivElement | null>;
  /** Client validation failed: say how many fields, focus the first. */
  showInvalid(errors: FieldErrors<FormValues>): void;
  showSaveError(error: unknown): void;
  clear(): void;
  /** Focus the first of these fields in form order. */
  focusFirst(fields: string[]): void;
}

export function useFormErrors({ form, names, keyOf, formRef, operation, resource }: FormErrorsInput): FormErrors {
  const [saveMessages, setMessages] = useState<string[] | null>(null);
  const [invalidShown, setInvalidShown] = useState(false);
  const errors = form.formState.errors; // read during render: react-hook-form re-renders on change
  const stillBad = invalidShown ? names.filter((n) => errors[keyOf(n) ?? ""]).length : 0;
  const messages = saveMessages ?? (stillBad > 0 ? [invalidMessage(stillBad)] : null);
  const alertRef = useRef<HTMLDivElement>(null);
  const focusFirst = useCallback(
    (fields: string[]) => {
      const first = names.find((n) => fields.includes(n));
      if (first) focusField(formRef.current, first);
    },
    [formRef, names],
  );
  const showInvalid = useCallback(
    (errors: FieldErrors<FormValues>) => {
      const bad = names.filter((n) => errors[keyOf(n) ?? ""]);
      setMessages(null);
      setInvalidShown(true);
      focusFirst(bad);
    },
    [focusFirst, keyOf, names],
  );
  const showSaveError = useCallback(
    (error: unknown) => {
      const placed = placeSaveError({ error, names, resource, operation });
      for (const { name, message } of placed.fields) {
        const key = keyOf(name);
        if (key) form.setError(key, { type: "server", message });
      }
      setMessages(placed.messages);
      setInvalidShown(false);
      if (placed.fields.length > 0) focusFirst(placed.fields.map((f) => f.name));
      else requestAnimationFrame(() => alertRef.current?.focus());
    },
    [focusFirst, form, keyOf, names, operation, resource],
  );
  const clear = useCallback(() => {
    setMessages(null);
    setInvalidShown(false);
  }, []);
  return { messages, alertRef, showInvalid, showSaveError, clear, focusFirst };
}

function invalidMessage(count: number): string {
  return t("invalidFields", { count });
}
