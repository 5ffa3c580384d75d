// The `Views` button (saved views); its popover (saved-views-popup.tsx) loads after the first screen.
import { lazyModule, PopupButton } from "../../ui/lazy-popup.tsx";
import type { SavedViewsMenuProps } from "./saved-views-popup.tsx";

const popup = lazyModule(() => import("./saved-views-popup.tsx"));

export function SavedViewsMenu(props: SavedViewsMenuProps) {
  return (
    <PopupButton module={popup} haspopup="dialog" className="btn" renderPopup={(m, state) => <m.SavedViewsPopup state={state} {...props} />}>
      Views
    </PopupButton>
  );
}
