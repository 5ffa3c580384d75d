// One row of the list's table: its checkbox, its cells (the first data cell links to the record)
// and its actions menu. Memoised: a sort, page or search press first shows the old rows as stale
// while the new ones load, and that render skips the rows; cells get relation labels as props.
import { memo, type MouseEvent, type ReactNode } from "react";
import type { Row } from "@tanstack/react-table";
import type { Id, Item } from "../../backend/types.ts";
import type { FieldSchema, ResourceSchema } from "../../protocol/types.ts";
import { fieldLabel } from "../../protocol/labels.ts";
import type { PageRelationLabels } from "../../data/use-relation-labels.ts";
import type { WidgetRegistry } from "../../widgets/types.ts";
import { CellValue } from "./cell-value.tsx";
import { formatCell } from "../shared/format-cell.ts";
import { ACTIONS_COLUMN, SELECT_COLUMN, type ListFeatures } from "./list-columns.ts";
import { RowActionsMenu } from "./row-actions.tsx";
import { RowCheckbox } from "./row-checkbox.tsx";
import type { RowActionsControl } from "./types.ts";
import type { RowFocus } from "./use-row-focus.ts";
import { t } from "./messages.ts";

/** Widgets whose display is a link or media of its own: in the first column, the row link shows their text. */
const LINK_WIDGETS = new Set(["email", "url", "file", "image"]);

/** What every row of a page shares: kept the same object while none of it changes (a new one re-renders every row). */
export interface RowsContext {
  resource: ResourceSchema;
  widgets: WidgetRegistry;
  /** The first visible data column (its cell links to the record). */
  firstData: string | undefined;
  highlight: { term: string; fields: string[] };
  relationLabels: PageRelationLabels;
  rowActions: RowActionsControl;
  focus: Pick<RowFocus, "setActive" | "onRowKey">;
  virtual: boolean;
  /** The list's own path (with the app's base): a record's link is this plus its id. */
  listHref: string;
}

/** A click the app follows itself: the main button, no modifier (those open a tab or window). */
const isPlainClick = (e: MouseEvent) => !e.defaultPrevented && e.button === 0 && !e.metaKey && !e.altKey && !e.ctrlKey && !e.shiftKey;

/** The cell's class for its widget's alignment. */
const alignClass = (widgets: WidgetRegistry, field: FieldSchema | undefined): string | undefined => {
  const align = field ? widgets.widgetFor(field).align : "start";
  return align === "end" ? "num" : align === "center" ? "center" : undefined;
};

function dataCell(ctx: RowsContext, colId: string, item: Item, id: Id | null, tab: number): ReactNode {
  const field = ctx.resource.fields[colId];
  if (!field) return null;
  const highlight = ctx.highlight.fields.includes(colId) ? ctx.highlight.term : undefined;
  const labels = field.relation ? { labels: ctx.relationLabels.labelsOf(colId), labelsPending: ctx.relationLabels.isPending(colId) } : {};
  const value = <CellValue name={colId} field={field} value={item[colId]} highlight={highlight} {...labels} />;
  if (colId !== ctx.firstData || id === null) return value;
  const plain = LINK_WIDGETS.has(ctx.widgets.widgetFor(field).id) || field.relation !== undefined;
  const text = formatCell(item[colId], field);
  return (
    // a plain link, not the router's <Link>: that one re-renders on every change of the URL
    <a
      href={`${ctx.listHref}/${encodeURIComponent(String(id))}`}
      className="row-link"
      tabIndex={tab}
      onClick={(e) => {
        if (!isPlainClick(e)) return;
        e.preventDefault();
        ctx.rowActions.run("open", item);
      }}
    >
      {plain || text.empty ? (text.empty ? `(${String(id)})` : text.text) : value}
    </a>
  );
}

export interface ListRowProps {
  ctx: RowsContext;
  row: Row<ListFeatures, Item>;
  index: number;
  /** The visible columns in order, the select and actions columns included. */
  columns: readonly string[];
  selected: boolean;
  /** The row with the roving focus (the table's one tab stop). */
  active: boolean;
  measure?: ((el: Element | null) => void) | undefined;
}

export const ListRow = memo(function ListRow({ ctx, row, index, columns, selected, active, measure }: ListRowProps) {
  const item = row.original;
  const id = ctx.rowActions.idOf(item);
  const tab = active ? 0 : -1;
  return (
    <tr
      data-row={index}
      data-index={index}
      aria-rowindex={ctx.virtual ? index + 2 : undefined}
      ref={measure}
      tabIndex={tab}
      className={selected ? "row-selected" : undefined}
      onKeyDown={(e) => ctx.focus.onRowKey(e, index, { open: () => ctx.rowActions.run("open", item), toggle: () => row.toggleSelected() })}
      onFocus={() => ctx.focus.setActive(index)}
    >
      {columns.map((colId) => {
        if (colId === SELECT_COLUMN) {
          return (
            <td key={colId} className="col-select">
              <RowCheckbox label={t("selectRow")} checked={selected} onChange={row.getToggleSelectedHandler()} tabIndex={tab} />
            </td>
          );
        }
        if (colId === ACTIONS_COLUMN) {
          return (
            <td key={colId} className="col-actions">
              <RowActionsMenu resource={ctx.resource} rowLabel={ctx.rowActions.labelOf(item)} onAction={(a) => ctx.rowActions.run(a, item)} tabbable={active} />
            </td>
          );
        }
        const field = ctx.resource.fields[colId];
        return (
          <td key={colId} data-label={fieldLabel(colId, field)} className={alignClass(ctx.widgets, field)}>
            {dataCell(ctx, colId, item, id, tab)}
          </td>
        );
      })}
    </tr>
  );
});
