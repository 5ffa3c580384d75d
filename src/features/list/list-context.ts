// Carries the list controller's result to the list's view components (as ra-core's ListContext):
// each reads what it needs instead of the view passing it down.
import { createContext, useContext } from "react";
import type { ListController } from "./types.ts";

export const ListContext = createContext<ListController | null>(null);

export function useListContext(): ListController {
  const list = useContext(ListContext);
  if (!list) throw new Error("no ListContext");
  return list;
}
