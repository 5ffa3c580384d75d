import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { RelationConfig } from "../../protocol/types.ts";
import { makeField, renderFilter, renderInput } from "../test-harness.tsx";
import { RelationIdInput } from "./relation-input.tsx";
import { RelationDisplay } from "./relation-display.tsx";
import { RelationFilter } from "./relation-filter.tsx";

const relation: RelationConfig = { endpoint: "/users", label_field: "name", search_field: "name", value_field: "id" };

describe("relation id input", () => {
  it("emits the id, numbers for numeric fields, null when cleared", async () => {
    const { user, last } = renderInput(RelationIdInput, { label: "Owner", field: { widget: "relation", type: "integer", relation } });
    const box = screen.getByRole("textbox", { name: "Owner" });
    await user.type(box, "42");
    expect(last()).toBe(42);
    await user.clear(box);
    expect(last()).toBeNull();
  });

  it("keeps string ids as strings", async () => {
    const { user, last } = renderInput(RelationIdInput, { label: "Owner", field: { widget: "relation", relation } });
    await user.type(screen.getByRole("textbox", { name: "Owner" }), "507f1f77bcf86cd799439011");
    expect(last()).toBe("507f1f77bcf86cd799439011");
  });

  it("multi relation: comma-separated ids → array", async () => {
    const { user, last } = renderInput(RelationIdInput, { label: "Tags", value: [1], field: { widget: "multiselect", relation } });
    const box = screen.getByRole("textbox", { name: "Tags" });
    expect(box).toHaveValue("1");
    await user.type(box, ", 2");
    expect(last()).toEqual([1, 2]);
  });
});

describe("relation display", () => {
  const field = makeField({ widget: "relation", relation });
  it("shows the resolved label", () => {
    render(<RelationDisplay name="o" field={field} value={7} label="Ann" variant="cell" />);
    expect(screen.getByText("Ann")).toBeInTheDocument();
    expect(screen.queryByText("⚠")).toBeNull();
  });

  it("shows an unknown id raw with a warning and an accessible 'Unknown record'", () => {
    const { container } = render(<RelationDisplay name="o" field={field} value={7} variant="cell" />);
    expect(container.textContent).toContain("7");
    expect(screen.getByText("⚠")).toHaveAttribute("aria-hidden", "true");
    expect(container.textContent).toContain("Unknown record");
    expect(container.querySelector("[aria-description]")).toHaveAttribute("aria-description", "Unknown record");
  });

  it("uses the label of an embedded related record", () => {
    render(<RelationDisplay name="o" field={field} value={{ id: 3, name: "Cleo" }} variant="cell" />);
    expect(screen.getByText("Cleo")).toBeInTheDocument();
    expect(screen.queryByText("⚠")).toBeNull();
  });

  it("does not warn while labels are pending", () => {
    const { container } = render(<RelationDisplay name="o" field={field} value={7} pending variant="cell" />);
    expect(container.textContent).toBe("7");
  });

  it("multi values use the labels map", () => {
    const { container } = render(<RelationDisplay name="o" field={field} value={[1, 2]} labels={{ "1": "One" }} variant="cell" />);
    expect(container.textContent).toContain("One");
    expect(container.textContent).toContain("2");
    expect(screen.getAllByText("⚠")).toHaveLength(1);
  });
});

describe("relation filter", () => {
  it("plain id input: one id → eq, several → in", async () => {
    const { user, last } = renderFilter(RelationFilter, { label: "Owner", field: { widget: "relation", type: "integer", relation } });
    const box = screen.getByRole("textbox", { name: "Owner" });
    await user.type(box, "5");
    expect(last()).toEqual({ op: "eq", value: 5 });
    await user.type(box, ",6");
    expect(last()).toEqual({ op: "in", value: [5, 6] });
    await user.clear(box);
    expect(last()).toBeUndefined();
  });

  it("uses the relation picker slot when given", async () => {
    const { user, last } = renderFilter(RelationFilter, {
      label: "Owner",
      field: { widget: "relation", relation },
      extra: {
        renderRelationPicker: ({ label, onChange }) => (
          <button type="button" onClick={() => onChange(["u1", "u2"])}>
            Pick {label}
          </button>
        ),
      },
    });
    await user.click(screen.getByRole("button", { name: "Pick Owner" }));
    expect(last()).toEqual({ op: "in", value: ["u1", "u2"] });
  });
});
