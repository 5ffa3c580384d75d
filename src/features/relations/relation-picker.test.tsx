import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { RelationPage } from "../../backend/types.ts";
import type { FilterValue } from "../../widgets/types.ts";
import type { RecordFormProps } from "../form/record-form.tsx";
import { ModalDialog, ModalTitle } from "../../ui/modal-dialog.tsx";
import { RelationPickerFilter, RelationPickerInput } from "./relation-picker-widgets.tsx";
import { withWrapper } from "../../testing/data-wrapper.tsx";
import { referenceAdapter, type AdapterSetup } from "../../testing/reference-adapters.ts";
import { pickerStatus, renderField, scrollOptionsDown, stubLayout } from "./relation-test-setup.tsx";

vi.mock("../form/record-form.tsx", async () => {
  const { useState: useLocalState } = await import("react");
  const { useBackend } = await import("../../data/backend-context.tsx");
  /** A stand-in for the record form: one "Name" box, Save creates through the backend. */
  function RecordForm({ resource, onSaved, onCancel, embedded }: RecordFormProps) {
    const backend = useBackend();
    const [name, setName] = useLocalState("");
    return (
      <form
        aria-label={`${resource.label} form`}
        data-embedded={String(Boolean(embedded))}
        onSubmit={(e) => {
          e.preventDefault();
          void backend.create(resource, { name, email: "zed.zulu@example.com", tier: "gold" }).then(onSaved);
        }}
      >
        <label>
          Name <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit">Save</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </form>
    );
  }
  return { RecordForm };
});

beforeEach(() => stubLayout());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** An option's label (without the id hint shown for labels that several records share). */
function optionLabel(option: HTMLElement): string {
  return option.querySelector(".rp-option-label")?.textContent ?? "";
}

/** Search requests (not label look-ups) sent to `/<endpoint>`. */
function searches(s: AdapterSetup, endpoint: string) {
  return s.listCalls(endpoint).filter((r) => !r.url.searchParams.has("id__in") && !r.url.searchParams.has("_id__in"));
}
function labelLookups(s: AdapterSetup, endpoint: string) {
  return s.listCalls(endpoint).filter((r) => r.url.searchParams.has("id__in") || r.url.searchParams.has("_id__in"));
}

