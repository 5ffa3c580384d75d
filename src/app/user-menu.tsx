import type { CurrentUser } from "../backend/types.ts";
import { UserIcon } from "../ui/icons.tsx";
import { lazyModule, PopupButton } from "../ui/lazy-popup.tsx";

const popup = lazyModule(() => import("./user-menu-popup.tsx"));

/**
 * Header button showing the user's email; its menu repeats who is signed in and has `Sign out`
 * (and in the demo `Reset demo data`).
 */
export function UserMenu({ user, onSignOut, onResetDemo }: { user: CurrentUser; onSignOut: () => void; onResetDemo?: () => void }) {
  const who = user.email ?? user.name ?? user.id;
  const resetProps = onResetDemo ? { onResetDemo } : {};
  return (
    <PopupButton
      module={popup}
      haspopup="menu"
      className="btn btn-ghost user-button"
      renderPopup={(m, state) => <m.UserMenuPopup state={state} who={who} onSignOut={onSignOut} {...resetProps} />}
    >
      <UserIcon />
      <span className="user-email">{who}</span>
    </PopupButton>
  );
}
