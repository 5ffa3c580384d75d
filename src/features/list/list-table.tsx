// The list's real <table>: sortable headers (buttons; `aria-sort` on the th), resizable
// columns, row checkboxes, a roving row focus (arrows move, Enter opens, Space selects) and,
// above the threshold, virtualised rows (spacer rows keep it a real table).
import { useCallback, useEffect, useRef, useState } from "react";
import type { KeyboardEvent as ReactKeyboardEvent } from "react";
import { Link } from "react-router";
import type { ReactTable, Row } from "@tanstack/react-table";
import type { Id, Item, SortKey } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { fieldLabel } from "../../protocol/labels.ts";
import { widgetFor } from "../../widgets/registry.ts";
import { ACTIONS_COLUMN, SELECT_COLUMN, type ListFeatures } from "./list-columns.ts";
import { CellValue } from "./cell-value.tsx";
import { relationIds } from "../../widgets/relation/relation-ids.ts";
import { usePageRelationLabels } from "../../data/use-relation-labels.ts";
import { RowActionsMenu, rowActionsPopup, type RowAction } from "./row-actions.tsx";
import { useLazyModule, usePreload } from "../../ui/lazy-module.ts";
import { VIRTUAL_THRESHOLD, virtualRowsModule } from "./list-modules.ts";
import { formatCell } from "./format-cell.ts";

export interface ListTableProps {
  table: ReactTable<ListFeatures, Item>;
  resource: ResourceSchema;
  headingId: string;
  loading: boolean;
  busy: boolean;
  stale: boolean;
  skeletonRows: number;
  effectiveSort: SortKey[];
  multiSort: boolean;
  searchTerm: string;
  searchFields: string[];
  virtual: boolean;
  idOf(item: Item): Id | null;
  rowLabelOf(item: Item): string;
  onRowAction(action: RowAction, item: Item): void;
}

const LINK_WIDGETS = new Set(["email", "url", "file", "image"]);
const ROW_ESTIMATE = 41;

