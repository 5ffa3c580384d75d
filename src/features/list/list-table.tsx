// The list's real <table>: the header row (list-table-head.tsx), then skeleton rows while the
// first page loads, the page's rows, or above the threshold its virtualised rows (spacer rows keep
// it a real table). Relation labels for the whole page come from one hook here, not one per cell.
import { useMemo, useRef } from "react";
import { useHref } from "react-router";
import type { Column } from "@tanstack/react-table";
import type { Item } from "../../backend/types.ts";
import { usePageRelationLabels } from "../../data/use-relation-labels.ts";
import { useLazyModule, usePreload } from "../../ui/lazy-module.ts";
import { relationIds } from "../../widgets/relation/relation-ids.ts";
import { ACTIONS_COLUMN, SELECT_COLUMN, type ListFeatures } from "./list-columns.ts";
import { useListContext } from "./list-context.ts";
import { listDomIds } from "./list-dom-ids.ts";
import { VIRTUAL_THRESHOLD, virtualRowsModule } from "./list-modules.ts";
import { ListRow, type RowsContext } from "./list-row.tsx";
import { ListTableHead } from "./list-table-head.tsx";
import { useRowFocus } from "./use-row-focus.ts";
import { useWidgetRegistry } from "../../widgets/widget-registry-context.tsx";

const ROW_ESTIMATE = 41;

/** A placeholder bar's width: varied by row and column, the same on every render. */
const skeletonWidth = (row: number, columnId: string): string => `${50 + ((row * 7 + columnId.length * 13) % 45)}%`;

function SkeletonRows({ count, columns }: { count: number; columns: Column<ListFeatures, Item>[] }) {
  return Array.from({ length: count }, (_, i) => (
    <tr key={`skeleton-${i}`} aria-hidden="true" className="skeleton-row">
      {columns.map((c) => (
        <td key={c.id}>
          <span className="skeleton-bar" style={{ width: skeletonWidth(i, c.id) }} />
        </td>
      ))}
    </tr>
  ));
}

export function ListTable() {
  const { table, resource, page, view, isFetching, isPlaceholder, highlight, rowActions } = useListContext();
  const loading = !page;
  const wrapRef = useRef<HTMLDivElement>(null);
  const theadRef = useRef<HTMLTableSectionElement>(null);
  const tbodyRef = useRef<HTMLTableSectionElement>(null);
  const rows = table.getRowModel().rows;
  const virtual = rows.length > VIRTUAL_THRESHOLD;
  usePreload(virtualRowsModule);
  // the virtualiser's code loads with the first large page (or when the page is idle)
  const virtualRows = useLazyModule(virtualRowsModule, virtual);
  const focus = useRowFocus({ count: rows.length, tbodyRef, virtual });

  const visibleColumns = table.getVisibleLeafColumns();
  const columnsKey = visibleColumns.map((c) => c.id).join("\u0000");
  const columnIds = useMemo(() => columnsKey.split("\u0000"), [columnsKey]);
  const dataColumnIds = columnIds.filter((id) => id !== SELECT_COLUMN && id !== ACTIONS_COLUMN);
  // every relation column's labels for the page in one go (cells get them as props)
  const relationLabels = usePageRelationLabels(
    resource,
    loading ? [] : dataColumnIds.filter((id) => resource.fields[id]?.relation).map((f) => ({ field: f, ids: rows.flatMap((r) => relationIds(r.original[f])) })),
  );
  const widgets = useWidgetRegistry();
  const firstData = dataColumnIds[0];
  const { setActive, onRowKey } = focus;
  const listHref = useHref(".").replace(/\/$/, "");
  const ctx: RowsContext = useMemo(
    () => ({ resource, widgets, firstData, highlight, relationLabels, rowActions, focus: { setActive, onRowKey }, virtual, listHref }),
    [resource, widgets, firstData, highlight, relationLabels, rowActions, setActive, onRowKey, virtual, listHref],
  );
  const renderRow = (row: (typeof rows)[number], i: number, measure?: (el: Element | null) => void) => (
    <ListRow key={row.id} ctx={ctx} row={row} index={i} columns={columnIds} selected={row.getIsSelected()} active={i === focus.activeIndex} measure={measure} />
  );

  let body;
  if (loading) {
    body = <SkeletonRows count={Math.min(view.perPage, 8)} columns={visibleColumns} />;
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
        scrollTo={focus.scrollTo}
      />
    );
  } else {
    // while the virtualiser's code is on its way, the first rows
    body = (virtual ? rows.slice(0, VIRTUAL_THRESHOLD) : rows).map((row, i) => renderRow(row, i));
  }

  return (
    <div ref={wrapRef} className={virtual ? "table-wrap list-table-wrap is-virtual" : "table-wrap list-table-wrap"} data-stale={isPlaceholder || undefined}>
      <table className="data-table list-table" aria-labelledby={listDomIds(resource.name).heading} aria-busy={isFetching} aria-rowcount={virtual ? rows.length + 1 : undefined}>
        <ListTableHead theadRef={theadRef} />
        <tbody ref={tbodyRef}>{body}</tbody>
      </table>
    </div>
  );
}
