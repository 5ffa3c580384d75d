// The list's filters: those in the URL, the panel's open state, and the changes the panel and the
// chips make (each resets to page 1).
import { useCallback, useState } from "react";
import type { FilterCondition, FilterOp } from "../../backend/types.ts";
import type { FiltersControl, ListUrlState } from "./types.ts";

export function useListFilters({ settings, view, update }: Pick<ListUrlState, "settings" | "view" | "update">, supportedOps: FilterOp[]): FiltersControl {
  const [open, setOpen] = useState(view.filters.length > 0);
  const set = useCallback((filters: FilterCondition[]) => update({ filters }), [update]);
  return {
    open,
    toggle: () => setOpen((o) => !o),
    offered: settings.filterFields.length > 0 || settings.noServerFilters,
    fields: settings.filterFields,
    supportedOps,
    active: view.filters,
    set,
    remove: (filter) => update({ filters: view.filters.filter((f) => f !== filter) }),
    clear: () => update({ filters: [] }),
  };
}
