// The `Columns` popover: show/hide and reorder columns, density, reset. Remembered per resource.
// The popover, loaded after the first screen (columns-menu.tsx has the button).
import type { PopupState } from "../../ui/lazy-popup.tsx";
import { PopoverDialog } from "../../ui/popover.tsx";
import { fieldLabel } from "../../protocol/labels.ts";
import { useListContext } from "./list-context.ts";
import { t } from "./messages.ts";

export function ColumnsPopup({ state }: { state: PopupState }) {
  const { resource, columns } = useListContext();
  const { ordered: fields, prefs } = columns;
  const move = (i: number, delta: number) => {
    const next = [...fields];
    const j = i + delta;
    if (j < 0 || j >= next.length) return;
    [next[i], next[j]] = [next[j]!, next[i]!];
    columns.reorder(next);
  };
  return (
    <PopoverDialog state={state} label={t("columns")} className="popover list-popover" bodyClassName="list-popover-body" align="start">
      <fieldset className="plain-fieldset">
        <legend>{t("columns")}</legend>
        <ul className="column-list">
          {fields.map((f, i) => {
            const label = fieldLabel(f, resource.fields[f]);
            const visible = prefs.visibility[f] !== false;
            return (
              <li key={f}>
                <label>
                  <input
                    type="checkbox"
                    checked={visible}
                    disabled={visible && columns.visible.length <= 1}
                    onChange={(e) => columns.setVisible(f, e.target.checked)}
                  />{" "}
                  {label}
                </label>
                <span className="column-move">
                  {/* −/+ are the keyboard alternative to dragging the column's edge */}
                  <button type="button" className="btn btn-ghost" aria-label={t("narrower", { column: label })} disabled={!visible} onClick={() => columns.resize(f, -24)}>
                    −
                  </button>
                  <button type="button" className="btn btn-ghost" aria-label={t("wider", { column: label })} disabled={!visible} onClick={() => columns.resize(f, 24)}>
                    +
                  </button>
                  <button type="button" className="btn btn-ghost" aria-label={t("moveUp", { column: label })} disabled={i === 0} onClick={() => move(i, -1)}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="btn btn-ghost"
                    aria-label={t("moveDown", { column: label })}
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
        <legend>{t("density")}</legend>
        {(["comfortable", "compact"] as const).map((d) => (
          <label key={d} className="density-option">
            <input type="radio" name="list-density" checked={prefs.density === d} onChange={() => columns.setDensity(d)} /> {d === "compact" ? t("compact") : t("comfortable")}
          </label>
        ))}
      </fieldset>
      <button type="button" className="btn" onClick={columns.reset}>
        {t("resetColumns")}
      </button>
    </PopoverDialog>
  );
}
