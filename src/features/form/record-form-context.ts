// Carries the record form's controller to its view parts ("pull, don't push", as in ra-core).
import { createContext, useContext } from "react";
import type { RecordFormController } from "./types.ts";

export const RecordFormContext = createContext<RecordFormController | null>(null);

export function useRecordFormContext(): RecordFormController {
  const controller = useContext(RecordFormContext);
  if (!controller) throw new Error("useRecordFormContext() must be used inside <RecordFormContext>");
  return controller;
}