describe("relation picker: single value", () => {
  it("is a combobox labelled by the field label; picks with the mouse and shows the label", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const { user, last } = renderField(s, RelationPickerInput, "orders", "customer_id");
    const box = screen.getByRole("combobox", { name: "Customer" });
    await user.type(box, "a");
    const list = await screen.findByRole("listbox");
    await waitFor(() => expect(pickerStatus()).toHaveTextContent(/shown|match/));
    const options = within(list).getAllByRole("option");
    expect(options.length).toBeGreaterThan(0);
    const text = optionLabel(options[0]!);
    await user.click(options[0]!);
    expect(typeof last()).toBe("string");
    await waitFor(() => expect(box).toHaveValue(text));
    expect(screen.getByRole("link", { name: `Open ${text} in new tab` })).toHaveAttribute("href", `/r/customers/${String(last())}`);
  });

  it("debounces typing: one search for the whole word, none per keystroke", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    renderField(s, RelationPickerInput, "orders", "customer_id");
    const box = screen.getByRole("combobox", { name: "Customer" });
    act(() => box.focus());
    for (const text of ["a", "an", "ann", "anna"]) fireEvent.change(box, { target: { value: text } });
    await screen.findAllByRole("option");
    await new Promise((r) => setTimeout(r, 400));
    const sent = searches(s, "customers");
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url.searchParams.get("name__regex")).toBe("anna");
    expect(sent[0]!.url.searchParams.get("page")).toBe("1");
  });

  it("cancels a search that a newer term supersedes", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy", { delayMs: 1000 }));
    const calls: { term: string; signal: AbortSignal | undefined }[] = [];
    const real = s.backend.searchRelation.bind(s.backend);
    vi.spyOn(s.backend, "searchRelation").mockImplementation((resource, field, q, opts) => {
      calls.push({ term: q.term, signal: opts?.signal });
      return real(resource, field, q, opts);
    });
    renderField(s, RelationPickerInput, "orders", "customer_id");
    const box = screen.getByRole("combobox", { name: "Customer" });
    act(() => box.focus());
    fireEvent.change(box, { target: { value: "a" } });
    await waitFor(() => expect(calls).toHaveLength(1), { timeout: 1000 });
    fireEvent.change(box, { target: { value: "an" } });
    await waitFor(() => expect(calls).toHaveLength(2), { timeout: 1000 });
    const [first, second] = calls;
    expect(first!.term).toBe("a");
    expect(second!.term).toBe("an");
    expect(first!.signal?.aborted).toBe(true);
    expect(second!.signal?.aborted).toBe(false);
    await waitFor(() => expect(pickerStatus()).toHaveTextContent(/match|shown/), { timeout: 2000 });
    expect(searches(s, "customers").map((r) => r.url.searchParams.get("name__regex"))).toEqual(["a", "an"]);
  });

  it("keyboard only: arrows, Enter picks, Escape reverts the typed text", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const { user, last, onChange } = renderField(s, RelationPickerInput, "orders", "customer_id");
    await user.tab();
    const box = screen.getByRole("combobox", { name: "Customer" });
    expect(box).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    const options = await screen.findAllByRole("option");
    await user.keyboard("{ArrowDown}");
    await waitFor(() => expect(box.getAttribute("aria-activedescendant")).toBeTruthy());
    const active = document.getElementById(box.getAttribute("aria-activedescendant")!);
    expect(options).toContain(active);
    const label = optionLabel(active!);
    await user.keyboard("{Enter}");
    expect(onChange).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(box).toHaveValue(label));
    expect(screen.queryByRole("listbox")).toBeNull();

    const picked = last();
    await user.keyboard("zzzz");
    expect(box).toHaveValue(`${label}zzzz`);
    // one Escape closes the popup and puts the value's text back
    await user.keyboard("{Escape}");
    await waitFor(() => expect(box).toHaveValue(label));
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(last()).toBe(picked);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it("Enter before the results arrive keeps the typed text; Escape and blur revert it", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy", { delayMs: 300 }));
    const { user, onChange } = renderField(s, RelationPickerInput, "orders", "customer_id");
    const box = screen.getByRole("combobox", { name: "Customer" });
    await user.click(box);
    await user.keyboard("Maja{Enter}");
    expect(box).toHaveValue("Maja");
    await waitFor(() => expect(searches(s, "customers")).toHaveLength(1));
    expect(searches(s, "customers")[0]!.url.searchParams.get("name__regex")).toBe("Maja");
    await user.keyboard("{ArrowDown}");
    await waitFor(() => expect(screen.getAllByRole("option")[0]).toHaveTextContent(/^Maja/), { timeout: 3000 });
    await user.keyboard("{Escape}");
    await waitFor(() => expect(box).toHaveValue(""));
    await user.keyboard("Maja");
    await waitFor(() => expect(screen.getAllByRole("option")[0]).toHaveTextContent(/^Maja/), { timeout: 3000 });
    await user.tab();
    expect(box).toHaveValue("");
    expect(onChange).not.toHaveBeenCalled();
  });

  it("shows the current value by its label (resolved once), and the empty state inside the popup", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const page = await s.backend.searchRelation(s.resource("orders"), "customer_id", { term: "", page: 1, perPage: 1 });
    const customer = page.options[0]!;
    s.requests.length = 0;
    const { user } = renderField(s, RelationPickerInput, "orders", "customer_id", customer.value);
    const box = screen.getByRole("combobox", { name: "Customer" });
    await waitFor(() => expect(box).toHaveValue(customer.label));
    expect(labelLookups(s, "customers")).toHaveLength(1);
    await user.clear(box);
    await user.type(box, "no-such-customer-xyz");
    expect(await screen.findByText("No matches for “no-such-customer-xyz”")).toBeInTheDocument();
  });

  it("tells records with the same label apart by a short id hint", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const page = await s.backend.searchRelation(s.resource("orders"), "customer_id", { term: "", page: 1, perPage: 200 });
    const counts = new Map<string, number>();
    for (const o of page.options) counts.set(o.label, (counts.get(o.label) ?? 0) + 1);
    const twin = [...counts].find(([, n]) => n > 1)?.[0];
    const single = [...counts].find(([, n]) => n === 1)?.[0];
    expect(twin).toBeDefined();
    const { user } = renderField(s, RelationPickerInput, "orders", "customer_id");
    await user.type(screen.getByRole("combobox", { name: "Customer" }), twin!);
    await waitFor(() => expect(pickerStatus()).toHaveTextContent(/match|shown/));
    const names = screen.getAllByRole("option").map((o) => o.textContent ?? "").filter((t) => t.startsWith(twin!));
    expect(names.length).toBeGreaterThan(1);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/#\w+$/);
    await user.clear(screen.getByRole("combobox", { name: "Customer" }));
    await user.type(screen.getByRole("combobox", { name: "Customer" }), single!);
    await waitFor(() => expect(screen.getAllByRole("option").map((o) => o.textContent)).toContain(single));
  });

  it("read-only fields show the label in a read-only box", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const page = await s.backend.searchRelation(s.resource("orders"), "customer_id", { term: "", page: 1, perPage: 1 });
    const customer = page.options[0]!;
    const field = { ...s.resource("orders").fields.customer_id!, readonly: true };
    s.resource("orders").fields.customer_id = field;
    renderField(s, RelationPickerInput, "orders", "customer_id", customer.value);
    const box = screen.getByRole("textbox", { name: "Customer" });
    await waitFor(() => expect(box).toHaveValue(customer.label));
    expect(box).toHaveAttribute("readonly");
    expect(screen.queryByRole("combobox")).toBeNull();
  });

  it("shows an unknown id raw with a warning instead of a blank", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    renderField(s, RelationPickerInput, "orders", "customer_id", "missing-customer-id");
    const box = screen.getByRole("combobox", { name: "Customer" });
    expect(await screen.findByText(/Unknown record missing-customer-id/)).toBeInTheDocument();
    expect(box).toHaveValue("missing-customer-id");
  });

  it("optional fields have a clear button; required ones do not", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const cats = await s.backend.searchRelation(s.resource("categories"), "parent_id", { term: "", page: 1, perPage: 1 });
    const parent = cats.options[0]!;
    const { user, last } = renderField(s, RelationPickerInput, "categories", "parent_id", parent.value);
    await user.click(await screen.findByRole("button", { name: "Clear Parent category" }));
    expect(last()).toBeNull();
    expect(screen.getByRole("combobox", { name: "Parent category" })).toHaveValue("");
    expect(screen.queryByRole("button", { name: /^Clear/ })).toBeNull();
  });

  it("shows a loading state, then the error inside the popup when the search fails", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    let fail: (e: Error) => void = () => {};
    const spy = vi.spyOn(s.backend, "searchRelation").mockImplementation(
      () =>
        new Promise<RelationPage>((_resolve, reject) => {
          fail = reject;
        }),
    );
    const { user } = renderField(s, RelationPickerInput, "orders", "customer_id");
    await user.type(screen.getByRole("combobox", { name: "Customer" }), "x");
    expect(await screen.findByText("Searching…")).toBeInTheDocument();
    await waitFor(() => expect(spy).toHaveBeenCalled());
    act(() => fail(new Error("Server unavailable")));
    expect(await screen.findByText(/Couldn't load results: Server unavailable/)).toBeInTheDocument();
  });

  it("loads the next page when the list is scrolled to its end (infinite scroll)", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const { user } = renderField(s, RelationPickerInput, "orders", "customer_id");
    await user.click(screen.getByRole("button", { name: "Show Customer options" }));
    await screen.findAllByRole("option");
    await waitFor(() => expect(searches(s, "customers")).toHaveLength(1));
    // Scroll until the second page is asked for, and no further: a scroll after it arrived
    // would rightly load a third.
    await waitFor(() => {
      if (searches(s, "customers").length < 2) act(() => scrollOptionsDown());
      expect(searches(s, "customers")).toHaveLength(2);
    });
    expect(searches(s, "customers")[1]!.url.searchParams.get("page")).toBe("2");
    await waitFor(() => expect(pickerStatus()).toHaveTextContent(/^100 of 2,000 shown/));
  });
});

