// The list's toolbar: search, the Filters toggle, Columns and saved Views.
import { useListContext } from "./list-context.ts";
import { listDomIds } from "./list-dom-ids.ts";
import { ColumnsMenu } from "./columns-menu.tsx";
import { SavedViewsMenu } from "./saved-views-menu.tsx";
import { SearchBox } from "./search-box.tsx";

export function ListToolbar() {
  const { resource, settings, view, update, filters } = useListContext();
  return (
    <div className="list-toolbar" role="toolbar" aria-label={`${resource.label_plural} tools`} aria-orientation="horizontal">
      {settings.searchable && <SearchBox value={view.search} onSearch={(search) => update({ search })} />}
      {filters.offered && (
        <button type="button" className="btn" aria-expanded={filters.open} aria-controls={listDomIds(resource.name).filters} onClick={filters.toggle}>
          Filters{filters.active.length > 0 ? ` (${filters.active.length})` : ""}
        </button>
      )}
      <ColumnsMenu />
      <SavedViewsMenu />
    </div>
  );
}
