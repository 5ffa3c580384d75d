// The Filters panel (its code, with every widget's filter control, loads when it first opens or
// once the page is idle) and the chips of the filters in force. The relation picker (its combobox
// with TanStack Virtual) is not preloaded: a relation filter loads it when the panel shows
// one, with the plain id filter standing in meanwhile.
import { lazyModule, useLazyModule, usePreload } from "../../ui/lazy-module.ts";
import { useListContext } from "./list-context.ts";
import { listDomIds } from "./list-dom-ids.ts";
import { FilterChips } from "./filter-chips.tsx";

const filterPanel = lazyModule(() => import("./filter-panel.tsx"));

export function ListFilters() {
  const { resource, filters } = useListContext();
  const panel = useLazyModule(filterPanel, filters.open);
  usePreload(filterPanel);
  return (
    <>
      {filters.open && panel && filters.offered && (
        <panel.FilterPanel
          id={listDomIds(resource.name).filters}
          resource={resource}
          fields={filters.fields}
          filters={filters.active}
          supportedOps={filters.supportedOps}
          onChange={filters.set}
        />
      )}
      <FilterChips resource={resource} filters={filters.active} supportedOps={filters.supportedOps} onRemove={filters.remove} onClear={filters.clear} />
    </>
  );
}
