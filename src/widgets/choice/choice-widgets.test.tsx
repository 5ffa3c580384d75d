import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { SelectOption } from "../../protocol/types.ts";
import { contrastRatio, parseColor } from "../../ui/color.ts";
import { makeField, renderFilter, renderInput } from "../test-harness.tsx";
import { SelectInput } from "./select-input.tsx";
import { MultiselectInput } from "./multiselect-input.tsx";
import { RadioInput } from "./radio-input.tsx";
import { BadgeListDisplay, SelectDisplay } from "./choice-display.tsx";
import { OptionsFilter } from "./options-filter.tsx";

const options: SelectOption[] = [
  { value: "draft", label: "Draft", color: "#fde047" },
  { value: "active", label: "Active", color: "#1e3a8a" },
  { value: "archived", label: "Archived" },
];

describe("select input", () => {
  it("is labelled, opens, and emits the chosen option value", async () => {
    const { user, last } = renderInput(SelectInput, { label: "Status", field: { widget: "select", options } });
    const trigger = screen.getByRole("button", { name: /Status/ });
    await user.click(trigger);
    const listbox = await screen.findByRole("listbox");
    await user.click(within(listbox).getByRole("option", { name: "Active" }));
    expect(last()).toBe("active");
    expect(trigger).toHaveTextContent("Active");
  });

  it("ties the form's description to the trigger", () => {
    renderInput(SelectInput, { label: "Status", field: { widget: "select", options }, extra: { describedBy: "status-error" } });
    expect(screen.getByRole("button", { name: /Status/ })).toHaveAttribute("aria-describedby", expect.stringContaining("status-error"));
  });

  it("offers None when not required, which clears to null", async () => {
    const { user, last } = renderInput(SelectInput, { label: "Status", value: "draft", field: { widget: "select", options } });
    await user.click(screen.getByRole("button", { name: /Status/ }));
    await user.click(await screen.findByRole("option", { name: "None" }));
    expect(last()).toBeNull();
  });

  it("has no None entry when required", async () => {
    const { user } = renderInput(SelectInput, { label: "Status", field: { widget: "select", options, required: true } });
    await user.click(screen.getByRole("button", { name: /Status/ }));
    await screen.findByRole("listbox");
    expect(screen.queryByRole("option", { name: "None" })).toBeNull();
    expect(screen.getAllByRole("option")).toHaveLength(3);
  });

  it("has no None entry for a field the server keeps non-null, even when not required", async () => {
    const { user } = renderInput(SelectInput, { label: "Status", value: "draft", field: { widget: "select", options, nullable: false } });
    await user.click(screen.getByRole("button", { name: /Status/ }));
    await screen.findByRole("listbox");
    expect(screen.queryByRole("option", { name: "None" })).toBeNull();
    expect(screen.getAllByRole("option")).toHaveLength(3);
  });

  it("is keyboard usable: arrows open and move, Enter chooses", async () => {
    const { user, last } = renderInput(SelectInput, { label: "Status", field: { widget: "select", options, required: true } });
    await user.tab();
    expect(screen.getByRole("button", { name: /Status/ })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    await screen.findByRole("listbox");
    await user.keyboard("{ArrowDown}{Enter}");
    expect(last()).toBe("active");
  });

  it("converts option values to the field type", async () => {
    const { user, last } = renderInput(SelectInput, {
      label: "Priority",
      field: { widget: "select", type: "integer", options: [{ value: "1", label: "Low" }, { value: "2", label: "High" }] },
    });
    await user.click(screen.getByRole("button", { name: /Priority/ }));
    await user.click(await screen.findByRole("option", { name: "High" }));
    expect(last()).toBe(2);
  });

  it("shows the option colour as a swatch in the list", async () => {
    const { user } = renderInput(SelectInput, { label: "Status", field: { widget: "select", options } });
    await user.click(screen.getByRole("button", { name: /Status/ }));
    const opt = await screen.findByRole("option", { name: "Draft" });
    expect(opt.querySelector(".w-swatch")).toHaveStyle({ backgroundColor: "#fde047" });
  });
});

describe("multiselect input", () => {
  it("is a compact control: the listbox opens on demand, selects several options into an array, chips remove", async () => {
    const { user, last } = renderInput(MultiselectInput, { label: "Stages", field: { widget: "multiselect", options } });
    // closed until asked for: no always-open list
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /Stages/ }));
    const listbox = await screen.findByRole("listbox");
    expect(listbox).toHaveAttribute("aria-multiselectable", "true");
    await user.click(within(listbox).getByRole("option", { name: "Draft" }));
    await user.click(within(listbox).getByRole("option", { name: "Archived" }));
    expect(last()).toEqual(["draft", "archived"]);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Stages/ })).toHaveTextContent(/Draft.*Archived/);
    await user.click(screen.getByRole("button", { name: "Remove Draft" }));
    expect(last()).toEqual(["archived"]);
    await user.click(screen.getByRole("button", { name: /Stages/ }));
    const reopened = await screen.findByRole("listbox");
    expect(within(reopened).getByRole("option", { name: "Archived" })).toHaveAttribute("aria-selected", "true");
    expect(within(reopened).getByRole("option", { name: "Draft" })).toHaveAttribute("aria-selected", "false");
  });

  it("is keyboard usable: the trigger opens with the arrow key, arrows move, Space toggles", async () => {
    const { user, last } = renderInput(MultiselectInput, { label: "Stages", field: { widget: "multiselect", options } });
    await user.tab();
    expect(screen.getByRole("button", { name: /Stages/ })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    await screen.findByRole("listbox");
    await user.keyboard("{ArrowDown} ");
    expect(last()).toEqual(["active"]);
  });

  it("accepts a comma-separated string value", () => {
    renderInput(MultiselectInput, { label: "Stages", value: "draft,active", field: { widget: "multiselect", options } });
    expect(screen.getByRole("button", { name: "Remove Active" })).toBeInTheDocument();
  });
});

