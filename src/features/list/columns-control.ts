// What the Columns menu changes: visibility and width through the table (which owns the column
// limits), order and density in the preferences.
import { clampColumnWidth } from "./list-columns.ts";
import { resetLayout } from "./list-prefs.ts";
import type { ColumnsControl, ListTableInstance } from "./types.ts";
import type { ListPrefsState } from "./use-list-prefs.ts";

export function columnsControl(table: ListTableInstance, { prefs, update, ordered, visible }: ListPrefsState): ColumnsControl {
  return {
    prefs,
    ordered,
    visible,
    setVisible: (field, on) => table.getColumn(field)?.toggleVisibility(on),
    resize: (field, delta) => {
      const col = table.getColumn(field);
      if (col) table.setColumnSizing((old) => ({ ...old, [field]: clampColumnWidth(col.getSize() + delta) }));
    },
    reorder: (order) => update((p) => ({ ...p, order })),
    setDensity: (density) => update((p) => ({ ...p, density })),
    reset: () => update(resetLayout),
  };
}
