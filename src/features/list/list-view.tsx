// The generic list of one resource, driven by its `ResourceSchema.list` and `features`:
// server-side paging/sort/search/filters kept in the URL, TanStack Table v9 for columns,
// sorting state, column visibility/order/sizing and row selection; rows virtualised above
// VIRTUAL_THRESHOLD. Relation cells resolve labels in one batched request per target per page.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import { useTable } from "@tanstack/react-table";
import type { ColumnDef, ColumnSizingState, RowSelectionState, SortingState, Updater, ColumnVisibilityState } from "@tanstack/react-table";
import type { FilterCondition, Id, Item, SortKey } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { fieldLabel } from "../../protocol/labels.ts";
import { canCreate, canExport } from "../../protocol/permissions.ts";
import { LazyModal } from "../../ui/lazy-popup.tsx";
import { lazyModule, useLazyModule, usePreload } from "../../ui/lazy-module.ts";
import { relationPickerModule } from "../relations/relation-picker-module.ts";
import { useBackend } from "../../data/backend-context.tsx";
import { useSchema } from "../../data/schema-context.tsx";
import { useDeleteRecord } from "../../data/use-delete-record.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { showToast } from "../../ui/toast-store.ts";
import { EMPTY_SELECTION, selectionCount, type ListSelection } from "./list-selection.ts";
import { rangeText } from "./range-text.ts";
import { useListData } from "./use-list-data.ts";
import { rowsFollowSort } from "./sort-check.ts";
import { loadPrefs, savePrefs, type ListPrefs } from "./list-prefs.ts";
import { FilterChips } from "./filter-chips.tsx";
import { ConfirmDeleteDialog, type RowAction } from "./row-actions.tsx";
import { ListTable } from "./list-table.tsx";
import { ColumnsMenu } from "./columns-menu.tsx";
import { SavedViewsMenu } from "./saved-views-menu.tsx";
import { SearchBox } from "./search-box.tsx";
import { Pager } from "./pager.tsx";
import { ACTIONS_COLUMN, SELECT_COLUMN, listFeatures, type ListFeatures } from "./list-columns.ts";
import { useListState } from "./use-list-state.ts";
import { VIRTUAL_THRESHOLD } from "./list-modules.ts";
import "./list.css";

// Toolbar pieces of other features load off the critical path of the first rows.
// The import and export dialogs load after the first screen (their buttons are here at once).
const importDialog = lazyModule(() => import("../import/import-dialog.tsx"));
const exportDialog = lazyModule(() => import("../export/export-dialog.tsx"));
// So does the filter panel (every widget's filter control).
const filterPanel = lazyModule(() => import("./filter-panel.tsx"));
const BulkToolbar = lazy(() => import("../bulk/bulk-toolbar.tsx").then((m) => ({ default: m.BulkToolbar })));

function safeId(backend: ReturnType<typeof useBackend>, resource: ResourceSchema, item: Item): Id | null {
  try {
    const id = backend.idOf(resource, item);
    return id === undefined || id === null || id === "" ? null : id;
  } catch {
    return null;
  }
}

export interface ListViewProps {
  resource: ResourceSchema;
}

