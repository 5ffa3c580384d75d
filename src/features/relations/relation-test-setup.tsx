// Test support for the relation picker: jsdom sizes for the virtualised options, scrolling them,
// and a form-like harness around one input. The backend is the shared
// reference setup (src/testing/reference-adapters.ts with src/testing/data-wrapper.tsx).
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState, type ReactNode } from "react";
import { vi } from "vitest";
import type { AdminSchema } from "../../protocol/types.ts";
import type { WidgetInputProps } from "../../widgets/types.ts";
import { OPTION_HEIGHT } from "./relation-options-popover.tsx";

/** The virtualised options measure their scroll view; jsdom has no layout, so give elements a size. */
export function stubLayout(): void {
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockImplementation(() => 300);
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockImplementation(() => 300);
  vi.spyOn(HTMLElement.prototype, "scrollHeight", "get").mockImplementation(() => 300);
  vi.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockImplementation(() => 300);
  vi.spyOn(HTMLElement.prototype, "offsetWidth", "get").mockImplementation(() => 300);
}

/**
 * Scrolls the open listbox down until its last rendered option is at the bottom, as a user does
 * (calls in a row reach the end of what is loaded). jsdom has no layout: the options' own
 * positions (the virtualiser's `top`) say where they are.
 */
export function scrollOptionsDown(): void {
  const listbox = screen.getByRole("listbox");
  const last = within(listbox).getAllByRole("option").at(-1);
  if (!last) return;
  listbox.scrollTop = Math.max(0, parseFloat(last.style.top) + OPTION_HEIGHT - listbox.clientHeight);
  fireEvent.scroll(listbox);
}

/** The popup's status line (the one status without a name: the harness's <output> has one). */
export function pickerStatus(): HTMLElement {
  return screen.getByRole("status", { name: "" });
}

/** A form-like harness: `<label htmlFor>` + the input, keeping the value in state. */
export function renderField(
  setup: { wrapper: (p: { children: ReactNode }) => ReactNode; schema: AdminSchema },
  Input: (p: WidgetInputProps) => ReactNode,
  resourceName: string,
  fieldName: string,
  initial: unknown = null,
) {
  const resource = setup.schema.resources.find((r) => r.name === resourceName);
  const field = resource?.fields[fieldName];
  if (!field) throw new Error(`no field ${resourceName}.${fieldName}`);
  const onChange = vi.fn();
  const label = field.label ?? fieldName;
  function Harness() {
    const [value, setValue] = useState<unknown>(initial);
    return (
      <div>
        <label htmlFor="f-input">{label}</label>
        <Input
          name={fieldName}
          id="f-input"
          field={field!}
          label={label}
          value={value}
          onChange={(v) => {
            onChange(v);
            setValue(v);
          }}
        />
        {/* an <output> is a status too: named, so that the picker's own status line stays the unnamed one */}
        <output data-testid="value" aria-label="Field value">
          {JSON.stringify(value)}
        </output>
      </div>
    );
  }
  const user = userEvent.setup();
  const result = render(<Harness />, { wrapper: setup.wrapper });
  return { ...result, user, onChange, label, field, last: () => onChange.mock.calls.at(-1)?.[0] as unknown };
}
