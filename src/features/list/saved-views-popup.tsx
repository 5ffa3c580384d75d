// Saved views: name the current filters + sort + search + columns, switch between them.
// The react-aria part, loaded after the first screen (saved-views-menu.tsx has the button).
import { useState } from "react";
import { Dialog } from "react-aria-components";
import type { PopupState } from "../../ui/lazy-popup.tsx";
import { StatePopover } from "../../ui/popup-parts.tsx";
import { useListContext } from "./list-context.ts";

export function SavedViewsPopup({ state }: { state: PopupState }) {
  const { views, save, apply, remove } = useListContext().savedViews;
  const [name, setName] = useState("");
  return (
    <StatePopover state={state} className="popover list-popover" placement="bottom start">
    <Dialog className="list-popover-body" aria-label="Saved views">
      {views.length > 0 ? (
        <ul className="view-list" aria-label="Saved views">
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
              <button type="button" className="btn btn-ghost" aria-label={`Delete view ${v.name}`} onClick={() => remove(v.name)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No saved views yet.</p>
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
          View name <input className="input" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="btn" disabled={name.trim() === ""}>
          Save view
        </button>
      </form>
    </Dialog>
    </StatePopover>
  );
}