export function ListView({ resource }: ListViewProps) {
  const schema = useSchema();
  const backend = useBackend();
  const caps = backend.capabilities();
  const navigate = useNavigate();
  useDocumentTitle(resource.label_plural, schema.title);

  const { columns, sortFields, filterFields, maxPerPage, pageSizes, searchable, noServerFilters, paramsText, setParams, view, update, sentSort, query } =
    useListState(resource, backend);
  const list = useListData(resource, query, maxPerPage, true);
  const data = list.data;

  // ---- removed rows (optimistic delete) and the rows on screen
  const [removed, setRemoved] = useState<ReadonlySet<string>>(() => new Set());
  const rows = useMemo(() => {
    const items = data?.items ?? [];
    if (removed.size === 0) return items;
    return items.filter((it) => {
      const id = safeId(backend, resource, it);
      return id === null || !removed.has(String(id));
    });
  }, [data, removed, backend, resource]);

  // ---- sort actually applied? (backends that may ignore a sort silently)
  const sortApplied =
    !data || data.sortDropped !== true
      ? caps.sortReliable || !data || list.isPlaceholder || rowsFollowSort(data.items, sentSort)
      : false;
  const sentSortKey = JSON.stringify(sentSort);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const effectiveSort: SortKey[] = useMemo(() => (sortApplied ? sentSort : []), [sortApplied, sentSortKey]);

  // ---- preferences (columns, density, saved views)
  const scope = backend.baseUrl;
  const [prefs, setPrefs] = useState<ListPrefs>(() => loadPrefs(scope, resource.name));
  const updatePrefs = useCallback(
    (fn: (p: ListPrefs) => ListPrefs) =>
      setPrefs((p) => {
        const next = fn(p);
        savePrefs(scope, resource.name, next);
        return next;
      }),
    [scope, resource.name],
  );
  const orderedFields = useMemo(() => {
    const known = prefs.order.filter((f) => columns.includes(f));
    return [...known, ...columns.filter((f) => !known.includes(f))];
  }, [prefs.order, columns]);

  // ---- selection
  const [selected, setSelected] = useState<ReadonlyMap<string, { id: Id; item: Item }>>(() => new Map());
  const [allMatching, setAllMatching] = useState(false);
  const scopeKey = JSON.stringify([query.search ?? "", query.filters ?? [], query.sort ?? []]);
  const [selectionScope, setSelectionScope] = useState(scopeKey);
  if (selectionScope !== scopeKey) {
    setSelectionScope(scopeKey);
    setSelected(new Map());
    setAllMatching(false);
  }
  const rowSelection: RowSelectionState = useMemo(() => Object.fromEntries([...selected.keys()].map((k) => [k, true])), [selected]);
  const getRowId = useCallback(
    (item: Item, index: number) => {
      const id = safeId(backend, resource, item);
      return id === null ? `row-${index}` : String(id);
    },
    [backend, resource],
  );
  const onRowSelectionChange = useCallback(
    (updater: Updater<RowSelectionState>) => {
      const next = typeof updater === "function" ? updater(rowSelection) : updater;
      setAllMatching(false);
      setSelected((prev) => {
        const map = new Map<string, { id: Id; item: Item }>();
        for (const [key, on] of Object.entries(next)) {
          if (!on) continue;
          const known = prev.get(key);
          if (known) {
            map.set(key, known);
            continue;
          }
          const item = rows.find((it) => String(safeId(backend, resource, it)) === key);
          const id = item ? safeId(backend, resource, item) : null;
          if (item && id !== null) map.set(key, { id, item });
        }
        return map;
      });
    },
    [rowSelection, rows, backend, resource],
  );
  const clearSelection = useCallback(() => {
    setSelected(new Map());
    setAllMatching(false);
  }, []);
  const total = data?.total ?? 0;
  const selection: ListSelection = allMatching
    ? { kind: "all-matching", query: { ...query, page: 1 }, total }
    : selected.size > 0
      ? { kind: "ids", ids: [...selected.values()].map((s) => s.id), items: [...selected.values()].map((s) => s.item) }
      : EMPTY_SELECTION;

  // ---- TanStack table
  const columnDefs = useMemo<ColumnDef<ListFeatures, Item>[]>(
    () => [
      { id: SELECT_COLUMN, header: "Select", enableSorting: false, enableHiding: false, enableResizing: false, size: 44 },
      ...columns.map(
        (name): ColumnDef<ListFeatures, Item> => ({
          id: name,
          accessorFn: (row: Item) => row[name],
          header: fieldLabel(name, resource.fields[name]),
          enableSorting: sortFields.has(name),
          enableHiding: true,
          minSize: 60,
          maxSize: 800,
        }),
      ),
      { id: ACTIONS_COLUMN, header: "Actions", enableSorting: false, enableHiding: false, enableResizing: false, size: 56 },
    ],
    [columns, resource, sortFields],
  );
  const sorting: SortingState = useMemo(() => view.sort.map((s) => ({ id: s.field, desc: s.desc })), [view.sort]);
  const columnVisibility: ColumnVisibilityState = prefs.visibility;
  const columnOrder = useMemo(() => [SELECT_COLUMN, ...orderedFields, ACTIONS_COLUMN], [orderedFields]);

  const table = useTable({
    features: listFeatures,
    columns: columnDefs,
    data: rows,
    getRowId,
    state: { sorting, columnVisibility, columnOrder, columnSizing: prefs.sizing, rowSelection },
    manualSorting: true,
    enableMultiSort: caps.multiSort,
    isMultiSortEvent: (e: unknown) => caps.multiSort && typeof e === "object" && e !== null && "shiftKey" in e && e.shiftKey === true,
    enableSortingRemoval: true,
    sortDescFirst: false,
    onSortingChange: (u: Updater<SortingState>) => {
      const next = typeof u === "function" ? u(sorting) : u;
      update({ sort: next.map((s) => ({ field: s.id, desc: s.desc })) });
    },
    onColumnVisibilityChange: (u: Updater<ColumnVisibilityState>) =>
      updatePrefs((p) => ({ ...p, visibility: typeof u === "function" ? u(p.visibility) : u })),
    onColumnSizingChange: (u: Updater<ColumnSizingState>) => updatePrefs((p) => ({ ...p, sizing: typeof u === "function" ? u(p.sizing) : u })),
    onRowSelectionChange,
    enableRowSelection: true,
    columnResizeMode: "onChange",
  });

  // ---- announcements for screen readers (sort and page changes)
  const [announcement, setAnnouncement] = useState("");
  const lastAnnounced = useRef({ sort: JSON.stringify(effectiveSort), page: view.page });
  useEffect(() => {
    if (!data || list.isPlaceholder) return;
    const sortText = JSON.stringify(effectiveSort);
    const prev = lastAnnounced.current;
    const pages = Math.max(1, Math.ceil(data.total / view.perPage));
    if (sortText !== prev.sort) {
      const first = effectiveSort[0];
      setAnnouncement(
        first
          ? `Sorted by ${effectiveSort.map((s) => `${fieldLabel(s.field, resource.fields[s.field])}, ${s.desc ? "descending" : "ascending"}`).join("; then ")}`
          : "Sort cleared",
      );
    } else if (view.page !== prev.page) {
      setAnnouncement(`Page ${view.page} of ${pages}`);
    }
    lastAnnounced.current = { sort: sortText, page: view.page };
  }, [data, list.isPlaceholder, effectiveSort, view.page, view.perPage, resource]);

  // ---- deletes (optimistic, rolled back on failure)
  const deleteRecord = useDeleteRecord(resource);
  const [confirming, setConfirming] = useState<{ id: Id; label: string } | null>(null);
  const [dialog, setDialog] = useState<"import" | "export" | null>(null);
  const confirmDelete = () => {
    const target = confirming;
    setConfirming(null);
    if (!target) return;
    const key = String(target.id);
    setRemoved((s) => new Set(s).add(key));
    setSelected((m) => {
      if (!m.has(key)) return m;
      const next = new Map(m);
      next.delete(key);
      return next;
    });
    deleteRecord.mutate(
      { id: target.id },
      {
        onSuccess: () => showToast(`Deleted ${target.label}.`, { tone: "success" }),
        onError: (err) => {
          setRemoved((s) => {
            const next = new Set(s);
            next.delete(key);
            return next;
          });
          showToast(`Could not delete ${target.label}: ${err.message}`, { tone: "error" });
        },
      },
    );
  };
  const rowLabelOf = useCallback(
    (item: Item) => {
      const first = orderedFields[0];
      const v = first ? item[first] : undefined;
      const id = safeId(backend, resource, item);
      return `${resource.label} ${typeof v === "string" || typeof v === "number" ? String(v) : String(id ?? "")}`.trim();
    },
    [orderedFields, backend, resource],
  );
  const onRowAction = useCallback(
    (action: RowAction, item: Item) => {
      const id = safeId(backend, resource, item);
      if (id === null) return;
      const path = encodeURIComponent(String(id));
      if (action === "open") void navigate(path);
      else if (action === "edit") void navigate(`${path}/edit`);
      else if (action === "duplicate") void navigate(`new?duplicate=${path}`);
      else setConfirming({ id, label: rowLabelOf(item) });
    },
    [backend, resource, navigate, rowLabelOf],
  );

  // ---- filters panel
  const [filtersOpen, setFiltersOpen] = useState(view.filters.length > 0);
  const filterPanelModule = useLazyModule(filterPanel, filtersOpen);
  usePreload(filterPanel, relationPickerModule);
  const setFilters = useCallback((filters: FilterCondition[]) => update({ filters }), [update]);

  const headingId = `list-${resource.name}-title`;
  const filtersId = `list-${resource.name}-filters`;
  const lastPage = Math.max(1, Math.ceil(total / view.perPage));
  const count = selectionCount(selection);
  const pageAllSelected = rows.length > 0 && table.getIsAllPageRowsSelected();
  const visibleFields = orderedFields.filter((f) => prefs.visibility[f] !== false);
  const searchTerm = searchable ? view.search.trim() : "";
  const noMatches = data && rows.length === 0 && (view.search.trim() !== "" || view.filters.length > 0);

  return (
    <section aria-labelledby={headingId} className={`list-view density-${prefs.density}`}>
      <div className="page-header">
        <h1 id={headingId}>{resource.label_plural}</h1>
        <div className="list-header-actions">
          {canCreate(resource) && (
            <button type="button" className="btn" aria-haspopup="dialog" onClick={() => setDialog("import")}>
              Import
            </button>
          )}
          {canExport(resource) && (
            <button type="button" className="btn" aria-haspopup="dialog" onClick={() => setDialog("export")}>
              Export
            </button>
          )}
          <LazyModal module={importDialog} open={dialog === "import"} render={(m) => <m.ImportDialog resource={resource} onClose={() => setDialog(null)} />} />
          <LazyModal
            module={exportDialog}
            open={dialog === "export"}
            render={(m) => <m.ExportDialog resource={resource} query={query} selection={selection} visibleColumns={visibleFields} onClose={() => setDialog(null)} />}
          />
          {canCreate(resource) && (
            <Link to="new" className="btn btn-primary">
              Create
            </Link>
          )}
        </div>
      </div>
      {resource.description && <p className="page-description">{resource.description}</p>}

      <div className="list-toolbar" role="toolbar" aria-label={`${resource.label_plural} tools`} aria-orientation="horizontal">
        {searchable && <SearchBox value={view.search} onSearch={(search) => update({ search })} />}
        {(filterFields.length > 0 || noServerFilters) && (
          <button
            type="button"
            className="btn"
            aria-expanded={filtersOpen}
            aria-controls={filtersId}
            onClick={() => setFiltersOpen((o) => !o)}
          >
            Filters{view.filters.length > 0 ? ` (${view.filters.length})` : ""}
          </button>
        )}
        <ColumnsMenu
          resource={resource}
          fields={orderedFields}
          visibility={prefs.visibility}
          density={prefs.density}
          onVisibility={(field, visible) => table.getColumn(field)?.toggleVisibility(visible)}
          onResize={(field, delta) => {
            const col = table.getColumn(field);
            if (!col) return;
            const size = Math.min(800, Math.max(60, col.getSize() + delta));
            table.setColumnSizing((old) => ({ ...old, [field]: size }));
          }}
          onOrder={(order) => updatePrefs((p) => ({ ...p, order }))}
          onDensity={(density) => updatePrefs((p) => ({ ...p, density }))}
          onReset={() => updatePrefs((p) => ({ ...p, visibility: {}, order: [], sizing: {}, density: "comfortable" }))}
        />
        <SavedViewsMenu
          views={prefs.views}
          onSave={(name) => {
            const p = new URLSearchParams(paramsText);
            p.delete("page");
            updatePrefs((prev) => ({
              ...prev,
              views: [...prev.views.filter((v) => v.name !== name), { name, params: p.toString(), visibility: prev.visibility, order: prev.order }],
            }));
            showToast(`Saved view “${name}”.`, { tone: "success" });
          }}
          onApply={(v) => {
            updatePrefs((p) => ({ ...p, visibility: v.visibility, order: v.order }));
            setParams(new URLSearchParams(v.params));
          }}
          onDelete={(name) => updatePrefs((p) => ({ ...p, views: p.views.filter((v) => v.name !== name) }))}
        />
      </div>

      {filtersOpen && filterPanelModule && (filterFields.length > 0 || noServerFilters) && (
        <filterPanelModule.FilterPanel id={filtersId} resource={resource} fields={filterFields} filters={view.filters} supportedOps={caps.filterOps} onChange={setFilters} />
      )}
      <FilterChips
        resource={resource}
        filters={view.filters}
        supportedOps={caps.filterOps}
        onRemove={(f) => update({ filters: view.filters.filter((x) => x !== f) })}
        onClear={() => update({ filters: [] })}
      />
      {!sortApplied && sentSort.length > 0 && (
        <p className="alert list-note" role="status">
          The server did not apply the sort by {sentSort.map((s) => fieldLabel(s.field, resource.fields[s.field])).join(", ")}; rows are in the
          server’s order.
        </p>
      )}

      {count > 0 && (
        <div className="selection-bar" role="region" aria-label="Selection">
          <span className="selection-count" aria-live="polite">
            {new Intl.NumberFormat().format(count)} selected
          </span>
          {selection.kind === "ids" && pageAllSelected && total > rows.length && (
            <button type="button" className="link-button" onClick={() => setAllMatching(true)}>
              Select all {new Intl.NumberFormat().format(total)} matching
            </button>
          )}
          <button type="button" className="link-button" onClick={clearSelection}>
            Clear selection
          </button>
          <Suspense fallback={null}>
            <BulkToolbar
              resource={resource}
              selection={selection}
              onDone={() => {
                clearSelection();
                list.refetch();
              }}
            />
          </Suspense>
        </div>
      )}

      {list.isError && !data ? (
        <div className="error-state" role="alert">
          <p>
            Could not load {resource.label_plural}: {list.error?.message ?? "unknown error"}
          </p>
          <button type="button" className="btn" onClick={() => list.refetch()}>
            Retry
          </button>
        </div>
      ) : (
        <>
          <ListTable
            table={table}
            resource={resource}
            headingId={headingId}
            loading={!data}
            busy={list.isFetching}
            stale={list.isPlaceholder}
            skeletonRows={Math.min(view.perPage, 8)}
            effectiveSort={effectiveSort}
            multiSort={caps.multiSort}
            searchTerm={searchTerm}
            searchFields={resource.list.search_fields.length > 0 ? resource.list.search_fields : visibleFields}
            virtual={rows.length > VIRTUAL_THRESHOLD}
            idOf={(item) => safeId(backend, resource, item)}
            rowLabelOf={rowLabelOf}
            onRowAction={onRowAction}
          />
          {data && rows.length === 0 && !list.isError && (
            <div className="empty-state">
              {noMatches ? (
                <>
                  <p>No {resource.label_plural.toLowerCase()} match the current search and filters.</p>
                  <button type="button" className="btn" onClick={() => update({ search: "", filters: [] })}>
                    Clear search and filters
                  </button>
                </>
              ) : (
                <>
                  <p>No {resource.label_plural.toLowerCase()} yet.</p>
                  {canCreate(resource) && (
                    <Link to="new" className="btn btn-primary">
                      Create the first {resource.label.toLowerCase()}
                    </Link>
                  )}
                </>
              )}
            </div>
          )}
          {!data && (
            <p role="status" className="visually-hidden">
              Loading {resource.label_plural}…
            </p>
          )}
          {list.isError && data && (
            <p className="alert" role="alert">
              Could not refresh the list.{" "}
              <button type="button" className="btn" onClick={() => list.refetch()}>
                Retry
              </button>
            </p>
          )}
          <Pager
            range={data ? rangeText(data.page, view.perPage, total, data.items.length) : ""}
            page={view.page}
            lastPage={lastPage}
            perPage={view.perPage}
            pageSizes={pageSizes}
            disabled={!data}
            onPage={(page) => update({ page })}
            onPerPage={(perPage) => update({ perPage })}
          />
        </>
      )}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <ConfirmDeleteDialog open={confirming !== null} what={confirming?.label ?? ""} onConfirm={confirmDelete} onCancel={() => setConfirming(null)} />
    </section>
  );
}
