// Validate: resolves relation columns through the backend, maps select values, then checks
// every row in chunks that yield to the page; reports progress and the result to the wizard.
// Leaving the wizard stops it.
import { useCallback, useEffect, useRef, type Dispatch } from "react";
import { useBackend } from "../../data/backend-context.tsx";
import { useSchema } from "../../data/schema-context.tsx";
import type { ResourceSchema } from "../../protocol/types.ts";
import { columnTransforms } from "./core/column-transforms.ts";
import { errorMessage } from "./core/row-errors.ts";
import { validateRowsChunked } from "./core/validate-rows.ts";
import { relationResolver } from "./relation-resolver.ts";
import type { WizardAction, WizardState } from "./types.ts";
import { t } from "./messages.ts";

export type ValidationInput = Pick<WizardState, "mapping" | "selectMaps" | "relationMatch"> & { table: NonNullable<WizardState["table"]> };

export function useRowValidation({ resource, dispatch }: { resource: ResourceSchema; dispatch: Dispatch<WizardAction> }): (input: ValidationInput) => Promise<void> {
  const backend = useBackend();
  const schema = useSchema();
  const current = useRef<AbortController | null>(null);
  useEffect(() => () => current.current?.abort(), []);
  return useCallback(
    async ({ table, mapping, selectMaps, relationMatch }) => {
      const controller = new AbortController();
      current.current = controller;
      const { signal } = controller;
      dispatch({ type: "validationStarted" });
      try {
        const transforms = await columnTransforms({
          table,
          mapping,
          resource,
          selectMaps,
          relationMatch,
          resolver: (fieldName, matchBy) => relationResolver(backend, schema, resource, fieldName, matchBy),
          signal,
          onProgress: (column, done, total) => dispatch({ type: "validationProgressed", task: { label: `Matching ${column}`, done, total } }),
        });
        const result = await validateRowsChunked(table, mapping, resource, transforms, {
          signal,
          onProgress: (done, total) => dispatch({ type: "validationProgressed", task: { label: t("checkingRows"), done, total } }),
        });
        dispatch(signal.aborted ? { type: "validationStopped" } : { type: "validated", result });
      } catch (e) {
        dispatch(signal.aborted ? { type: "validationStopped" } : { type: "validationFailed", message: t("validationFailed", { reason: errorMessage(e) }) });
      }
    },
    [backend, schema, resource, dispatch],
  );
}
