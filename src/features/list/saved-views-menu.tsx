// The `Views` button (saved views); its popover (saved-views-popup.tsx, which reads the list's
// context) loads after the first screen.
import { lazyModule, PopupButton } from "../../ui/lazy-popup.tsx";
import { t } from "./messages.ts";

const popup = lazyModule(() => import("./saved-views-popup.tsx"));

export function SavedViewsMenu() {
  return (
    <PopupButton module={popup} haspopup="dialog" className="btn" renderPopup={(m, state) => <m.SavedViewsPopup state={state} />}>
      {t("views")}
    </PopupButton>
  );
}