describe("relation picker: combobox semantics and keys (WAI-ARIA APG)", () => {
  it("the input controls its listbox; the toggle button opens it, focus stays in the input; the current value's option is selected", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const page = await s.backend.searchRelation(s.resource("orders"), "customer_id", { term: "", page: 1, perPage: 1 });
    const customer = page.options[0]!;
    const { user } = renderField(s, RelationPickerInput, "orders", "customer_id", customer.value);
    const box = screen.getByRole("combobox", { name: "Customer" });
    await waitFor(() => expect(box).toHaveValue(customer.label));
    expect(box).toHaveAttribute("aria-autocomplete", "list");
    expect(box).toHaveAttribute("aria-expanded", "false");
    expect(box).not.toHaveAttribute("aria-controls");
    const toggle = screen.getByRole("button", { name: "Show Customer options" });
    expect(toggle).toHaveAttribute("tabindex", "-1"); // not a tab stop of its own (APG)

    await user.click(toggle);
    const list = await screen.findByRole("listbox", { name: "Customer options" });
    expect(box).toHaveFocus();
    expect(box).toHaveAttribute("aria-expanded", "true");
    expect(box).toHaveAttribute("aria-controls", list.id);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(box).not.toHaveAttribute("aria-activedescendant");
    const current = await within(list).findByRole("option", { name: new RegExp(`^${customer.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) });
    expect(current).toHaveAttribute("aria-selected", "true");
    const others = within(list).getAllByRole("option").filter((o) => o !== current);
    expect(others.length).toBeGreaterThan(0);
    for (const o of others) expect(o).toHaveAttribute("aria-selected", "false");

    await user.click(toggle);
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(box).toHaveAttribute("aria-expanded", "false");
    expect(box).toHaveFocus();
  });

  it("ArrowUp opens on the last option, Alt+ArrowDown on none, Alt+ArrowUp closes keeping the text; Home/End stay the caret's", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const { user, onChange } = renderField(s, RelationPickerInput, "orders", "customer_id");
    const box = screen.getByRole("combobox", { name: "Customer" });
    await user.click(box);
    expect(screen.queryByRole("listbox")).toBeNull(); // focus or a click alone does not open it
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}");
    await screen.findAllByRole("option");
    expect(box).not.toHaveAttribute("aria-activedescendant");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("listbox")).toBeNull();

    await user.keyboard("{ArrowUp}");
    const options = await screen.findAllByRole("option");
    const active = () => document.getElementById(box.getAttribute("aria-activedescendant") ?? "");
    // the last loaded option (the virtualised list keeps it rendered while it is active)
    expect(active()).toHaveAttribute("aria-posinset", "50");
    expect(options.length).toBeLessThan(50);
    await user.keyboard("{ArrowUp}");
    expect(active()).toHaveAttribute("aria-posinset", "49");

    await user.type(box, "ann");
    expect(box).not.toHaveAttribute("aria-activedescendant"); // typing starts a new search
    expect(fireEvent.keyDown(box, { key: "Home" })).toBe(true); // not prevented: the caret moves
    expect(fireEvent.keyDown(box, { key: "End" })).toBe(true);
    await user.keyboard("{Alt>}{ArrowUp}{/Alt}");
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(box).toHaveValue("ann");
    expect(onChange).not.toHaveBeenCalled();
  });

  it("a press on an option keeps the focus in the input", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const { user, last } = renderField(s, RelationPickerInput, "orders", "customer_id");
    const box = screen.getByRole("combobox", { name: "Customer" });
    await user.click(screen.getByRole("button", { name: "Show Customer options" }));
    const [option] = await screen.findAllByRole("option");
    expect(fireEvent.mouseDown(option!)).toBe(false); // the browser would move the focus otherwise
    await user.click(option!);
    expect(box).toHaveFocus();
    expect(last()).not.toBeNull();
  });

  it("inside a modal dialog: the popup is in the dialog; Escape closes it, not the dialog, until there is nothing left to close", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const field = s.resource("orders").fields.customer_id!;
    const onCancel = vi.fn();
    const user = userEvent.setup();
    render(
      <ModalDialog onCancel={onCancel}>
        <ModalTitle>Edit 2 orders</ModalTitle>
        <RelationPickerInput name="customer_id" id="customer" field={field} label="Customer" value={null} onChange={() => undefined} />
      </ModalDialog>,
      { wrapper: s.wrapper },
    );
    const dialog = screen.getByRole("dialog", { name: "Edit 2 orders" });
    const box = within(dialog).getByRole("combobox", { name: "Customer" });
    await user.click(box);
    await user.keyboard("an");
    const list = await screen.findByRole("listbox");
    expect(dialog).toContainElement(list);
    await within(list).findAllByRole("option");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(box).toHaveValue("");
    expect(onCancel).not.toHaveBeenCalled();
    await user.keyboard("{Escape}");
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});

describe("relation picker: static filters", () => {
  it("applies the relation's filters to every search (first and later pages)", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const results: RelationPage[] = [];
    const real = s.backend.searchRelation.bind(s.backend);
    vi.spyOn(s.backend, "searchRelation").mockImplementation(async (...args) => {
      const r = await real(...args);
      results.push(r);
      return r;
    });
    const { user } = renderField(s, RelationPickerInput, "orders", "product_ids", []);
    await user.type(screen.getByRole("combobox", { name: "Products" }), "e");
    await screen.findAllByRole("option");
    await waitFor(() => {
      act(() => scrollOptionsDown());
      expect(searches(s, "products").length).toBeGreaterThanOrEqual(2);
    });
    for (const r of searches(s, "products")) expect(r.url.searchParams.get("status")).toBe("active");
    const items = results.flatMap((r) => r.options.map((o) => o.item));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item?.status).toBe("active");
  });
});

describe("relation picker: multiple values", () => {
  it("shows chips with labels; adds by keyboard, removes and reorders with buttons", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const page = await s.backend.searchRelation(s.resource("orders"), "product_ids", { term: "", page: 1, perPage: 3 });
    const [a, b, c] = page.options;
    const { user, last } = renderField(s, RelationPickerInput, "orders", "product_ids", [a!.value, b!.value]);
    const chips = screen.getByRole("list", { name: "Selected Products" });
    await waitFor(() => expect(within(chips).getAllByRole("listitem").map((li) => li.textContent)).toEqual([expect.stringContaining(a!.label), expect.stringContaining(b!.label)]));

    await user.click(screen.getByRole("button", { name: `Move ${a!.label} down` }));
    expect(last()).toEqual([b!.value, a!.value]);
    // focus stays with the moved chip (its "down" button is now disabled, so on "up")
    expect(screen.getByRole("button", { name: `Move ${a!.label} up` })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(last()).toEqual([a!.value, b!.value]);
    expect(screen.getByRole("button", { name: `Move ${a!.label} down` })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: `Move ${a!.label} down` }));
    await user.click(screen.getByRole("button", { name: `Remove ${b!.label}` }));
    expect(last()).toEqual([a!.value]);
    expect(screen.getByRole("button", { name: `Remove ${a!.label}` })).toHaveFocus();

    const box = screen.getByRole("combobox", { name: "Products" });
    await user.click(box);
    await user.keyboard(c!.label.slice(0, 6));
    const option = await screen.findByRole("option", { name: new RegExp(c!.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
    expect(option).toBeInTheDocument();
    await user.keyboard("{ArrowDown}");
    await waitFor(() => expect(box.getAttribute("aria-activedescendant")).toBeTruthy());
    while (document.getElementById(box.getAttribute("aria-activedescendant")!) !== option) await user.keyboard("{ArrowDown}");
    await user.keyboard("{Enter}");
    expect(last()).toEqual([a!.value, c!.value]);
    expect(box).toHaveValue("");
    // the popup stays open for further picks; Escape closes it
    expect(screen.getByRole("listbox")).toBeInTheDocument();
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("listbox")).toBeNull());
    await waitFor(() => expect(within(chips).getAllByRole("listitem")).toHaveLength(2));
  });
});

describe("relation picker: create new", () => {
  it("opens the related resource's form in a dialog and selects the saved record", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const { user, last } = renderField(s, RelationPickerInput, "orders", "customer_id");
    await user.click(screen.getByRole("button", { name: "Create new Customer" }));
    const dialog = await screen.findByRole("dialog", { name: "New Customer" });
    const form = await within(dialog).findByRole("form", { name: "Customer form" });
    expect(form).toHaveAttribute("data-embedded", "true");
    await user.type(within(form).getByRole("textbox", { name: "Name" }), "Zed Zulu");
    await user.click(within(form).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    const id = last();
    expect(typeof id).toBe("string");
    expect(screen.getByRole("combobox", { name: "Customer" })).toHaveValue("Zed Zulu");
    // the label came from the save, not from another request
    expect(labelLookups(s, "customers")).toHaveLength(0);
    expect(screen.getByRole("link", { name: "Open Zed Zulu in new tab" })).toHaveAttribute("href", `/r/customers/${String(id)}`);
  });

  it("is not offered when the related resource does not allow create", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const customers = s.resource("customers");
    customers.features = { ...customers.features, create: false };
    renderField(s, RelationPickerInput, "orders", "customer_id");
    expect(screen.getByRole("combobox", { name: "Customer" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Create new/ })).toBeNull();
  });
});

describe("relation filter", () => {
  it("one pick → eq, two → in, removing back to eq", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const field = s.resource("orders").fields.customer_id!;
    const onChange = vi.fn();
    function Harness() {
      const [value, setValue] = useState<FilterValue | undefined>(undefined);
      return (
        <RelationPickerFilter
          name="customer_id"
          field={field}
          label="Customer"
          value={value}
          onChange={(v) => {
            onChange(v);
            setValue(v);
          }}
        />
      );
    }
    const user = userEvent.setup();
    render(
      <s.wrapper>
        <Harness />
      </s.wrapper>,
    );
    const box = await screen.findByRole("combobox", { name: "Customer" });
    await user.click(screen.getByRole("button", { name: "Show Customer options" }));
    const options = await screen.findAllByRole("option");
    const firstText = optionLabel(options[0]!);
    await user.click(options[0]!);
    const one = onChange.mock.calls.at(-1)?.[0] as FilterValue;
    expect(one.op).toBe("eq");
    await user.click(options[1]!);
    const two = onChange.mock.calls.at(-1)?.[0] as FilterValue;
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("listbox")).toBeNull());
    expect(two).toEqual({ op: "in", value: [one.value, expect.any(String)] });
    expect(screen.queryByRole("button", { name: /^Create new/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: `Remove ${firstText}` }));
    expect(onChange.mock.calls.at(-1)?.[0]).toEqual({ op: "eq", value: (two.value as string[])[1] });
    expect(box).toBeInTheDocument();
  });
});

describe("relation picker: litestar-admin dialect", () => {
  it("searches and resolves through the owning model's relationship endpoints", async () => {
    const s = withWrapper(await referenceAdapter("litestar-admin"));
    const { user, last, label } = renderField(s, RelationPickerInput, "orders", "customer_id");
    const box = screen.getByRole("combobox", { name: label });
    await user.type(box, "an");
    await waitFor(() => expect(pickerStatus()).toHaveTextContent(/shown|match/));
    const option = screen.getAllByRole("option")[0]!;
    const text = optionLabel(option);
    await user.click(option);
    await waitFor(() => expect(box).toHaveValue(text));
    expect(last()).not.toBeNull();
    expect(screen.getByRole("link", { name: `Open ${text} in new tab` })).toHaveAttribute("href", `/r/customers/${String(last())}`);
    const paths = s.requests.map((r) => r.url.pathname);
    expect(paths.some((p) => p.includes("/orders/") && p.includes("customer_id"))).toBe(true);
    expect(paths.every((p) => !/\/customers\/?$/.test(p))).toBe(true);
  });
});
