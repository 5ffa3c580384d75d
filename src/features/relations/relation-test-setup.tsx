// Test support for the relation picker: jsdom sizes and intersections for the Virtualizer and the
// load-more sentinel, and a form-like harness around one input. The backend is the shared
// reference setup (src/testing/reference-adapters.ts with src/testing/data-wrapper.tsx).
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState, type ReactNode } from "react";
import { vi } from "vitest";
import type { AdminSchema } from "../../protocol/types.ts";
import type { WidgetInputProps } from "../../widgets/types.ts";

const observers = new Set<FakeIntersectionObserver>();

/** jsdom has no IntersectionObserver (react-aria's load-more sentinel uses one). */
class FakeIntersectionObserver {
  readonly root = null;
  readonly rootMargin = "";
  readonly thresholds: number[] = [];
  private targets = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    observers.add(this);
  }
  observe(el: Element) {
    this.targets.add(el);
  }
  unobserve(el: Element) {
    this.targets.delete(el);
  }
  disconnect() {
    this.targets.clear();
    observers.delete(this);
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
  fire() {
    const entries = [...this.targets].map((target) => ({ target, isIntersecting: true, intersectionRatio: 1 }) as unknown as IntersectionObserverEntry);
    if (entries.length > 0) this.callback(entries, this as unknown as IntersectionObserver);
  }
}

/** Pretend every load-more sentinel scrolled into view (infinite scroll). */
export function scrollSentinelsIntoView(): void {
  for (const o of [...observers]) o.fire();
}

/** The Virtualizer measures its scroll view; jsdom has no layout, so give elements a size. */
export function stubLayout(): void {
  vi.stubGlobal("IntersectionObserver", FakeIntersectionObserver);
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockImplementation(() => 300);
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockImplementation(() => 300);
  vi.spyOn(HTMLElement.prototype, "scrollHeight", "get").mockImplementation(() => 300);
  vi.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockImplementation(() => 300);
  vi.spyOn(HTMLElement.prototype, "offsetWidth", "get").mockImplementation(() => 300);
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
        <output data-testid="value">{JSON.stringify(value)}</output>
      </div>
    );
  }
  const user = userEvent.setup();
  const result = render(<Harness />, { wrapper: setup.wrapper });
  return { ...result, user, onChange, label, field, last: () => onChange.mock.calls.at(-1)?.[0] as unknown };
}
