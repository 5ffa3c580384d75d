import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderInput } from "../test-harness.tsx";
import { SliderInput } from "./slider-input.tsx";

describe("slider input", () => {
  it("is labelled, honours min/max/step, moves by arrow keys and shows its value", async () => {
    const { user, last } = renderInput(SliderInput, { label: "Volume", value: 30, field: { widget: "slider", type: "number", min: 0, max: 50, step: 5 } });
    const slider = screen.getByRole("slider", { name: "Volume" });
    expect(slider).toHaveAttribute("min", "0");
    expect(slider).toHaveAttribute("max", "50");
    expect(slider).toHaveAttribute("step", "5");
    expect(slider).toHaveValue("30");
    await user.tab();
    expect(slider).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(last()).toBe(35);
    expect(typeof last()).toBe("number");
    await user.keyboard("{End}");
    expect(last()).toBe(50);
    expect(screen.getByRole("group", { name: "Volume" }).querySelector("output")).toHaveTextContent("50");
  });

  it("shows 'Not set' for an empty value and is disabled when read-only", () => {
    renderInput(SliderInput, { label: "Volume", value: null, field: { widget: "slider", readonly: true } });
    expect(screen.getByText("Not set")).toBeInTheDocument();
    expect(screen.getByRole("slider", { name: "Volume" })).toBeDisabled();
  });
});
