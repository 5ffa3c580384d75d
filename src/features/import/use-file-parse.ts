// Reads the chosen file (in the parse worker unless told otherwise) and reports to the wizard:
// started, progress, the table with an automatic column mapping, or why it could not be read.
// A newer read, or leaving the wizard, stops the one before; its results are dropped.
import { useCallback, useEffect, useRef, type Dispatch } from "react";
import type { ResourceSchema } from "../../protocol/types.ts";
import { autoMapColumns } from "./core/auto-map.ts";
import { parseFile } from "./core/parse-file.ts";
import type { ParseOptions } from "./core/types.ts";
import type { WizardAction } from "./types.ts";
import { t } from "./messages.ts";

export interface FileParseInput {
  resource: ResourceSchema;
  parseInPage?: boolean;
  dispatch: Dispatch<WizardAction>;
}

export function useFileParse({ resource, parseInPage, dispatch }: FileParseInput): (file: File, overrides: ParseOptions) => Promise<void> {
  const current = useRef<AbortController | null>(null);
  useEffect(() => () => current.current?.abort(), []);
  return useCallback(
    async (file, overrides) => {
      current.current?.abort();
      const controller = new AbortController();
      current.current = controller;
      const { signal } = controller;
      dispatch({ type: "parseStarted", file, overrides });
      try {
        const table = await parseFile(file, {
          ...overrides,
          columnName: t("columnN", { n: "#" }),
          signal,
          onProgress: (progress) => {
            if (!signal.aborted) dispatch({ type: "parseProgressed", progress });
          },
          worker: parseInPage ? "never" : "auto",
        });
        if (!signal.aborted) dispatch({ type: "parsed", table, mapping: autoMapColumns(table.columns, resource) });
      } catch (e) {
        if (!signal.aborted) dispatch({ type: "parseFailed", message: t("readFailed", { reason: e instanceof Error ? e.message : String(e) }) });
      }
    },
    [resource, parseInPage, dispatch],
  );
}
