import { render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
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
  it("is a native select labelled by the field, and emits the chosen option value", async () => {
    const { user, last } = renderInput(SelectInput, { label: "Status", field: { widget: "select", options } });
    const select = screen.getByRole("combobox", { name: "Status" });
    expect(select.tagName).toBe("SELECT");
    expect(select).toHaveAttribute("id", "f-input");
    await user.selectOptions(select, within(select).getByRole("option", { name: "Active" }));
    expect(last()).toBe("active");
    expect(select).toHaveValue("active");
    expect(within(select).getByRole("option", { name: "Active" })).toHaveProperty("selected", true);
  });

  it("ties the form's description and error state to the select", () => {
    renderInput(SelectInput, { label: "Status", field: { widget: "select", options, required: true }, extra: { describedBy: "status-error", invalid: true } });
    const select = screen.getByRole("combobox", { name: "Status" });
    expect(select).toHaveAttribute("aria-describedby", "status-error");
    expect(select).toHaveAttribute("aria-invalid", "true");
    expect(select).toHaveAttribute("aria-required", "true");
  });

  it("offers None when not required, which clears to null", async () => {
    const { user, last } = renderInput(SelectInput, { label: "Status", value: "draft", field: { widget: "select", options } });
    const select = screen.getByRole("combobox", { name: "Status" });
    expect(within(select).getAllByRole("option").map((o) => o.textContent)).toEqual(["None", "Draft", "Active", "Archived"]);
    await user.selectOptions(select, screen.getByRole("option", { name: "None" }));
    expect(last()).toBeNull();
    expect(screen.getByRole("option", { name: "None" })).toHaveProperty("selected", true);
  });

  it("has no None entry when required: it shows the placeholder, which cannot be chosen", () => {
    renderInput(SelectInput, { label: "Status", field: { widget: "select", options, required: true } });
    expect(screen.queryByRole("option", { name: "None" })).toBeNull();
    expect(screen.getAllByRole("option")).toHaveLength(3);
    expect(screen.getByRole("combobox", { name: "Status" })).toHaveDisplayValue("Select…");
    const placeholder = screen.getByText("Select…");
    expect(placeholder).toHaveProperty("selected", true);
    expect(placeholder).toBeDisabled();
  });

  it("has no None entry for a field the server keeps non-null, even when not required", () => {
    renderInput(SelectInput, { label: "Status", value: "draft", field: { widget: "select", options, nullable: false } });
    expect(screen.queryByRole("option", { name: "None" })).toBeNull();
    expect(screen.getAllByRole("option")).toHaveLength(3);
  });

  it("keeps a stored value that is not an option visible, but not choosable", () => {
    renderInput(SelectInput, { label: "Status", value: "gone", field: { widget: "select", options, required: true } });
    const stale = screen.getByRole("option", { name: "gone" });
    expect(stale).toHaveProperty("selected", true);
    expect(stale).toBeDisabled();
  });

  it("is in the tab order and emits the option chosen", async () => {
    const { user, last } = renderInput(SelectInput, { label: "Status", field: { widget: "select", options, required: true } });
    await user.tab();
    const select = screen.getByRole("combobox", { name: "Status" });
    expect(select).toHaveFocus();
    // jsdom has no select popup or arrow keys; the browser's are tested end to end (dialects)
    await user.selectOptions(select, "archived");
    expect(last()).toBe("archived");
  });

  it("converts option values to the field type", async () => {
    const { user, last } = renderInput(SelectInput, {
      label: "Priority",
      field: { widget: "select", type: "integer", options: [{ value: "1", label: "Low" }, { value: "2", label: "High" }] },
    });
    await user.selectOptions(screen.getByRole("combobox", { name: "Priority" }), screen.getByRole("option", { name: "High" }));
    expect(last()).toBe(2);
  });

  it("shows the option colour as a swatch in the list", () => {
    renderInput(SelectInput, { label: "Status", field: { widget: "select", options } });
    const opt = screen.getByRole("option", { name: "Draft" });
    expect(opt.querySelector(".w-swatch")).toHaveStyle({ backgroundColor: "#fde047" });
  });

  it("is a read-only text when the field is read-only", () => {
    renderInput(SelectInput, { label: "Status", value: "draft", field: { widget: "select", options, readonly: true } });
    expect(screen.queryByRole("combobox")).toBeNull();
    expect(screen.getByRole("textbox", { name: "Status" })).toHaveValue("Draft");
  });
});

