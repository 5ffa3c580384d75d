// Saved views: name the current filters + sort + search + columns, switch between them.
// The popover, loaded after the first screen (saved-views-menu.tsx has the button).
import { useState } from "react";
import type { PopupState } from "../../ui/lazy-popup.tsx";
import { PopoverDialog } from "../../ui/popover.tsx";
import { useListContext } from "./list-context.ts";
import { t } from "./messages.ts";

export function SavedViewsPopup({ state }: { state: PopupState }) {
  const { views, save, apply, remove } = useListContext().savedViews;
  const [name, setName] = useState("");
  return (
    <PopoverDialog state={state} label={t("savedViews")} className="popover list-popover" bodyClassName="list-popover-body" align="start">
      {views.length > 0 ? (
        <ul className="view-list" aria-label={t("savedViews")}>
          {views.map((v) => (
            <li key={v.name}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  apply(v);
                  state.close();
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
          state.close();
        }}
      >
        <label>
          {t("viewName")} <input className="input" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="btn" disabled={name.trim() === ""}>
          {t("saveView")}
        </button>
      </form>
    </PopoverDialog>
  );
}
