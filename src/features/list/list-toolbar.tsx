// The list's toolbar: search, the Filters toggle, Columns and saved Views.
import { useListContext } from "./list-context.ts";
import { listDomIds } from "./list-dom-ids.ts";
import { ColumnsMenu } from "./columns-menu.tsx";
import { SavedViewsMenu } from "./saved-views-menu.tsx";
import { SearchBox } from "./search-box.tsx";
import { t } from "./messages.ts";

export function ListToolbar() {
  const { resource, settings, view, update, filters } = useListContext();
  return (
    <div className="list-toolbar" role="toolbar" aria-label={t("tools", { labelPlural: resource.label_plural })} aria-orientation="horizontal">
      {settings.searchable && <SearchBox value={view.search} onSearch={(search) => update({ search })} />}
      {filters.offered && (
        <button type="button" className="btn" aria-expanded={filters.open} aria-controls={listDomIds(resource.name).filters} onClick={filters.toggle}>
          {filters.active.length > 0 ? t("filtersCount", { count: filters.active.length }) : t("filters")}
        </button>
      )}
      <ColumnsMenu />
      <SavedViewsMenu />
    </div>
  );
}
