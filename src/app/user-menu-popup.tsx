// The user menu's popup (react-aria; loaded after the first screen, see src/ui/lazy-popup.tsx).
import { Header, MenuItem, MenuSection } from "react-aria-components";
import type { PopupState } from "../ui/lazy-popup.tsx";
import { StateMenu } from "../ui/popup-parts.tsx";

export interface UserMenuPopupProps {
  state: PopupState;
  who: string;
  onSignOut(): void;
  /** Demo only: offers "Reset demo data". */
  onResetDemo?: () => void;
}

export function UserMenuPopup({ state, who, onSignOut, onResetDemo }: UserMenuPopupProps) {
  const onAction = (key: unknown): void => {
    if (key === "sign-out") onSignOut();
    else if (key === "reset-demo") onResetDemo?.();
  };
  return (
    <StateMenu state={state} label="User menu" onAction={onAction}>
      <MenuSection>
        <Header className="menu-header">Signed in as {who}</Header>
        {onResetDemo && (
          <MenuItem id="reset-demo" className="menu-item">
            Reset demo data
          </MenuItem>
        )}
        <MenuItem id="sign-out" className="menu-item">
          Sign out
        </MenuItem>
      </MenuSection>
    </StateMenu>
  );
}
