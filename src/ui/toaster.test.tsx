import { afterEach, describe, expect, it } from "vitest";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Toaster } from "./toaster.tsx";
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
});
