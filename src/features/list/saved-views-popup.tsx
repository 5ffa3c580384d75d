// Saved views: name the current filters + sort + search + columns, switch between them.
// The react-aria part, loaded after the first screen (saved-views-menu.tsx has the button).
import { useState } from "react";
import { Dialog } from "react-aria-components";
import type { PopupState } from "../../ui/lazy-popup.tsx";
import { StatePopover } from "../../ui/popup-parts.tsx";
import { useListContext } from "./list-context.ts";
import { t } from "./messages.ts";

export function SavedViewsPopup({ state }: { state: PopupState }) {
  const { views, save, apply, remove } = useListContext().savedViews;
  const [name, setName] = useState("");
  return (
    <StatePopover state={state} className="popover list-popover" placement="bottom start">
    <Dialog className="list-popover-body" aria-label={t("savedViews")}>
      {views.length > 0 ? (
        <ul className="view-list" aria-label={t("savedViews")}>
          {views.map((v) => (
            <li key={v.name}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  apply(v);
                  state.onOpenChange(false);
                }}
              >
                {v.name}
              </button>
              <button type="button" className="btn btn-ghost" aria-label={t("deleteView", { name: v.name })} onClick={() => remove(v.name)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("noSavedViews")}</p>
      )}
      <form
        className="view-save"
        onSubmit={(e) => {
          e.preventDefault();
          const n = name.trim();
          if (!n) return;
          save(n);
          setName("");
          state.onOpenChange(false);
        }}
      >
        <label>
          {t("viewName")} <input className="input" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="btn" disabled={name.trim() === ""}>
          {t("saveView")}
        </button>
      </form>
    </Dialog>
    </StatePopover>
  );
}
