// The built-in demo's controls for the views (null for a configured API).
import { createContext, useContext } from "react";
import type { DemoControl } from "./demo-backend.ts";

export const DemoContext = createContext<DemoControl | null>(null);

export function useDemo(): DemoControl | null {
  return useContext(DemoContext);
}
