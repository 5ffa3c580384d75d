import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ColorModeToggle } from "./color-mode-toggle.tsx";
import { initColorMode, setColorMode } from "./color-mode.ts";

describe("ColorModeToggle", () => {
  it("switches the colour mode and remembers the choice", async () => {
    setColorMode("light");
    const user = userEvent.setup();
    render(<ColorModeToggle />);
    const toggle = screen.getByRole("button", { name: "Dark mode" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(document.documentElement.dataset.colorMode).toBe("dark");
    expect(localStorage.getItem("atrium.color-mode")).toBe("dark");
    // a new page load starts from the remembered choice
    document.documentElement.dataset.colorMode = "light";
    expect(initColorMode()).toBe("dark");
    expect(document.documentElement.dataset.colorMode).toBe("dark");
  });

  it("defaults to the system preference when nothing is remembered", () => {
    localStorage.clear();
    const original = window.matchMedia;
    window.matchMedia = ((q: string) => ({ matches: q.includes("dark"), media: q }) as MediaQueryList) as typeof window.matchMedia;
    try {
      expect(initColorMode()).toBe("dark");
    } finally {
      window.matchMedia = original;
    }
  });
});
