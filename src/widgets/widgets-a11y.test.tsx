import { render } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { WIDGET_IDS } from "../protocol/resolve-widget.ts";
import type { FieldSchema } from "../protocol/types.ts";
import { createWidgetRegistry } from "./create-widget-registry.ts";
import "./editors.ts"; // as the form and the filter panel do

const { getWidget } = createWidgetRegistry();
import { toFilterCondition } from "./filter-condition.ts";
import { makeField } from "./test-harness.tsx";

const SAMPLE: Record<string, unknown> = {
  number: 12.5, integer: 3, slider: 40, checkbox: true, switch: false, select: "a", radio: "a", multiselect: ["a", "b"],
  tags: ["x", "y"], date: "2024-03-05", datetime: "2024-03-05T10:00:00Z", time: "08:30", json: { a: 1 }, code: "let a = 1;",
  relation: 7, file: "https://x.test/a.pdf", image: "https://x.test/a.png", color: "#336699", email: "a@b.test",
  url: "https://x.test", markdown: "**hi**", richtext: "<b>hi</b>", password: "secret", text: "hello", textarea: "multi\nline",
};

function fieldFor(id: string): FieldSchema {
  return makeField({
    widget: id,
    options: [
      { value: "a", label: "Alpha", color: "#fde047" },
      { value: "b", label: "Beta", color: "#1e3a8a" },
    ],
    ...(id === "relation" ? { relation: { endpoint: "/u", label_field: "name", search_field: "name", value_field: "id" } } : {}),
  });
}

async function violations(container: HTMLElement) {
  const result = await axe.run(container, { rules: { "color-contrast": { enabled: false }, region: { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`);
}

describe("widget accessibility (axe)", () => {
  it("every input, labelled as the form labels it, has no violations", async () => {
    const { container } = render(
      <form>
        {WIDGET_IDS.map((id) => {
          const entry = getWidget(id);
          const label = `Field ${id}`;
          return (
            <div key={id}>
              {entry.group ? <span id={`l-${id}`}>{label}</span> : <label htmlFor={`in-${id}`}>{label}</label>}
              <entry.Input name={id} id={`in-${id}`} field={fieldFor(id)} value={SAMPLE[id] ?? null} onChange={() => {}} label={label} />
            </div>
          );
        })}
      </form>,
    );
    expect(await violations(container)).toEqual([]);
  });

  it("every display (cell and detail) and filter has no violations", async () => {
    const { container } = render(
      <div>
        <table>
          <tbody>
            <tr>
              {WIDGET_IDS.map((id) => {
                const { Display } = getWidget(id);
                return (
                  <td key={id}>
                    <Display name={id} field={fieldFor(id)} value={SAMPLE[id]} variant="cell" highlight="a" />
                  </td>
                );
              })}
            </tr>
          </tbody>
        </table>
        <dl>
          {WIDGET_IDS.map((id) => {
            const { Display, Filter } = getWidget(id);
            return (
              <div key={id}>
                <dt>{id}</dt>
                <dd>
                  <Display name={id} field={fieldFor(id)} value={SAMPLE[id]} variant="detail" />
                  {Filter && <Filter name={id} field={fieldFor(id)} value={undefined} onChange={() => {}} label={`Filter ${id}`} />}
                </dd>
              </div>
            );
          })}
        </dl>
      </div>,
    );
    expect(await violations(container)).toEqual([]);
  });
});

describe("toFilterCondition", () => {
  it("adds the field to a filter value", () => {
    expect(toFilterCondition("status", { op: "in", value: ["a"] })).toEqual({ field: "status", op: "in", value: ["a"] });
  });
});
