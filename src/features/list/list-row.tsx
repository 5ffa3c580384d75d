// One row of the list's table: its checkbox, its cells (the first data cell links to the record)
// and its actions menu. A render function, not a component: a page renders its rows as the table
// renders, with no extra component (or subscription) per row; cells get relation labels as props.
import type { ReactNode } from "react";
import { Link } from "react-router";
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

/** What every row of a page shares. */
export interface RowsContext {
  resource: ResourceSchema;
  widgets: WidgetRegistry;
  /** The first visible data column (its cell links to the record). */
  firstData: string | undefined;
  highlight: { term: string; fields: string[] };
  relationLabels: PageRelationLabels;
  rowActions: RowActionsControl;
  focus: RowFocus;
  virtual: boolean;
}

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
    <Link to={encodeURIComponent(String(id))} className="row-link" tabIndex={tab}>
      {plain || text.empty ? (text.empty ? `(${String(id)})` : text.text) : value}
    </Link>
  );
}

export function renderListRow(ctx: RowsContext, row: Row<ListFeatures, Item>, index: number, measure?: (el: Element | null) => void) {
  const item = row.original;
  const id = ctx.rowActions.idOf(item);
  const isActive = index === ctx.focus.activeIndex;
  const tab = isActive ? 0 : -1;
  return (
    <tr
      key={row.id}
      data-row={index}
      data-index={index}
      aria-rowindex={ctx.virtual ? index + 2 : undefined}
      ref={measure}
      tabIndex={tab}
      className={row.getIsSelected() ? "row-selected" : undefined}
      onKeyDown={(e) => ctx.focus.onRowKey(e, index, { open: () => ctx.rowActions.run("open", item), toggle: () => row.toggleSelected() })}
      onFocus={() => ctx.focus.setActive(index)}
    >
      {row.getVisibleCells().map((cell) => {
        const colId = cell.column.id;
        if (colId === SELECT_COLUMN) {
          return (
            <td key={cell.id} className="col-select">
              <RowCheckbox label={t("selectRow")} checked={row.getIsSelected()} onChange={row.getToggleSelectedHandler()} tabIndex={tab} />
            </td>
          );
        }
        if (colId === ACTIONS_COLUMN) {
          return (
            <td key={cell.id} className="col-actions">
              <RowActionsMenu resource={ctx.resource} rowLabel={ctx.rowActions.labelOf(item)} onAction={(a) => ctx.rowActions.run(a, item)} tabbable={isActive} />
            </td>
          );
        }
        const field = ctx.resource.fields[colId];
        return (
          <td key={cell.id} data-label={fieldLabel(colId, field)} className={alignClass(ctx.widgets, field)}>
            {dataCell(ctx, colId, item, id, tab)}
          </td>
        );
      })}
    </tr>
  );
}
