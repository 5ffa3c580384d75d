// The user menu's popup (react-aria; loaded after the first screen, see src/ui/lazy-popup.tsx).
import { Header, MenuItem, MenuSection } from "react-aria-components";
import type { PopupState } from "../ui/lazy-popup.tsx";
import { StateMenu } from "../ui/popup-parts.tsx";
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
  const onAction = (key: unknown): void => {
    if (key === "sign-out") onSignOut();
    else if (key === "reset-demo") onResetDemo?.();
    const chosen = LOCALES.find((l) => `locale-${l}` === key);
    if (chosen) void chooseLocale(chosen);
  };
  return (
    <StateMenu state={state} label={t("userMenu")} onAction={onAction}>
      <MenuSection>
        <Header className="menu-header">{t("signedInAs", { who })}</Header>
        {onResetDemo && (
          <MenuItem id="reset-demo" className="menu-item">
            {t("resetDemo")}
          </MenuItem>
        )}
        <MenuItem id="sign-out" className="menu-item">
          {t("signOut")}
        </MenuItem>
      </MenuSection>
      <MenuSection selectionMode="single" selectedKeys={[`locale-${locale}`]} aria-label={t("language")}>
        <Header className="menu-header">{t("language")}</Header>
        {LOCALES.map((l) => (
          <MenuItem key={l} id={`locale-${l}`} className="menu-item" lang={l}>
            {localeAutonym(l)}
          </MenuItem>
        ))}
      </MenuSection>
    </StateMenu>
  );
}
