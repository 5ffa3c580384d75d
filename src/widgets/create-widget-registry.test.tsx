import { render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WIDGET_ALIASES, WIDGET_IDS, resetUnknownWidgetReports } from "../protocol/resolve-widget.ts";
import { createWidgetRegistry } from "./create-widget-registry.ts";
import { WIDGET_LIST } from "./widget-list.ts";
import "./editors.ts"; // as the form and the filter panel do (the late loading: define-widget-kind.test.tsx)
import { makeField, renderInput } from "./test-harness.tsx";
import type { WidgetInputProps } from "./types.ts";

const { getWidget, widgetFor } = createWidgetRegistry();

describe("widget list", () => {
  it("declares every canonical widget id exactly once", () => {
    const ids = WIDGET_LIST.flatMap((kind) => kind.entries.map((e) => e.id));
    expect([...ids].sort()).toEqual([...WIDGET_IDS].sort());
  });

  it("has every kind's inputs and filters in editors.ts (each kind's editors module hands them over)", () => {
    expect(WIDGET_LIST.filter((kind) => !kind.hasEditors()).map((kind) => kind.entries.map((e) => e.id).join("/"))).toEqual([]);
  });

  it("declares the protocol's aliases (which the resolution order reads), and no others", () => {
    const aliases = Object.assign({}, ...WIDGET_LIST.map((kind) => kind.aliases));
    expect(aliases).toEqual(WIDGET_ALIASES);
  });
});

describe("widget registry", () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    resetUnknownWidgetReports();
    warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  });
  afterEach(() => warn.mockRestore());

  it("has an entry with input and display for every canonical widget id", () => {
    for (const id of WIDGET_IDS) {
      const entry = getWidget(id);
      expect(entry.id).toBe(id);
      expect(typeof entry.Input).toBe("function");
      expect(typeof entry.Display).toBe("function");
    }
    expect(getWidget("number").align).toBe("end");
    expect(getWidget("password").Filter).toBeNull();
  });

  it("falls back to the text entry for an unknown id, warning once", () => {
    const a = getWidget("hologram");
    const b = getWidget("hologram");
    expect(a.id).toBe("text");
    expect(b).toBe(getWidget("text"));
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("gives a field with an unknown widget a text input and exactly one warning, never throwing", async () => {
    const field = makeField({ widget: "sparkle-editor", type: "string" });
    const entry = widgetFor(field);
    widgetFor(field);
    expect(entry.id).toBe("text");
    expect(warn).toHaveBeenCalledTimes(1);
    const { user, last } = renderInput(entry.Input, { field, label: "Nickname" });
    await user.type(screen.getByRole("textbox", { name: "Nickname" }), "Al");
    expect(last()).toBe("Al");
  });

  it("resolves by type and relation (number, boolean, multi relation)", () => {
    expect(widgetFor(makeField({ widget: "", type: "number" })).id).toBe("number");
    expect(widgetFor(makeField({ widget: "", type: "boolean" })).id).toBe("checkbox");
    const rel = { endpoint: "/tags", label_field: "name", search_field: "name", value_field: "id" };
    expect(widgetFor(makeField({ widget: "multiselect", relation: rel })).id).toBe("relation");
  });

  it("finds an entry by alias, whatever its case", () => {
    expect(getWidget("Toggle")).toBe(getWidget("switch"));
    expect(getWidget(" wysiwyg ")).toBe(getWidget("richtext"));
    expect(widgetFor(makeField({ widget: "MD" })).id).toBe("markdown");
  });

  it("takes overrides of parts of an entry at creation, leaving other registries alone", () => {
    function Picker({ label }: WidgetInputProps) {
      return <div role="combobox" aria-label={label} aria-expanded="false" aria-controls="x" />;
    }
    const app = createWidgetRegistry({ overrides: [{ id: "relation", Input: Picker }] });
    const entry = app.getWidget("relation");
    expect(entry.Input).toBe(Picker);
    expect(entry.Display).toBe(getWidget("relation").Display); // display kept
    expect(entry.Filter).toBe(getWidget("relation").Filter); // filter kept
    expect(app.widgetFor(makeField({ widget: "relation_picker", relation: { endpoint: "/u", label_field: "name", search_field: "name", value_field: "id" } })).Input).toBe(Picker);
    render(<entry.Input name="owner" id="o" field={makeField({ widget: "relation" })} value={null} onChange={() => {}} label="Owner" />);
    expect(screen.getByRole("combobox", { name: "Owner" })).toBeInTheDocument();
    expect(getWidget("relation").Input).not.toBe(Picker);
    expect(createWidgetRegistry().getWidget("relation").Input).not.toBe(Picker);
  });

  it("merges later overrides of the same id over earlier ones", () => {
    const A = () => null;
    const B = () => null;
    const app = createWidgetRegistry({ overrides: [{ id: "text", Input: A, align: "end" }, { id: "text", Input: B }] });
    expect(app.getWidget("text").Input).toBe(B);
    expect(app.getWidget("text").align).toBe("end");
  });

  it("renders every input, display and filter without throwing on odd values", async () => {
    const odd: unknown[] = [null, undefined, "", "x", 3, true, ["a"], { a: 1 }];
    for (const id of WIDGET_IDS) {
      const entry = getWidget(id);
      const field = makeField({ widget: id, options: [{ value: "a", label: "A" }] });
      for (const value of odd) {
        const { unmount } = render(
          <div>
            <entry.Input name="f" id="f" field={field} value={value} onChange={() => {}} label="F" />
            <entry.Display name="f" field={field} value={value} variant="cell" />
            <entry.Display name="f" field={field} value={value} variant="detail" highlight="a" />
            {entry.Filter && <entry.Filter name="f" field={field} value={undefined} onChange={() => {}} label="F" />}
          </div>,
        );
        unmount();
      }
    }
    // the lazy editors resolve to real editors
    render(<>{(() => { const E = getWidget("json").Input; return <E name="j" id="j" field={makeField({ widget: "json", type: "json" })} value={{ a: 1 }} onChange={() => {}} label="Data" />; })()}</>);
    expect(await screen.findByDisplayValue(/"a": 1/)).toBeInTheDocument();
  });
});
