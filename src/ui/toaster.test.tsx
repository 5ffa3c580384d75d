import { afterEach, describe, expect, it } from "vitest";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { Toaster } from "./toaster.tsx";
import { ModalDialog, ModalTitle } from "./modal-dialog.tsx";
import { clearToasts, showToast } from "./toast-store.ts";

afterEach(() => act(() => clearToasts()));

describe("Toaster", () => {
  it("announces toasts in a live status region and dismisses them", async () => {
    const user = userEvent.setup();
    render(<Toaster />);
    const region = screen.getByRole("status", { name: "Notifications" });
    expect(region).toHaveAttribute("aria-live", "polite");
    act(() => {
      showToast("Saved “Order 12”.", { tone: "success", duration: 0 });
      showToast("Could not delete.", { tone: "error", duration: 0 });
    });
    expect(within(region).getByText("Saved “Order 12”.")).toBeInTheDocument();
    await user.click(within(region).getAllByRole("button", { name: "Dismiss notification" })[0]!);
    expect(within(region).queryByText("Saved “Order 12”.")).not.toBeInTheDocument();
    expect(within(region).getByText("Could not delete.")).toBeInTheDocument();
  });

  it("removes a toast after its duration", async () => {
    render(<Toaster />);
    act(() => void showToast("Gone soon", { duration: 20 }));
    expect(screen.getByText("Gone soon")).toBeInTheDocument();
    await act(() => new Promise((r) => setTimeout(r, 40)));
    expect(screen.queryByText("Gone soon")).not.toBeInTheDocument();
  });

  it("is inside an open modal dialog (the page behind is inert and below it), and back outside once it closes", async () => {
    const user = userEvent.setup();
    function Page() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>Open</button>
          {open ? (
            <ModalDialog onCancel={() => setOpen(false)} isDismissable>
              <ModalTitle>Report</ModalTitle>
              <button type="button" onClick={() => setOpen(false)}>Close</button>
            </ModalDialog>
          ) : null}
          <Toaster />
        </>
      );
    }
    render(<Page />);
    await user.click(screen.getByRole("button", { name: "Open" }));
    act(() => void showToast("Imported 3 rows.", { duration: 0 }));
    const dialog = screen.getByRole("dialog", { name: "Report" });
    const region = within(dialog).getByRole("status", { name: "Notifications" });
    expect(within(region).getByText("Imported 3 rows.")).toBeInTheDocument();
    await user.click(within(region).getByRole("button", { name: "Dismiss notification" }));
    expect(screen.getByRole("dialog", { name: "Report" })).toBeInTheDocument(); // dismissing a toast is not a press outside
    act(() => void showToast("Still here.", { duration: 0 }));
    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(within(screen.getByRole("status", { name: "Notifications" })).getByText("Still here.")).toBeInTheDocument();
  });
});
