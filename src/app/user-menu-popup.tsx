// The user menu's popup (react-aria; loaded after the first screen, see src/ui/lazy-popup.tsx).
import { Header, Menu, MenuItem, MenuSection, Popover } from "react-aria-components";
import type { PopupState } from "../ui/lazy-popup.tsx";

export function UserMenuPopup({ state, who, onSignOut }: { state: PopupState; who: string; onSignOut(): void }) {
  return (
    <Popover
      className="popover"
      placement="bottom end"
      triggerRef={state.triggerRef}
      isOpen={state.isOpen}
      onOpenChange={state.onOpenChange}
      shouldCloseOnInteractOutside={state.shouldCloseOnInteractOutside}
    >
      <Menu
        className="menu"
        aria-label="User menu"
        autoFocus={state.focus}
        onAction={(key) => key === "sign-out" && onSignOut()}
        onClose={() => state.onOpenChange(false)}
      >
        <MenuSection>
          <Header className="menu-header">Signed in as {who}</Header>
          <MenuItem id="sign-out" className="menu-item">
            Sign out
          </MenuItem>
        </MenuSection>
      </Menu>
    </Popover>
  );
}
