import { Button, Header, Menu, MenuItem, MenuSection, MenuTrigger, Popover } from "react-aria-components";
import type { CurrentUser } from "../backend/types.ts";
import { UserIcon } from "../ui/icons.tsx";

/** Header button showing the user's email; its menu repeats who is signed in and has `Sign out`. */
export function UserMenu({ user, onSignOut }: { user: CurrentUser; onSignOut: () => void }) {
  const who = user.email ?? user.name ?? user.id;
  return (
    <MenuTrigger>
      <Button className="btn btn-ghost user-button">
        <UserIcon />
        <span className="user-email">{who}</span>
      </Button>
      <Popover className="popover" placement="bottom end">
        <Menu className="menu" aria-label="User menu" onAction={(key) => key === "sign-out" && onSignOut()}>
          <MenuSection>
            <Header className="menu-header">Signed in as {who}</Header>
            <MenuItem id="sign-out" className="menu-item">
              Sign out
            </MenuItem>
          </MenuSection>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
