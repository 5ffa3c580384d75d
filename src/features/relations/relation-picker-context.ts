// Carries the relation picker's controller to its view parts.
import { createContext, useContext } from "react";
import type { RelationPickerController } from "./types.ts";

export const RelationPickerContext = createContext<RelationPickerController | null>(null);

export function useRelationPickerContext(): RelationPickerController {
  const controller = useContext(RelationPickerContext);
  if (!controller) throw new Error("useRelationPickerContext() must be used inside <RelationPickerContext>");
  return controller;
}
