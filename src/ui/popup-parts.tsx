// The react-aria side of a PopupButton (lazy-popup.tsx): a popover and a menu wired to the
// button's PopupState. Only popup modules import this (react-aria stays off the first screen).
import type { ReactNode } from "react";
import { Menu, Popover, type Key, type PopoverProps } from "react-aria-components";
import type { PopupState } from "./lazy-popup.tsx";

/** A popover anchored to the PopupButton, open while its state says so. */
export function StatePopover({ state, className = "popover", placement, children }: { state: PopupState; className?: string; placement: PopoverProps["placement"]; children: ReactNode }) {
  return (
    <Popover
      className={className}
      placement={placement}
      triggerRef={state.triggerRef}
      isOpen={state.isOpen}
      onOpenChange={state.onOpenChange}
      shouldCloseOnInteractOutside={state.shouldCloseOnInteractOutside}
    >
      {children}
    </Popover>
  );
}

/** A menu in a StatePopover: focus on the item the key asked for, closes after an action. */
export function StateMenu({ state, label, onAction, children }: { state: PopupState; label: string; onAction(key: Key): void; children: ReactNode }) {
  return (
    <StatePopover state={state} placement="bottom end">
      <Menu className="menu" aria-label={label} autoFocus={state.focus} onAction={onAction} onClose={() => state.onOpenChange(false)}>
        {children}
      </Menu>
    </StatePopover>
  );
}
