// Test helpers for widget tests: a stateful form-like harness that labels the input the way the
// record form does (`<label htmlFor={id}>`) and records every emitted value.
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState, type ComponentType, type ReactNode } from "react";
import { vi } from "vitest";
import type { FieldSchema } from "../protocol/types.ts";
import type { FilterValue, WidgetFilterProps, WidgetInputProps } from "./types.ts";

export function makeField(partial: Partial<FieldSchema> = {}): FieldSchema {
  return { type: "string", widget: "text", required: false, readonly: false, ...partial };
}

export function renderInput(
  Input: ComponentType<WidgetInputProps>,
  opts: {
    field?: Partial<FieldSchema>;
    value?: unknown;
    label?: string;
    extra?: Partial<WidgetInputProps>;
    wrap?: (node: ReactNode) => ReactNode;
  } = {},
) {
  const onChange = vi.fn();
  const label = opts.label ?? "Name";
  const field = makeField(opts.field);
  function Harness() {
    const [value, setValue] = useState<unknown>(opts.value ?? null);
    return (
      <div>
        <label htmlFor="f-input">{label}</label>
        <Input
          name="f"
          id="f-input"
          field={field}
          label={label}
          value={value}
          onChange={(v) => {
            onChange(v);
            setValue(v);
          }}
          {...opts.extra}
        />
        <output data-testid="value">{JSON.stringify(value)}</output>
      </div>
    );
  }
  const user = userEvent.setup();
  const result = render(opts.wrap ? <>{opts.wrap(<Harness />)}</> : <Harness />);
  return { ...result, user, onChange, last: () => onChange.mock.calls.at(-1)?.[0] as unknown };
}

export function renderFilter(
  Filter: ComponentType<WidgetFilterProps>,
  opts: { field?: Partial<FieldSchema>; value?: FilterValue; label?: string; extra?: Partial<WidgetFilterProps> } = {},
) {
  const onChange = vi.fn();
  const label = opts.label ?? "Status";
  const field = makeField(opts.field);
  function Harness() {
    const [value, setValue] = useState<FilterValue | undefined>(opts.value);
    return (
      <Filter
        name="f"
        field={field}
        label={label}
        value={value}
        onChange={(v) => {
          onChange(v);
          setValue(v);
        }}
        {...opts.extra}
      />
    );
  }
  const user = userEvent.setup();
  const result = render(<Harness />);
  return { ...result, user, onChange, last: () => onChange.mock.calls.at(-1)?.[0] as FilterValue | undefined };
}
