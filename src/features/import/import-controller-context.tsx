// Carries the import controller's result to the wizard's step views ("pull, don't push").
import { createContext, useContext } from "react";
import type { ImportController } from "./types.ts";

export const ImportControllerContext = createContext<ImportController | null>(null);

export function useImportContext(): ImportController {
  const controller = useContext(ImportControllerContext);
  if (!controller) throw new Error("useImportContext() outside an ImportControllerContext (render inside <ImportWizard>)");
  return controller;
}
