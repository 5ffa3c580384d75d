// The `Columns` button; its popover (columns-popup.tsx, which reads the list's context) loads after the first screen.
import { lazyModule, PopupButton } from "../../ui/lazy-popup.tsx";
import { t } from "./messages.ts";

const popup = lazyModule(() => import("./columns-popup.tsx"));

export function ColumnsMenu() {
  return (
    <PopupButton module={popup} haspopup="dialog" className="btn" renderPopup={(m, state) => <m.ColumnsPopup state={state} />}>
      {t("columns")}
    </PopupButton>
  );
}
