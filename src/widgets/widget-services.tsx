import { createContext, useContext, type ReactNode } from "react";
import type { FieldSchema } from "../protocol/types.ts";

/** What widgets may need from the app beyond their props (all optional). */
export interface WidgetServices {
  /**
   * Upload a file and resolve to the URL (or text) to store. Absent = no upload endpoint: file
   * and image fields are edited as a URL / text (craft-easy.md §3.2 client rule).
   */
  uploadFile?: (file: File, ctx: { name: string; field: FieldSchema; signal?: AbortSignal }) => Promise<string>;
}

const WidgetServicesContext = createContext<WidgetServices>({});

export function WidgetServicesProvider({ value, children }: { value: WidgetServices; children: ReactNode }) {
  return <WidgetServicesContext.Provider value={value}>{children}</WidgetServicesContext.Provider>;
}

export function useWidgetServices(): WidgetServices {
  return useContext(WidgetServicesContext);
}
