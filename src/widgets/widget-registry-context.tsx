import { createContext, useContext, type ReactNode } from "react";
import type { WidgetRegistry } from "./types.ts";
import { createWidgetRegistry } from "./create-widget-registry.ts";

// Without a provider (component tests), the built-in widgets without overrides.
const WidgetRegistryContext = createContext<WidgetRegistry>(createWidgetRegistry());

/** Gives the screens below the app's widget registry (built once, at app creation). */
export function WidgetRegistryProvider({ registry, children }: { registry: WidgetRegistry; children: ReactNode }) {
  return <WidgetRegistryContext.Provider value={registry}>{children}</WidgetRegistryContext.Provider>;
}

/** The app's widget registry. */
export function useWidgetRegistry(): WidgetRegistry {
  return useContext(WidgetRegistryContext);
}