function Checkbox({
  label,
  checked,
  indeterminate = false,
  onChange,
  tabIndex,
}: {
  label: string;
  checked: boolean;
  indeterminate?: boolean;
  onChange(e: unknown): void;
  tabIndex?: number;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return <input ref={ref} type="checkbox" className="row-check" aria-label={label} checked={checked} onChange={onChange} tabIndex={tabIndex} />;
}

export function ListTable(props: ListTableProps) {
  const { table, resource, headingId, loading, busy, stale, effectiveSort, multiSort, searchTerm, searchFields, virtual } = props;
  const wrapRef = useRef<HTMLDivElement>(null);
  const theadRef = useRef<HTMLTableSectionElement>(null);
  const tbodyRef = useRef<HTMLTableSectionElement>(null);
  const rows = table.getRowModel().rows;
  const [active, setActive] = useState(0);
  usePreload(rowActionsPopup, virtualRowsModule);
  const activeIndex = Math.min(active, Math.max(rows.length - 1, 0));
  // the virtualiser's code loads with the first large page (or when the page is idle)
  const virtualRows = useLazyModule(virtualRowsModule, virtual);
  const scrollTo = useRef<((index: number) => void) | null>(null);

  const focusRow = useCallback(
    (i: number) => {
      const index = Math.max(0, Math.min(rows.length - 1, i));
      setActive(index);
      scrollTo.current?.(index);
      const focus = () => tbodyRef.current?.querySelector<HTMLElement>(`tr[data-row="${index}"]`)?.focus();
      if (virtual) requestAnimationFrame(() => requestAnimationFrame(focus));
      else focus();
    },
    [rows.length, virtual],
  );

  const onRowKey = (e: ReactKeyboardEvent<HTMLTableRowElement>, index: number, row: Row<ListFeatures, Item>) => {
    const onRow = e.target === e.currentTarget;
    const tag = (e.target as HTMLElement).tagName;
    const inField = tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA";
    if (e.key === "ArrowDown" && !inField) {
      e.preventDefault();
      focusRow(index + 1);
    } else if (e.key === "ArrowUp" && !inField) {
      e.preventDefault();
      focusRow(index - 1);
    } else if (e.key === "Home" && onRow) {
      e.preventDefault();
      focusRow(0);
    } else if (e.key === "End" && onRow) {
      e.preventDefault();
      focusRow(rows.length - 1);
    } else if (e.key === "Enter" && onRow) {
      e.preventDefault();
      props.onRowAction("open", row.original);
    } else if (e.key === " " && onRow) {
      e.preventDefault();
      row.toggleSelected();
    }
  };

  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const visibleColumns = table.getVisibleLeafColumns();
  const dataColumnIds = visibleColumns.map((c) => c.id).filter((id) => id !== SELECT_COLUMN && id !== ACTIONS_COLUMN);
  const relationFields = dataColumnIds.filter((id) => resource.fields[id]?.relation);
  // every relation column's labels for the page in one go (cells get them as props)
  const relationLabels = usePageRelationLabels(
    resource,
    loading ? [] : relationFields.map((f) => ({ field: f, ids: rows.flatMap((r) => relationIds(r.original[f])) })),
  );
  const sized = table.state.columnSizing;
  const primary = effectiveSort[0];

  const renderRow = (row: Row<ListFeatures, Item>, index: number, measure?: (el: Element | null) => void) => {
    const item = row.original;
    const id = props.idOf(item);
    const isActive = index === activeIndex;
    const tab = isActive ? 0 : -1;
    const firstData = dataColumnIds[0];
    return (
      <tr
        key={row.id}
        data-row={index}
        data-index={index}
        aria-rowindex={virtual ? index + 2 : undefined}
        ref={measure}
        tabIndex={tab}
        className={row.getIsSelected() ? "row-selected" : undefined}
        onKeyDown={(e) => onRowKey(e, index, row)}
        onFocus={() => setActive(index)}
      >
        {row.getVisibleCells().map((cell) => {
          const colId = cell.column.id;
          if (colId === SELECT_COLUMN) {
            return (
              <td key={cell.id} className="col-select">
                <Checkbox label="Select row" checked={row.getIsSelected()} onChange={row.getToggleSelectedHandler()} tabIndex={tab} />
              </td>
            );
          }
          if (colId === ACTIONS_COLUMN) {
            return (
              <td key={cell.id} className="col-actions">
                <RowActionsMenu resource={resource} rowLabel={props.rowLabelOf(item)} onAction={(a) => props.onRowAction(a, item)} tabbable={isActive} />
              </td>
            );
          }
          const field = resource.fields[colId];
          const label = fieldLabel(colId, field);
          const align = field ? widgetFor(field).align : "start";
          const highlight = searchFields.includes(colId) ? searchTerm : undefined;
          let content = field ? (
            <CellValue
              name={colId}
              field={field}
              value={item[colId]}
              highlight={highlight}
              {...(field.relation ? { labels: relationLabels.labelsOf(colId), labelsPending: relationLabels.isPending(colId) } : {})}
            />
          ) : null;
          if (colId === firstData && id !== null && field) {
            const plain = LINK_WIDGETS.has(widgetFor(field).id) || field.relation !== undefined;
            const text = formatCell(item[colId], field);
            content = (
              <Link to={encodeURIComponent(String(id))} className="row-link" tabIndex={tab}>
                {plain || text.empty ? (text.empty ? `(${String(id)})` : text.text) : content}
              </Link>
            );
          }
          return (
            <td key={cell.id} data-label={label} className={align === "end" ? "num" : align === "center" ? "center" : undefined}>
              {content}
            </td>
          );
        })}
      </tr>
    );
  };

  let body;
  if (loading) {
    body = Array.from({ length: props.skeletonRows }, (_, i) => (
      <tr key={`skeleton-${i}`} aria-hidden="true" className="skeleton-row">
        {visibleColumns.map((c) => (
          <td key={c.id}>
            <span className="skeleton-bar" style={{ width: `${50 + ((i * 7 + c.id.length * 13) % 45)}%` }} />
          </td>
        ))}
      </tr>
    ));
  } else if (virtual && virtualRows) {
    body = (
      <virtualRows.VirtualRows
        count={rows.length}
        keyOf={(i) => rows[i]?.id ?? i}
        scrollElement={wrapRef}
        scrollMargin={theadRef.current?.offsetHeight ?? ROW_ESTIMATE}
        estimate={ROW_ESTIMATE}
        colSpan={visibleColumns.length}
        renderRow={(i, measure) => {
          const row = rows[i];
          return row ? renderRow(row, i, measure) : null;
        }}
        scrollTo={scrollTo}
      />
    );
  } else if (virtual) {
    // the virtualiser's code is still on its way: the first rows meanwhile
    body = rows.slice(0, VIRTUAL_THRESHOLD).map((row, i) => renderRow(row, i));
  } else {
    body = rows.map((row, i) => renderRow(row, i));
  }

  return (
    <div ref={wrapRef} className={virtual ? "table-wrap list-table-wrap is-virtual" : "table-wrap list-table-wrap"} data-stale={stale || undefined}>
      <table className="data-table list-table" aria-labelledby={headingId} aria-busy={busy} aria-rowcount={virtual ? rows.length + 1 : undefined}>
        <thead ref={theadRef}>
          <tr>
            {headers.map((header) => {
              const col = header.column;
              if (col.id === SELECT_COLUMN) {
                return (
                  <th key={header.id} scope="col" className="col-select">
                    <Checkbox
                      label="Select all"
                      checked={rows.length > 0 && table.getIsAllPageRowsSelected()}
                      indeterminate={table.getIsSomePageRowsSelected()}
                      onChange={table.getToggleAllPageRowsSelectedHandler()}
                    />
                  </th>
                );
              }
              if (col.id === ACTIONS_COLUMN) {
                return (
                  <th key={header.id} scope="col" className="col-actions">
                    <span className="visually-hidden">Actions</span>
                  </th>
                );
              }
              const label = fieldLabel(col.id, resource.fields[col.id]);
              const sortIndex = effectiveSort.findIndex((s) => s.field === col.id);
              const sortKey = effectiveSort[sortIndex];
              const ariaSort = !col.getCanSort()
                ? undefined
                : sortKey && primary?.field === col.id
                  ? sortKey.desc
                    ? "descending"
                    : "ascending"
                  : "none";
              const width = sized[col.id] !== undefined ? header.getSize() : undefined;
              const align = resource.fields[col.id] ? widgetFor(resource.fields[col.id]!).align : "start";
              return (
                <th
                  key={header.id}
                  scope="col"
                  aria-sort={ariaSort}
                  style={width !== undefined ? { width, minWidth: width, maxWidth: width } : undefined}
                  className={align === "end" ? "num" : undefined}
                >
                  {col.getCanSort() ? (
                    <button
                      type="button"
                      className="th-sort"
                      onClick={header.column.getToggleSortingHandler()}
                      title={multiSort ? "Shift-click to sort by several columns" : undefined}
                    >
                      {label}
                      <span className="sort-mark" aria-hidden="true">
                        {sortKey ? (sortKey.desc ? "▼" : "▲") : "↕"}
                        {sortKey && effectiveSort.length > 1 ? <sup>{sortIndex + 1}</sup> : null}
                      </span>
                    </button>
                  ) : (
                    label
                  )}
                  {col.getCanResize() && (
                    <div
                      aria-hidden="true"
                      className={col.getIsResizing() ? "col-resizer is-resizing" : "col-resizer"}
                      onMouseDown={header.getResizeHandler()}
                      onTouchStart={header.getResizeHandler()}
                      onDoubleClick={() => col.resetSize()}
                    />
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody ref={tbodyRef}>{body}</tbody>
      </table>
    </div>
  );
}
