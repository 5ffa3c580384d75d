import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { makeField, renderFilter, renderInput } from "../test-harness.tsx";
import { IntegerInput, NumberInput } from "./number-input.tsx";
import { IntegerDisplay, NumberDisplay } from "./number-display.tsx";
import { NumberRangeFilter } from "./number-range-filter.tsx";

describe("number input", () => {
  it("emits numbers (not strings), null when cleared, never NaN", async () => {
    const { user, onChange, last } = renderInput(NumberInput, { label: "Price", field: { type: "number" } });
    const box = screen.getByRole("spinbutton", { name: "Price" });
    await user.type(box, "12.5");
    expect(last()).toBe(12.5);
    expect(typeof last()).toBe("number");
    await user.clear(box);
    expect(last()).toBeNull();
    await user.type(box, "-");
    for (const [v] of onChange.mock.calls) expect(Number.isNaN(v)).toBe(false);
  });

  it("honours min, max and step", () => {
    renderInput(NumberInput, { label: "Qty", field: { type: "number", min: 1, max: 9, step: 0.5 } });
    const box = screen.getByRole("spinbutton", { name: "Qty" });
    expect(box).toHaveAttribute("min", "1");
    expect(box).toHaveAttribute("max", "9");
    expect(box).toHaveAttribute("step", "0.5");
  });

  it("ignores date bounds and uses step 1 for integers", () => {
    renderInput(IntegerInput, { label: "Age", field: { type: "integer", min: "2020-01-01" } });
    const box = screen.getByRole("spinbutton", { name: "Age" });
    expect(box).not.toHaveAttribute("min");
    expect(box).toHaveAttribute("step", "1");
    expect(box).toHaveAttribute("inputmode", "numeric");
  });

  it("shows a new value set from outside", () => {
    const field = makeField({ type: "number" });
    const { rerender } = render(<NumberInput name="n" id="n" label="N" field={field} value={3} onChange={() => {}} />);
    expect(screen.getByRole("spinbutton")).toHaveValue(3);
    rerender(<NumberInput name="n" id="n" label="N" field={field} value={7} onChange={() => {}} />);
    expect(screen.getByRole("spinbutton")).toHaveValue(7);
    rerender(<NumberInput name="n" id="n" label="N" field={field} value={null} onChange={() => {}} />);
    expect(screen.getByRole("spinbutton")).toHaveValue(null);
  });
});

describe("number display", () => {
  it("formats with Intl.NumberFormat, right-aligned", () => {
    const { container } = render(<NumberDisplay name="n" field={makeField({ type: "number" })} value={1234567.891} variant="cell" />);
    const el = container.querySelector(".w-num");
    expect(el).not.toBeNull();
    expect(el?.textContent).toBe(new Intl.NumberFormat(undefined, { maximumFractionDigits: 6 }).format(1234567.891));
  });

  it("shows integers without decimals, and numeric strings as numbers", () => {
    const { container } = render(<IntegerDisplay name="n" field={makeField({ type: "integer" })} value="1500" variant="cell" />);
    expect(container.textContent).toBe(new Intl.NumberFormat().format(1500));
    expect(container.textContent).not.toMatch(/[.,]\d{1,2}$/);
  });

  it("uses the step's decimals (money)", () => {
    const { container } = render(<NumberDisplay name="n" field={makeField({ type: "number", step: 0.01 })} value={5} variant="cell" />);
    expect(container.textContent).toBe(new Intl.NumberFormat(undefined, { minimumFractionDigits: 2 }).format(5));
  });
});

describe("number range filter", () => {
  it("emits between [from, to] with open ends as null, undefined when both empty", async () => {
    const { user, last } = renderFilter(NumberRangeFilter, { label: "Price", field: { type: "number" } });
    await user.type(screen.getByRole("spinbutton", { name: "Price from" }), "10");
    expect(last()).toEqual({ op: "between", value: [10, null] });
    await user.type(screen.getByRole("spinbutton", { name: "Price to" }), "20");
    expect(last()).toEqual({ op: "between", value: [10, 20] });
    await user.clear(screen.getByRole("spinbutton", { name: "Price from" }));
    await user.clear(screen.getByRole("spinbutton", { name: "Price to" }));
    expect(last()).toBeUndefined();
  });

  it("shows a value given from outside", () => {
    renderFilter(NumberRangeFilter, { label: "Price", value: { op: "between", value: [1, 5] } });
    expect(screen.getByRole("spinbutton", { name: "Price from" })).toHaveValue(1);
    expect(screen.getByRole("spinbutton", { name: "Price to" })).toHaveValue(5);
  });
});
