// The user menu's popup (loaded after the first screen, see src/ui/lazy-popup.tsx).
import type { PopupState } from "../ui/lazy-popup.tsx";
import { Menu, MenuItem, MenuSection } from "../ui/menu.tsx";
import { LOCALES } from "../i18n/types.ts";
import { chooseLocale, localeAutonym, useLocale } from "../i18n/use-locale.ts";
import { t } from "./messages.ts";

export interface UserMenuPopupProps {
  state: PopupState;
  who: string;
  onSignOut(): void;
  /** Demo only: offers "Reset demo data". */
  onResetDemo?: () => void;
}

export function UserMenuPopup({ state, who, onSignOut, onResetDemo }: UserMenuPopupProps) {
  const locale = useLocale();
  const onAction = (id: string): void => {
    if (id === "sign-out") onSignOut();
    else if (id === "reset-demo") onResetDemo?.();
    const chosen = LOCALES.find((l) => `locale-${l}` === id);
    if (chosen) void chooseLocale(chosen);
  };
  return (
    <Menu state={state} label={t("userMenu")} onAction={onAction}>
      <MenuSection header={t("signedInAs", { who })}>
        {onResetDemo && <MenuItem id="reset-demo">{t("resetDemo")}</MenuItem>}
        <MenuItem id="sign-out">{t("signOut")}</MenuItem>
      </MenuSection>
      <MenuSection header={t("language")}>
        {LOCALES.map((l) => (
          <MenuItem key={l} id={`locale-${l}`} lang={l} checked={l === locale}>
            {localeAutonym(l)}
          </MenuItem>
        ))}
      </MenuSection>
    </Menu>
  );
}
