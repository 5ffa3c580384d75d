import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ModalDialog, ModalTitle, type ModalDialogProps } from "./modal-dialog.tsx";

/** An "Open" button that shows a dialog "Rename" (Cancel/Save); Cancel and onCancel close it. */
function Opener(props: Partial<ModalDialogProps> & { autofocusSave?: boolean; inner?: boolean }) {
  const [open, setOpen] = useState(false);
  const [innerOpen, setInnerOpen] = useState(false);
  const cancel = vi.fn(() => setOpen(false));
  return (
    <form aria-label="Page form">
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && (
        <ModalDialog onCancel={props.onCancel ?? cancel} isDismissable={props.isDismissable}>
          <ModalTitle>Rename</ModalTitle>
          <p>Some text</p>
          <button type="button" onClick={() => setOpen(false)}>
            Cancel
          </button>
          <button type="button" data-autofocus={props.autofocusSave || undefined}>
            Save
          </button>
          {props.inner && (
            <button type="button" onClick={() => setInnerOpen(true)}>
              More
            </button>
          )}
          {innerOpen && (
            <ModalDialog onCancel={() => setInnerOpen(false)}>
              <ModalTitle>Details</ModalTitle>
              <button type="button">Inner</button>
            </ModalDialog>
          )}
        </ModalDialog>
      )}
    </form>
  );
}

async function open(ui: Parameters<typeof render>[0]) {
  const user = userEvent.setup();
  render(ui);
  await user.click(screen.getByRole("button", { name: "Open" }));
  return { user, dialog: screen.getByRole("dialog", { name: "Rename" }) };
}

describe("ModalDialog", () => {
  it("is a modal <dialog> named by its title, open, outside the page's form", async () => {
    const { dialog } = await open(<Opener />);
    expect(dialog.tagName).toBe("DIALOG");
    expect(dialog).toHaveAttribute("open");
    expect(screen.getByRole("form", { name: "Page form" })).not.toContainElement(dialog);
  });

  it("moves focus to the first focusable element", async () => {
    await open(<Opener />);
    expect(screen.getByRole("button", { name: "Cancel" })).toHaveFocus();
  });

  it("moves focus to the element marked data-autofocus", async () => {
    await open(<Opener autofocusSave />);
    expect(screen.getByRole("button", { name: "Save" })).toHaveFocus();
  });

  it("Escape cancels, and focus returns to the opener", async () => {
    const { user } = await open(<Opener />);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Open" })).toHaveFocus();
  });

  it("focus returns to the opener when a button closes it", async () => {
    const { user } = await open(<Opener />);
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Open" })).toHaveFocus();
  });

  it("without onCancel, Escape and the backdrop leave it open", async () => {
    const user = userEvent.setup();
    render(
      <ModalDialog isDismissable>
        <ModalTitle>Sign in again</ModalTitle>
        <button type="button">Sign in</button>
      </ModalDialog>,
    );
    const dialog = screen.getByRole("dialog", { name: "Sign in again" }) as HTMLDialogElement;
    // the browser's own Escape (and other close requests) would close a <dialog>: refused
    const escape = new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true });
    act(() => void dialog.dispatchEvent(escape));
    expect(escape.defaultPrevented).toBe(true);
    const cancel = new Event("cancel", { cancelable: true });
    act(() => void dialog.dispatchEvent(cancel));
    expect(cancel.defaultPrevented).toBe(true);
    vi.spyOn(dialog, "getBoundingClientRect").mockReturnValue(new DOMRect(100, 100, 200, 100));
    await user.pointer({ keys: "[MouseLeft]", target: dialog, coords: { clientX: 20, clientY: 20 } });
    expect(dialog).toHaveAttribute("open");
    // closed all the same (a close request the browser does not let a page refuse): shown again
    act(() => dialog.close());
    expect(dialog.open).toBe(false);
    await waitFor(() => expect(dialog.open).toBe(true));
  });

  /** A press at (x, y) on the <dialog> element, its box laid out at 100,100–300,200 (jsdom has no layout). */
  async function pressDialogAt(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement, x: number, y: number) {
    vi.spyOn(dialog, "getBoundingClientRect").mockReturnValue(new DOMRect(100, 100, 200, 100));
    await user.pointer({ keys: "[MouseLeft]", target: dialog, coords: { clientX: x, clientY: y } });
  }

  it("a press on the backdrop does not cancel where it is not dismissable", async () => {
    const onCancel = vi.fn();
    const { user, dialog } = await open(<Opener onCancel={onCancel} />);
    await pressDialogAt(user, dialog, 20, 20);
    expect(onCancel).not.toHaveBeenCalled();
  });

  it("a press on the backdrop cancels where it is dismissable; a press inside the box does not", async () => {
    const onCancel = vi.fn();
    const { user, dialog } = await open(<Opener onCancel={onCancel} isDismissable />);
    await user.click(screen.getByText("Some text"));
    await pressDialogAt(user, dialog, 150, 101); // on the box's own edge
    expect(onCancel).not.toHaveBeenCalled();
    await pressDialogAt(user, dialog, 20, 20); // the ::backdrop is the <dialog> too, outside its box
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it("Escape in a dialog over a dialog closes only the top one", async () => {
    const { user } = await open(<Opener inner />);
    await user.click(screen.getByRole("button", { name: "More" }));
    expect(screen.getByRole("button", { name: "Inner" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog", { name: "Details" })).not.toBeInTheDocument();
    expect(screen.getByRole("dialog", { name: "Rename" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "More" })).toHaveFocus();
  });

  it("the page behind does not scroll while a dialog is open (nested ones share the lock)", async () => {
    const root = document.documentElement;
    const { user } = await open(<Opener inner />);
    expect(root.style.overflow).toBe("hidden");
    await user.click(screen.getByRole("button", { name: "More" }));
    await user.keyboard("{Escape}");
    expect(root.style.overflow).toBe("hidden");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(root.style.overflow).toBe("");
  });
});
