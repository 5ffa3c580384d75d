// PopupButton: a plain menu button whose popup loads on demand; keyboard per the WAI-ARIA menu
// button pattern, focus back on the button when the menu closes.
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { LazyModal, lazyModule, PopupButton, type PopupState } from "./lazy-popup.tsx";
import { Menu, MenuItem } from "./menu.tsx";

// the popup as the app's popup modules build it (menu.tsx)
function TestMenu({ state, onAction }: { state: PopupState; onAction(key: string): void }) {
  return (
    <Menu state={state} label="Things" onAction={onAction}>
      <MenuItem id="one">One</MenuItem>
      <MenuItem id="two">Two</MenuItem>
      <MenuItem id="three">Three</MenuItem>
    </Menu>
  );
}

function setup() {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  const loader = vi.fn(async () => {
    await gate;
    return { TestMenu };
  });
  const module = lazyModule(loader);
  const onAction = vi.fn();
  const onRowKey = vi.fn();
  render(
    <div onKeyDown={(e) => onRowKey(e.key)}>
      <PopupButton module={module} haspopup="menu" className="btn" aria-label="Actions" renderPopup={(m, state) => <m.TestMenu state={state} onAction={onAction} />}>
        ⋯
      </PopupButton>
    </div>,
  );
  return { loader, release, onAction, onRowKey, button: screen.getByRole("button", { name: "Actions" }) };
}

describe("PopupButton", () => {
  it("is a plain menu button until pressed; the popup's code loads then and the menu opens on its first item", async () => {
    const { loader, release, onAction, button } = setup();
    expect(button).toHaveAttribute("aria-haspopup", "menu");
    expect(button).toHaveAttribute("aria-expanded", "false");
    const user = userEvent.setup();
    await user.click(button);
    expect(loader).toHaveBeenCalledTimes(1);
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(button).toHaveAttribute("aria-busy", "true"); // code still loading
    await act(async () => release());
    const menu = await screen.findByRole("menu", { name: "Things" });
    expect(menu).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("menuitem", { name: "One" })).toHaveFocus());
    await user.keyboard("{ArrowDown}{Enter}");
    expect(onAction).toHaveBeenCalledWith("two");
    await waitFor(() => expect(screen.queryByRole("menu")).not.toBeInTheDocument());
    await waitFor(() => expect(button).toHaveFocus());
    expect(button).toHaveAttribute("aria-expanded", "false");
  });

  it("opens on ArrowUp at the last item without the key reaching the row around it; Escape closes it and focus returns", async () => {
    const { release, onRowKey, button } = setup();
    release();
    const user = userEvent.setup();
    button.focus();
    await user.keyboard("{ArrowUp}");
    expect(onRowKey).not.toHaveBeenCalledWith("ArrowUp");
    await waitFor(() => expect(screen.getByRole("menuitem", { name: "Three" })).toHaveFocus());
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("menu")).not.toBeInTheDocument());
    await waitFor(() => expect(button).toHaveFocus());
  });

  it("a second press on the button closes the open menu (it is not an outside press that reopens it)", async () => {
    const { release, button } = setup();
    release();
    const user = userEvent.setup();
    await user.click(button);
    await screen.findByRole("menu");
    await user.click(button);
    await waitFor(() => expect(screen.queryByRole("menu")).not.toBeInTheDocument());
    expect(button).toHaveAttribute("aria-expanded", "false");
  });
});

describe("LazyModal", () => {
  it("renders nothing (and, not preloaded, loads nothing) while closed; loads and renders while open", async () => {
    const loader = vi.fn(async () => ({ Body: () => <p>Dialog body</p> }));
    const module = lazyModule(loader);
    const { rerender } = render(<LazyModal module={module} open={false} preload={false} render={(m) => <m.Body />} />);
    await new Promise((r) => setTimeout(r, 400)); // past the idle preload's latest moment
    expect(screen.queryByText("Dialog body")).not.toBeInTheDocument();
    expect(loader).not.toHaveBeenCalled();
    rerender(<LazyModal module={module} open preload={false} render={(m) => <m.Body />} />);
    expect(await screen.findByText("Dialog body")).toBeInTheDocument();
    rerender(<LazyModal module={module} open={false} preload={false} render={(m) => <m.Body />} />);
    expect(screen.queryByText("Dialog body")).not.toBeInTheDocument();
  });

  it("preloads its module once the page is idle, still rendering nothing while closed", async () => {
    const loader = vi.fn(async () => ({ Body: () => <p>Dialog body</p> }));
    render(<LazyModal module={lazyModule(loader)} open={false} render={(m) => <m.Body />} />);
    expect(loader).not.toHaveBeenCalled();
    await waitFor(() => expect(loader).toHaveBeenCalledTimes(1), { timeout: 2000 });
    expect(screen.queryByText("Dialog body")).not.toBeInTheDocument();
  });
});

describe("lazyModule", () => {
  it("loads once, is readable synchronously afterwards, and retries after a failed load", async () => {
    let fail = true;
    const loader = vi.fn(async () => {
      if (fail) throw new Error("offline");
      return { ok: true };
    });
    const m = lazyModule(loader);
    expect(m.get()).toBeNull();
    await expect(m.load()).rejects.toThrow("offline");
    fail = false;
    await expect(m.load()).resolves.toEqual({ ok: true });
    await m.load();
    expect(loader).toHaveBeenCalledTimes(2);
    expect(m.get()).toEqual({ ok: true });
  });
});