describe("radio input", () => {
  it("is a labelled group; arrow keys select", async () => {
    const { user, last } = renderInput(RadioInput, { label: "Status", value: "draft", field: { widget: "radio", options, required: true } });
    expect(screen.getByRole("radiogroup", { name: "Status" })).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "Draft" }));
    await user.keyboard("{ArrowDown}");
    expect(last()).toBe("active");
    expect(screen.getByRole("radio", { name: "Active" })).toBeChecked();
  });

  it("has a None choice when not required", async () => {
    const { user, last } = renderInput(RadioInput, { label: "Status", value: "draft", field: { widget: "radio", options } });
    await user.click(screen.getByRole("radio", { name: "None" }));
    expect(last()).toBeNull();
  });

  it("has no None choice for a field the server keeps non-null", () => {
    renderInput(RadioInput, { label: "Status", value: "draft", field: { widget: "radio", options, nullable: false } });
    expect(screen.queryByRole("radio", { name: "None" })).toBeNull();
    expect(screen.getAllByRole("radio")).toHaveLength(3);
  });
});

describe("choice displays", () => {
  const field = makeField({ widget: "select", options });
  it("shows the option label as a badge in its colour with contrasting text", () => {
    render(
      <>
        <SelectDisplay name="s" field={field} value="draft" variant="cell" />
        <SelectDisplay name="s" field={field} value="active" variant="cell" />
      </>,
    );
    const light = screen.getByText("Draft").closest(".w-badge") as HTMLElement;
    const dark = screen.getByText("Active").closest(".w-badge") as HTMLElement;
    expect(light).toHaveStyle({ backgroundColor: "#fde047", color: "#000000" });
    expect(dark).toHaveStyle({ backgroundColor: "#1e3a8a", color: "#ffffff" });
    for (const [bg, fg] of [["#fde047", "#000000"], ["#1e3a8a", "#ffffff"]] as const) {
      const b = parseColor(bg);
      const f = parseColor(fg);
      expect(b && f && contrastRatio(b, f)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("shows uncoloured options and unknown values as neutral badges", () => {
    render(<SelectDisplay name="s" field={field} value="gone" variant="cell" />);
    const badge = screen.getByText("gone").closest(".w-badge") as HTMLElement;
    expect(badge.getAttribute("style")).toBeNull();
  });

  it("shows multiselect values as badges, highlighted", () => {
    const { container } = render(<BadgeListDisplay name="m" field={field} value={["draft", "archived"]} variant="cell" highlight="arch" />);
    expect([...container.querySelectorAll(".w-badge")].map((b) => b.textContent)).toEqual(["Draft", "Archived"]);
    expect(container.querySelector("mark")?.textContent).toBe("Arch");
  });
});

describe("options filter", () => {
  it("emits in [values] typed like the field, undefined when none", async () => {
    const { user, last } = renderFilter(OptionsFilter, { label: "Status", field: { widget: "select", options } });
    const group = screen.getByRole("group", { name: "Status" });
    await user.click(within(group).getByRole("checkbox", { name: "Draft" }));
    await user.click(within(group).getByRole("checkbox", { name: "Active" }));
    expect(last()).toEqual({ op: "in", value: ["draft", "active"] });
    await user.click(within(group).getByRole("checkbox", { name: "Draft" }));
    await user.click(within(group).getByRole("checkbox", { name: "Active" }));
    expect(last()).toBeUndefined();
  });

  it("converts numeric option values", async () => {
    const { user, last } = renderFilter(OptionsFilter, {
      label: "Priority",
      field: { type: "number", options: [{ value: "1", label: "Low" }] },
    });
    await user.click(screen.getByRole("checkbox", { name: "Low" }));
    expect(last()).toEqual({ op: "in", value: [1] });
  });
});
