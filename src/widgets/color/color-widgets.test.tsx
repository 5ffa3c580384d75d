import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { makeField, renderInput } from "../test-harness.tsx";
import { contrastRatio, parseColor, textColorOn } from "../../ui/color.ts";
import { ColorInput, normaliseHex } from "./color-input.tsx";
import { ColorDisplay } from "./color-display.tsx";

describe("color input", () => {
  it("native picker labelled by the form, plus a hex text box, kept in sync", async () => {
    const { user, last } = renderInput(ColorInput, { label: "Brand", value: "#112233", field: { widget: "color" } });
    const picker = screen.getByLabelText("Brand");
    expect(picker).toHaveAttribute("type", "color");
    expect(picker).toHaveValue("#112233");
    const hex = screen.getByRole("textbox", { name: "Brand (hex)" });
    await user.clear(hex);
    expect(last()).toBeNull();
    await user.type(hex, "#abc");
    expect(last()).toBe("#aabbcc");
    expect(picker).toHaveValue("#aabbcc");
    fireEvent.input(picker, { target: { value: "#ff0000" } });
    expect(last()).toBe("#ff0000");
    expect(hex).toHaveValue("#ff0000");
  });

  it("flags an invalid hex without emitting it", async () => {
    const { user, onChange } = renderInput(ColorInput, { label: "Brand", value: "#112233" });
    const hex = screen.getByRole("textbox", { name: "Brand (hex)" });
    await user.clear(hex);
    onChange.mockClear();
    await user.type(hex, "#12z");
    expect(onChange).not.toHaveBeenCalled();
    expect(hex).toHaveValue("#12z");
    expect(hex).toHaveAttribute("aria-invalid", "true");
    expect(hex).toHaveAccessibleDescription(/#rrggbb/);
  });

  it("normalises hex", () => {
    expect(normaliseHex("ABC")).toBe("#aabbcc");
    expect(normaliseHex("#a1b2c3")).toBe("#a1b2c3");
    expect(normaliseHex("#12")).toBeNull();
  });
});

describe("color display and contrast", () => {
  it("shows a swatch and the hex", () => {
    const { container } = render(<ColorDisplay name="c" field={makeField()} value="#2563eb" variant="cell" />);
    expect(container.querySelector(".w-swatch")).toHaveStyle({ backgroundColor: "#2563eb" });
    expect(container.textContent).toBe("#2563eb");
  });

  it("picks black or white text with ≥ 4.5:1 contrast for any colour", () => {
    for (const c of ["#000000", "#ffffff", "#ff0000", "#777777", "#808080", "#1e90ff", "yellow", "navy", "rgb(10, 200, 30)", "hsl(200 80% 45%)"]) {
      const fg = textColorOn(c);
      expect(fg).not.toBeNull();
      const ratio = contrastRatio(parseColor(c)!, parseColor(fg)!);
      expect(ratio).toBeGreaterThanOrEqual(4.5);
    }
    expect(textColorOn("yellow")).toBe("#000000");
    expect(textColorOn("navy")).toBe("#ffffff");
    expect(textColorOn("not-a-colour")).toBeNull();
  });
});
