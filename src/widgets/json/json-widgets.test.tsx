import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { makeField, renderInput } from "../test-harness.tsx";
import { CodeInput, JsonInput } from "./json-input.tsx";
import { CodeDisplay, JSON_CELL_MAX, JsonDisplay } from "./json-display.tsx";

describe("json input", () => {
  it("emits the parsed value only when valid, keeps the text and explains errors", () => {
    const onInvalidInput = vi.fn();
    const { onChange, last } = renderInput(JsonInput, { label: "Data", field: { type: "json", widget: "json" }, extra: { onInvalidInput } });
    const box = screen.getByRole("textbox", { name: "Data" });
    fireEvent.change(box, { target: { value: '{"a": 1,' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(box).toHaveValue('{"a": 1,');
    expect(box).toHaveAttribute("aria-invalid", "true");
    expect(box).toHaveAccessibleDescription(/Invalid JSON/);
    expect(onInvalidInput).toHaveBeenLastCalledWith(expect.stringMatching(/^Invalid JSON/));
    fireEvent.change(box, { target: { value: '{"a": 1, "b": [true]}' } });
    expect(last()).toEqual({ a: 1, b: [true] });
    expect(box).not.toHaveAttribute("aria-invalid");
    expect(box).toHaveValue('{"a": 1, "b": [true]}'); // the user's formatting is kept
    expect(onInvalidInput).toHaveBeenLastCalledWith(null);
    fireEvent.change(box, { target: { value: "  " } });
    expect(last()).toBeNull();
  });

  it("shows the current value pretty-printed and follows outside changes", () => {
    const field = makeField({ type: "json", widget: "json" });
    const { rerender } = render(<JsonInput name="j" id="j" label="J" field={field} value={{ x: [1] }} onChange={() => {}} />);
    expect(screen.getByRole("textbox")).toHaveValue('{\n  "x": [\n    1\n  ]\n}');
    rerender(<JsonInput name="j" id="j" label="J" field={field} value={[1, 2]} onChange={() => {}} />);
    expect(screen.getByRole("textbox")).toHaveValue("[\n  1,\n  2\n]");
  });

  it("code input is a monospace textarea emitting text", async () => {
    const { user, last } = renderInput(CodeInput, { label: "Script", field: { widget: "code" } });
    const box = screen.getByRole("textbox", { name: "Script" });
    expect(box).toHaveClass("w-code");
    expect(box).toHaveAttribute("spellcheck", "false");
    await user.type(box, "let x");
    expect(last()).toBe("let x");
  });
});

describe("json display", () => {
  it("is compact and truncated in cells, pretty in details", () => {
    const value = { items: Array.from({ length: 30 }, (_, i) => i) };
    const { container, rerender } = render(<JsonDisplay name="j" field={makeField({ type: "json" })} value={value} variant="cell" />);
    const full = JSON.stringify(value);
    const trunc = container.querySelector(".w-trunc") as HTMLElement;
    expect(trunc).toHaveAttribute("title", full);
    expect(trunc.querySelector(".w-trunc-short")?.textContent?.length).toBeLessThanOrEqual(JSON_CELL_MAX + 1);
    rerender(<JsonDisplay name="j" field={makeField({ type: "json" })} value={{ a: 1 }} variant="detail" />);
    expect(container.querySelector("pre")?.textContent).toBe('{\n  "a": 1\n}');
  });

  it("shows false and 0 (not empty)", () => {
    const { container } = render(<JsonDisplay name="j" field={makeField({ type: "json" })} value={false} variant="cell" />);
    expect(container.textContent).toBe("false");
  });

  it("code display is a block in details", () => {
    const { container } = render(<CodeDisplay name="c" field={makeField({ widget: "code" })} value={"a\nb"} variant="detail" />);
    expect(container.querySelector("pre")?.textContent).toBe("a\nb");
  });
});
