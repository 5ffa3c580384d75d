import { afterEach, describe, expect, it, vi } from "vitest";
import { isMultiRelation, normaliseWidgetId, resetUnknownWidgetReports, resolveWidget, WIDGET_IDS } from "./resolve-widget.ts";
import type { FieldSchema } from "./types.ts";

const f = (over: Partial<FieldSchema>): FieldSchema => ({ type: "string", widget: "", required: false, readonly: false, ...over });
const relation = { endpoint: "/users", label_field: "name", search_field: "name", value_field: "id" };
const options = [{ value: "a", label: "A" }];

afterEach(() => resetUnknownWidgetReports());

describe("resolveWidget", () => {
  it.each(WIDGET_IDS.filter((id) => !["relation", "select", "radio", "multiselect"].includes(id)))("known id %s is used as is", (id) => {
    expect(resolveWidget(f({ widget: id }))).toBe(id);
  });

  it.each([
    ["toggle", "switch"],
    ["boolean", "checkbox"],
    ["date-time", "datetime"],
    ["datetime-local", "datetime"],
    ["multi_select", "multiselect"],
    ["multi-select", "multiselect"],
    ["rich_text", "richtext"],
    ["wysiwyg", "richtext"],
    ["md", "markdown"],
    ["upload", "file"],
    ["range", "slider"],
    ["  Email ", "email"],
    ["TEXTAREA", "textarea"],
  ])("alias %s → %s", (widget, expected) => {
    expect(resolveWidget(f({ widget, options }))).toBe(expected);
  });

  it.each(["relation_picker", "relationpicker", "relation"])("%s with a relation → relation", (widget) => {
    expect(resolveWidget(f({ widget, relation }))).toBe("relation");
  });

  it("a known widget wins over relation/options/type", () => {
    expect(resolveWidget(f({ widget: "textarea", type: "number", options }))).toBe("textarea");
    expect(resolveWidget(f({ widget: "radio", options, relation }))).toBe("radio");
    expect(resolveWidget(f({ widget: "multiselect", relation }))).toBe("multiselect");
  });

  it("relation → relation picker before options and type", () => {
    expect(resolveWidget(f({ relation, options, type: "number" }))).toBe("relation");
  });

  it("options → select before type", () => {
    expect(resolveWidget(f({ options, type: "boolean" }))).toBe("select");
    expect(resolveWidget(f({ options: [], type: "boolean" }))).toBe("checkbox");
  });

  it.each([
    ["boolean", "checkbox"],
    ["date", "date"],
    ["json", "json"],
    ["number", "number"],
    ["integer", "number"],
    ["string", "text"],
    ["mystery", "text"],
  ])("type %s → %s", (type, expected) => {
    expect(resolveWidget(f({ type }))).toBe(expected);
  });

  it("widgets that need configuration fall through when it is missing", () => {
    expect(resolveWidget(f({ widget: "relation", type: "number" }))).toBe("number");
    expect(resolveWidget(f({ widget: "select" }))).toBe("text");
    expect(resolveWidget(f({ widget: "select", relation }))).toBe("relation");
    expect(resolveWidget(f({ widget: "multiselect", type: "json" }))).toBe("json");
  });

  it("unknown ids fall through the resolution order and are reported once per id", () => {
    const onUnknownWidget = vi.fn();
    expect(resolveWidget(f({ widget: "sparkle" }), { onUnknownWidget })).toBe("text");
    expect(resolveWidget(f({ widget: "sparkle", type: "boolean" }), { onUnknownWidget })).toBe("checkbox");
    expect(resolveWidget(f({ widget: "SPARKLE", relation }), { onUnknownWidget })).toBe("relation");
    expect(resolveWidget(f({ widget: "glitter" }), { onUnknownWidget })).toBe("text");
    expect(onUnknownWidget.mock.calls).toEqual([["sparkle"], ["glitter"]]);
  });

  it("warns on the console in development builds when no callback is given", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    resolveWidget(f({ widget: "zzz" }));
    resolveWidget(f({ widget: "zzz" }));
    expect(warn).toHaveBeenCalledTimes(import.meta.env.DEV ? 1 : 0);
    warn.mockRestore();
  });

  it("an empty widget is not reported", () => {
    const onUnknownWidget = vi.fn();
    resolveWidget(f({ widget: "" }), { onUnknownWidget });
    expect(onUnknownWidget).not.toHaveBeenCalled();
  });
});

describe("normaliseWidgetId / isMultiRelation", () => {
  it("normalises or returns null", () => {
    expect(normaliseWidgetId("Toggle")).toBe("switch");
    expect(normaliseWidgetId("nope")).toBeNull();
    expect(normaliseWidgetId(undefined)).toBeNull();
  });

  it("tells a multi-value relation", () => {
    expect(isMultiRelation(f({ widget: "multiselect", relation }))).toBe(true);
    expect(isMultiRelation(f({ widget: "multi-select", relation }))).toBe(true);
    expect(isMultiRelation(f({ widget: "relation", relation }))).toBe(false);
    expect(isMultiRelation(f({ widget: "multiselect", options }))).toBe(false);
  });
});
