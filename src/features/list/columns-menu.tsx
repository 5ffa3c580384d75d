// The `Columns` button; its popover (columns-popup.tsx) loads after the first screen.
import { lazyModule, PopupButton } from "../../ui/lazy-popup.tsx";
import type { ColumnsMenuProps } from "./columns-popup.tsx";

export type { ColumnsMenuProps };

const popup = lazyModule(() => import("./columns-popup.tsx"));

export function ColumnsMenu(props: ColumnsMenuProps) {
  return (
    <PopupButton module={popup} haspopup="dialog" className="btn" renderPopup={(m, state) => <m.ColumnsPopup state={state} {...props} />}>
      Columns
    </PopupButton>
  );
}