describe("multiselect input", () => {
  it("is a compact control: the checkboxes open on demand, pick several into an array, chips remove", async () => {
    const { user, last } = renderInput(MultiselectInput, { label: "Stages", field: { widget: "multiselect", options } });
    const trigger = screen.getByRole("button", { name: /Stages/ });
    // closed until asked for: no always-open list
    expect(trigger).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("checkbox")).not.toBeInTheDocument();
    await user.click(trigger);
    expect(trigger).toHaveAttribute("aria-expanded", "true");
    const panel = screen.getByRole("group", { name: "Stages" });
    expect(trigger).toHaveAttribute("aria-controls", panel.id);
    await user.click(within(panel).getByRole("checkbox", { name: "Draft" }));
    await user.click(within(panel).getByRole("checkbox", { name: "Archived" }));
    expect(last()).toEqual(["draft", "archived"]);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("group", { name: "Stages" })).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveAccessibleName("Draft, Archived Stages");
    await user.click(screen.getByRole("button", { name: "Remove Draft" }));
    expect(last()).toEqual(["archived"]);
    await user.click(trigger);
    const reopened = screen.getByRole("group", { name: "Stages" });
    expect(within(reopened).getByRole("checkbox", { name: "Archived" })).toBeChecked();
    expect(within(reopened).getByRole("checkbox", { name: "Draft" })).not.toBeChecked();
  });

  it("is keyboard usable: ArrowDown opens on the first box, arrows, Home and End move, Space toggles", async () => {
    const { user, last } = renderInput(MultiselectInput, { label: "Stages", field: { widget: "multiselect", options } });
    await user.tab();
    const trigger = screen.getByRole("button", { name: /Stages/ });
    expect(trigger).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("checkbox", { name: "Draft" })).toHaveFocus();
    await user.keyboard("{ArrowDown} ");
    expect(last()).toEqual(["active"]);
    await user.keyboard("{End}");
    expect(screen.getByRole("checkbox", { name: "Archived" })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("checkbox", { name: "Archived" })).toHaveFocus();
    await user.keyboard("{Home}");
    expect(screen.getByRole("checkbox", { name: "Draft" })).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(screen.getByRole("checkbox", { name: "Draft" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveAttribute("aria-expanded", "false");
    await user.keyboard("{Enter}");
    expect(screen.getByRole("checkbox", { name: "Draft" })).toHaveFocus();
  });

  it("closes when focus leaves it, and tells the form once", async () => {
    const onBlur = vi.fn();
    const { user } = renderInput(MultiselectInput, { label: "Stages", field: { widget: "multiselect", options }, extra: { onBlur } });
    await user.click(screen.getByRole("button", { name: /Stages/ }));
    await user.click(screen.getByRole("checkbox", { name: "Draft" }));
    expect(onBlur).not.toHaveBeenCalled();
    await user.click(document.body);
    expect(screen.queryByRole("group", { name: "Stages" })).not.toBeInTheDocument();
    expect(onBlur).toHaveBeenCalledTimes(1);
  });

  it("keeps its Escape from the dialog around it", async () => {
    const onOuterKey = vi.fn();
    const { user } = renderInput(MultiselectInput, {
      label: "Stages",
      field: { widget: "multiselect", options },
      wrap: (node) => <div onKeyDown={(e) => onOuterKey(e.key)}>{node}</div>,
    });
    await user.click(screen.getByRole("button", { name: /Stages/ }));
    await user.keyboard("{Escape}");
    expect(onOuterKey).not.toHaveBeenCalledWith("Escape");
    await user.keyboard("{Escape}");
    expect(onOuterKey).toHaveBeenCalledWith("Escape");
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

  it("does not change when read-only, and says so", async () => {
    const { user, onChange } = renderInput(RadioInput, { label: "Status", value: "draft", field: { widget: "radio", options, readonly: true } });
    expect(screen.getByRole("radiogroup", { name: "Status" })).toHaveAttribute("aria-readonly", "true");
    await user.click(screen.getByRole("radio", { name: "Active" }));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole("radio", { name: "Draft" })).toBeChecked();
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
