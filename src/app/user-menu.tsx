import { Button, Menu, MenuItem, MenuTrigger, Popover } from "react-aria-components";
import type { CurrentUser } from "../backend/types.ts";

/** Header button showing the user's email; its menu has `Sign out`. */
export function UserMenu({ user, onSignOut }: { user: CurrentUser; onSignOut: () => void }) {
  const who = user.email ?? user.name ?? user.id;
  return (
    <MenuTrigger>
      <Button className="btn btn-ghost user-button">
        <span aria-hidden="true">👤</span>
        <span className="user-email">{who}</span>
      </Button>
      <Popover className="popover" placement="bottom end">
        <Menu className="menu" aria-label="User menu" onAction={(key) => key === "sign-out" && onSignOut()}>
          <MenuItem id="sign-out" className="menu-item">
            Sign out
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
