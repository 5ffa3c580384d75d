// The user menu's popup (react-aria; loaded after the first screen, see src/ui/lazy-popup.tsx).
import { Header, MenuItem, MenuSection } from "react-aria-components";
import type { PopupState } from "../ui/lazy-popup.tsx";
import { StateMenu } from "../ui/popup-parts.tsx";

export function UserMenuPopup({ state, who, onSignOut }: { state: PopupState; who: string; onSignOut(): void }) {
  return (
    <StateMenu state={state} label="User menu" onAction={(key) => key === "sign-out" && onSignOut()}>
      <MenuSection>
        <Header className="menu-header">Signed in as {who}</Header>
        <MenuItem id="sign-out" className="menu-item">
          Sign out
        </MenuItem>
      </MenuSection>
    </StateMenu>
  );
}
