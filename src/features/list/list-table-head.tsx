// The table's header row: Select all, one header per field column (a sort button with `aria-sort`
// where sortable, and a resize handle) and the actions column.
import type { Ref } from "react";
import type { Header } from "@tanstack/react-table";
import type { Item, SortKey } from "../../backend/types.ts";
import { fieldLabel } from "../../protocol/labels.ts";
import { useWidgetRegistry } from "../../widgets/widget-registry-context.tsx";
import { ACTIONS_COLUMN, SELECT_COLUMN, type ListFeatures } from "./list-columns.ts";
import { useListContext } from "./list-context.ts";
import { RowCheckbox } from "./row-checkbox.tsx";
import { t } from "./messages.ts";

/** `aria-sort` of a sortable column: only the primary sort key's column says its direction. */
export function ariaSortOf(field: string, sort: readonly SortKey[]): "ascending" | "descending" | "none" {
  const primary = sort[0];
  if (!primary || primary.field !== field) return "none";
  return primary.desc ? "descending" : "ascending";
}

function FieldHeader({ header }: { header: Header<ListFeatures, Item> }) {
  const { resource, table, sort: sortState } = useListContext();
  const widgets = useWidgetRegistry();
  const sort = sortState.effective;
  const col = header.column;
  const field = resource.fields[col.id];
  const label = fieldLabel(col.id, field);
  const sortIndex = sort.findIndex((s) => s.field === col.id);
  const sortKey = sort[sortIndex];
  const width = table.options.state?.columnSizing?.[col.id] !== undefined ? header.getSize() : undefined;
  return (
    <th
      scope="col"
      aria-sort={col.getCanSort() ? ariaSortOf(col.id, sort) : undefined}
      style={width !== undefined ? { width, minWidth: width, maxWidth: width } : undefined}
      className={field && widgets.widgetFor(field).align === "end" ? "num" : undefined}
    >
      {col.getCanSort() ? (
        <button type="button" className="th-sort" onClick={col.getToggleSortingHandler()} title={sortState.multi ? t("multiSortHint") : undefined}>
          {label}
          <span className="sort-mark" aria-hidden="true">
            {sortKey ? (sortKey.desc ? "▼" : "▲") : "↕"}
            {sortKey && sort.length > 1 ? <sup>{sortIndex + 1}</sup> : null}
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
}

export function ListTableHead({ theadRef }: { theadRef: Ref<HTMLTableSectionElement> }) {
  const { table, selection } = useListContext();
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  return (
    <thead ref={theadRef}>
      <tr>
        {headers.map((header) => {
          if (header.column.id === SELECT_COLUMN) {
            return (
              <th key={header.id} scope="col" className="col-select">
                <RowCheckbox
                  label={t("selectAll")}
                  checked={selection.pageAll}
                  indeterminate={table.getIsSomePageRowsSelected()}
                  onChange={table.getToggleAllPageRowsSelectedHandler()}
                />
              </th>
            );
          }
          if (header.column.id === ACTIONS_COLUMN) {
            return (
              <th key={header.id} scope="col" className="col-actions">
                <span className="visually-hidden">{t("actions")}</span>
              </th>
            );
          }
          return <FieldHeader key={header.id} header={header} />;
        })}
      </tr>
    </thead>
  );
}
