// The `Columns` popover: show/hide and reorder columns, density, reset. Remembered per resource.
// The react-aria part, loaded after the first screen (columns-menu.tsx has the button).
import { Dialog } from "react-aria-components";
import type { PopupState } from "../../ui/lazy-popup.tsx";
import { StatePopover } from "../../ui/popup-parts.tsx";
import type { ResourceSchema } from "../../protocol/types.ts";
import { fieldLabel } from "../../protocol/labels.ts";
import type { Density } from "./list-prefs.ts";

export interface ColumnsMenuProps {
  resource: ResourceSchema;
  /** Field columns in their current order. */
  fields: string[];
  visibility: Record<string, boolean>;
  density: Density;
  onVisibility(field: string, visible: boolean): void;
  /** Widen (+) or narrow (−) a column: the keyboard alternative to dragging its edge. */
  onResize(field: string, delta: number): void;
  onOrder(order: string[]): void;
  onDensity(d: Density): void;
  onReset(): void;
}

export function ColumnsPopup({ state, resource, fields, visibility, density, onVisibility, onResize, onOrder, onDensity, onReset }: ColumnsMenuProps & { state: PopupState }) {
  const visibleCount = fields.filter((f) => visibility[f] !== false).length;
  const move = (i: number, delta: number) => {
    const next = [...fields];
    const j = i + delta;
    if (j < 0 || j >= next.length) return;
    [next[i], next[j]] = [next[j]!, next[i]!];
    onOrder(next);
  };
  return (
    <StatePopover state={state} className="popover list-popover" placement="bottom start">
    <Dialog className="list-popover-body" aria-label="Columns">
      <fieldset className="plain-fieldset">
        <legend>Columns</legend>
        <ul className="column-list">
          {fields.map((f, i) => {
            const label = fieldLabel(f, resource.fields[f]);
            const visible = visibility[f] !== false;
            return (
              <li key={f}>
                <label>
                  <input
                    type="checkbox"
                    checked={visible}
                    disabled={visible && visibleCount <= 1}
                    onChange={(e) => onVisibility(f, e.target.checked)}
                  />{" "}
                  {label}
                </label>
                <span className="column-move">
                  <button type="button" className="btn btn-ghost" aria-label={`Make ${label} narrower`} disabled={!visible} onClick={() => onResize(f, -24)}>
                    −
                  </button>
                  <button type="button" className="btn btn-ghost" aria-label={`Make ${label} wider`} disabled={!visible} onClick={() => onResize(f, 24)}>
                    +
                  </button>
                  <button type="button" className="btn btn-ghost" aria-label={`Move ${label} up`} disabled={i === 0} onClick={() => move(i, -1)}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="btn btn-ghost"
                    aria-label={`Move ${label} down`}
                    disabled={i === fields.length - 1}
                    onClick={() => move(i, 1)}
                  >
                    ↓
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <fieldset className="plain-fieldset">
        <legend>Density</legend>
        {(["comfortable", "compact"] as const).map((d) => (
          <label key={d} className="density-option">
            <input type="radio" name="list-density" checked={density === d} onChange={() => onDensity(d)} /> {d === "compact" ? "Compact" : "Comfortable"}
          </label>
        ))}
      </fieldset>
      <button type="button" className="btn" onClick={onReset}>
        Reset columns
      </button>
    </Dialog>
    </StatePopover>
  );
}
