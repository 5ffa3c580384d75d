// The native menu and popover (menu.tsx, popover.tsx) behind a PopupButton: the APG menu button
// keys past opening (lazy-popup.test.tsx has those), activation, light dismiss, radio items.
import type { ReactNode } from "react";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { lazyModule, PopupButton } from "./lazy-popup.tsx";
import { Menu, MenuItem, MenuSection } from "./menu.tsx";
import { PopoverDialog } from "./popover.tsx";

const parts = { Menu, MenuItem, MenuSection, PopoverDialog };

function renderMenu() {
  const onAction = vi.fn();
  const onPageKey = vi.fn();
  const module = lazyModule(async () => parts);
  render(
    <div onKeyDown={(e) => onPageKey(e.key)}>
      <PopupButton
        module={module}
        haspopup="menu"
        aria-label="Account"
        renderPopup={(m, state) => (
          <m.Menu state={state} label="Account menu" onAction={onAction}>
            <m.MenuSection header="Signed in as ada">
              <m.MenuItem id="profile">Profile</m.MenuItem>
              <m.MenuItem id="sign-out">Sign out</m.MenuItem>
            </m.MenuSection>
            <m.MenuSection header="Language">
              <m.MenuItem id="en" checked>
                English
              </m.MenuItem>
              <m.MenuItem id="sv" checked={false}>
                Svenska
              </m.MenuItem>
            </m.MenuSection>
          </m.Menu>
        )}
      >
        Ada
      </PopupButton>
      <button type="button">Elsewhere</button>
    </div>,
  );
  return { onAction, onPageKey, button: screen.getByRole("button", { name: "Account" }), user: userEvent.setup() };
}

const RADIOS = ["English", "Svenska"];
const focused = (name: string) => waitFor(() => expect(screen.getByRole(RADIOS.includes(name) ? "menuitemradio" : "menuitem", { name })).toHaveFocus());
const closed = () => waitFor(() => expect(screen.queryByRole("menu")).not.toBeInTheDocument());

describe("Menu", () => {
  it("has radio items that say which is checked, in groups named by their headings", async () => {
    const { user, button } = renderMenu();
    await user.click(button);
    const language = await screen.findByRole("group", { name: "Language" });
    expect(screen.getByRole("group", { name: "Signed in as ada" })).toBeInTheDocument();
    expect(screen.getByRole("menuitemradio", { name: "English" })).toHaveAttribute("aria-checked", "true");
    expect(screen.getByRole("menuitemradio", { name: "Svenska" })).toHaveAttribute("aria-checked", "false");
    expect(language).toContainElement(screen.getByRole("menuitemradio", { name: "Svenska" }));
  });

  it("moves with arrows (wrapping), Home, End and typed letters; keys stay out of the page behind", async () => {
    const { user, button, onPageKey } = renderMenu();
    await user.click(button);
    await focused("Profile");
    await user.keyboard("{End}");
    await focused("Svenska");
    await user.keyboard("{ArrowDown}");
    await focused("Profile");
    await user.keyboard("{ArrowUp}");
    await focused("Svenska");
    await user.keyboard("{Home}");
    await focused("Profile");
    await user.keyboard("s");
    await focused("Sign out");
    await user.keyboard("s"); // the same letter again: the next item starting with it
    await focused("Svenska");
    await new Promise((r) => setTimeout(r, 600)); // a pause starts a new search
    await user.keyboard("{Home}");
    await focused("Profile");
    await user.keyboard("sv"); // letters in a row: one prefix ("s" alone would stop at Sign out)
    await focused("Svenska");
    await user.keyboard("{ArrowUp}");
    await focused("English");
    expect(onPageKey).not.toHaveBeenCalled();
  });

  it("Enter runs the focused item, closes the menu and puts focus back on the button", async () => {
    const { user, button, onAction, onPageKey } = renderMenu();
    await user.click(button);
    await focused("Profile");
    await user.keyboard("{ArrowDown}{Enter}");
    expect(onAction).toHaveBeenCalledExactlyOnceWith("sign-out");
    await closed();
    expect(button).toHaveFocus();
    expect(onPageKey).not.toHaveBeenCalledWith("Enter"); // e.g. a list row's "open"
  });

  it("Space runs the item once, closes the menu and leaves it closed, focus on the button", async () => {
    const { user, button, onAction } = renderMenu();
    await user.click(button);
    await focused("Profile");
    await user.keyboard("{End} ");
    expect(onAction).toHaveBeenCalledExactlyOnceWith("sv");
    await closed();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute("aria-expanded", "false");
  });

  it("a click runs an item; a press outside closes without running anything; Tab closes it", async () => {
    const { user, button, onAction } = renderMenu();
    await user.click(button);
    await user.click(await screen.findByRole("menuitemradio", { name: "Svenska" }));
    expect(onAction).toHaveBeenCalledExactlyOnceWith("sv");
    await closed();

    await user.click(button);
    await screen.findByRole("menu");
    await user.click(screen.getByRole("button", { name: "Elsewhere" }));
    await closed();
    expect(screen.getByRole("button", { name: "Elsewhere" })).toHaveFocus();

    await user.click(button);
    await focused("Profile");
    await user.tab();
    await closed();
    expect(onAction).toHaveBeenCalledTimes(1);
  });
});

/** A "Columns" button opening a PopoverDialog around `content`, and an "After" button. */
function renderDialog(content: ReactNode = <button type="button">Wider</button>) {
  const module = lazyModule(async () => parts);
  render(
    <>
      <PopupButton
        module={module}
        haspopup="dialog"
        renderPopup={(m, state) => (
          <m.PopoverDialog state={state} label="Columns" align="start">
            {content}
          </m.PopoverDialog>
        )}
      >
        Columns
      </PopupButton>
      <button type="button">After</button>
    </>,
  );
  return { button: screen.getByRole("button", { name: "Columns" }), user: userEvent.setup() };
}

describe("PopoverDialog", () => {

  it("takes focus when it opens; Escape closes it and focus is back on its button", async () => {
    const { user, button } = renderDialog();
    await user.click(button);
    const dialog = await screen.findByRole("dialog", { name: "Columns" });
    await waitFor(() => expect(dialog).toHaveFocus());
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(button).toHaveFocus();
  });

  it("closes when focus moves out of it, and leaves focus where it went", async () => {
    const { user, button } = renderDialog();
    await user.click(button);
    await screen.findByRole("dialog", { name: "Columns" });
    screen.getByRole("button", { name: "After" }).focus();
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(screen.getByRole("button", { name: "After" })).toHaveFocus();
  });
});

describe("Popover placement", () => {
  it("follows its trigger when the page scrolls, but not when its own content scrolls", async () => {
    const { button, user } = renderDialog(<div data-testid="content">Many columns</div>);
    let triggerTop = 100;
    button.getBoundingClientRect = () => DOMRect.fromRect({ x: 20, y: triggerTop, width: 80, height: 30 });
    await user.click(button);
    const popover = (await screen.findByRole("dialog", { name: "Columns" })).parentElement!;
    expect(popover.style.top).toBe("138px");
    triggerTop = 50;
    screen.getByTestId("content").dispatchEvent(new Event("scroll"));
    expect(popover.style.top).toBe("138px");
    document.dispatchEvent(new Event("scroll"));
    expect(popover.style.top).toBe("88px");
  });
});
