import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderInput } from "../test-harness.tsx";
import { SliderInput } from "./slider-input.tsx";

describe("slider input", () => {
  it("is a labelled native range, honours min/max/step, emits numbers and shows its value", async () => {
    const { user, last } = renderInput(SliderInput, { label: "Volume", value: 30, field: { widget: "slider", type: "number", min: 0, max: 50, step: 5 } });
    const slider = screen.getByRole("slider", { name: "Volume" });
    expect(slider).toHaveAttribute("min", "0");
    expect(slider).toHaveAttribute("max", "50");
    expect(slider).toHaveAttribute("step", "5");
    expect(slider).toHaveValue("30");
    await user.tab();
    expect(slider).toHaveFocus();
    // jsdom does not move a range by keys; the browser's arrow keys are tested end to end (forms)
    fireEvent.change(slider, { target: { value: "35" } });
    expect(last()).toBe(35);
    expect(typeof last()).toBe("number");
    fireEvent.change(slider, { target: { value: "50" } });
    expect(last()).toBe(50);
    expect(screen.getByRole("group", { name: "Volume" }).querySelector("output")).toHaveTextContent("50");
  });

  it("shows 'Not set' for an empty value and is disabled when read-only", () => {
    renderInput(SliderInput, { label: "Volume", value: null, field: { widget: "slider", readonly: true } });
    expect(screen.getByText("Not set")).toBeInTheDocument();
    expect(screen.getByRole("slider", { name: "Volume" })).toBeDisabled();
  });
});
