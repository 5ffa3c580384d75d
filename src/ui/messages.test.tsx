// The shared UI parts speak the chosen language, and their numbers follow it.
import { afterEach, describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { activateLocale } from "../i18n/translate.ts";
import { ColorModeToggle } from "./color-mode-toggle.tsx";
import { ErrorScreen } from "./error-screen.tsx";
import { LoadingScreen } from "./loading-screen.tsx";
import { TaskProgress } from "./task-progress.tsx";
import { Toaster } from "./toaster.tsx";

afterEach(() => activateLocale("en"));

describe("UI parts in Swedish", () => {
  it("name the notifications, the dark mode toggle, loading and Retry in Swedish", async () => {
    await activateLocale("sv");
    render(
      <>
        <Toaster />
        <ColorModeToggle />
        <LoadingScreen />
        <ErrorScreen title="Fel" message="Nätverket" onRetry={() => {}} />
      </>,
    );
    expect(screen.getByRole("status", { name: "Aviseringar" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Mörkt läge" })).toBeInTheDocument();
    expect(screen.getByText("Laddar…")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Försök igen" })).toBeInTheDocument();
  });

  it("writes progress counts with Swedish digit grouping", async () => {
    await activateLocale("sv");
    render(<TaskProgress label="Exporterar" done={1234} total={5000} />);
    expect(screen.getByRole("progressbar", { name: "Exporterar" })).toHaveAttribute("aria-valuetext", "1\u00a0234 av 5\u00a0000");
  });

  it("keeps English progress text in English", () => {
    render(<TaskProgress label="Exporting rows" done={1234} total={5000} detail="waiting" />);
    expect(screen.getByRole("progressbar", { name: "Exporting rows" })).toHaveAttribute("aria-valuetext", "1,234 of 5,000, waiting");
  });
});
