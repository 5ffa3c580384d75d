import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { BadgeListDisplay } from "../choice/choice-display.tsx";
import { makeField, renderFilter, renderInput } from "../test-harness.tsx";
import { TagsFilter, TagsInput } from "./tags-input.tsx";

describe("tags input", () => {
  it("adds by Enter and comma, removes the last by Backspace, emits arrays", async () => {
    const { user, last } = renderInput(TagsInput, { label: "Tags", field: { widget: "tags" } });
    const box = screen.getByRole("textbox", { name: "Tags" });
    await user.type(box, "red{Enter}");
    expect(last()).toEqual(["red"]);
    await user.type(box, "green,blue,");
    expect(last()).toEqual(["red", "green", "blue"]);
    expect(box).toHaveValue("");
    await user.type(box, "red{Enter}"); // duplicates are ignored
    expect(last()).toEqual(["red", "green", "blue"]);
    await user.keyboard("{Backspace}");
    expect(last()).toEqual(["red", "green"]);
    expect(screen.getByText("Removed blue")).toHaveAttribute("role", "status");
  });

  it("each chip has a labelled remove button usable by keyboard", async () => {
    const { user, last } = renderInput(TagsInput, { label: "Tags", value: ["a", "b"] });
    const remove = screen.getByRole("button", { name: "Remove a" });
    remove.focus();
    await user.keyboard("{Enter}");
    expect(last()).toEqual(["b"]);
    expect(screen.getByRole("textbox", { name: "Tags" })).toHaveFocus();
  });

  it("Enter in an empty box does nothing (the form may submit)", async () => {
    const { user, onChange } = renderInput(TagsInput, { label: "Tags", value: ["a"] });
    await user.type(screen.getByRole("textbox", { name: "Tags" }), "{Enter}");
    expect(onChange).not.toHaveBeenCalled();
  });

  it("adds pending text on blur", async () => {
    const { user, last } = renderInput(TagsInput, { label: "Tags" });
    await user.type(screen.getByRole("textbox", { name: "Tags" }), "late");
    await user.tab();
    expect(last()).toEqual(["late"]);
  });

  it("has no remove buttons when read-only", () => {
    renderInput(TagsInput, { label: "Tags", value: ["a"], field: { readonly: true } });
    expect(screen.queryByRole("button", { name: "Remove a" })).toBeNull();
  });
});

describe("tags display and filter", () => {
  it("shows tags as badges", () => {
    const { container } = render(<BadgeListDisplay name="t" field={makeField({ widget: "tags" })} value={["x", "y"]} variant="cell" />);
    expect([...container.querySelectorAll(".w-badge")].map((b) => b.textContent)).toEqual(["x", "y"]);
  });

  it("filter emits in [tags]", async () => {
    const { user, last } = renderFilter(TagsFilter, { label: "Tags" });
    await user.type(screen.getByRole("textbox", { name: "Tags" }), "vip{Enter}");
    expect(last()).toEqual({ op: "in", value: ["vip"] });
    await user.keyboard("{Backspace}");
    expect(last()).toBeUndefined();
  });
});
