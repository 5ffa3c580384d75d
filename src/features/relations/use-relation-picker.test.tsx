// The relation picker's controller on its own: no combobox rendered, a scriptable backend.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { act, renderHook, waitFor } from "@testing-library/react";
import type { Id, RelationOption, RelationPage } from "../../backend/types.ts";
import { FakeBackend, fakeResource, fakeSchema } from "../../testing/fake-backend.ts";
import { dataWrapper } from "../../testing/data-wrapper.tsx";
import { useRelationPicker } from "./use-relation-picker.ts";
import type { RelationPickerController, RelationPickerProps } from "./types.ts";

const orders = fakeResource("orders");
const users = fakeResource("users");
const owner = orders.fields.owner!;

let backend: FakeBackend;
beforeEach(() => {
  backend = new FakeBackend();
  backend.searchRelation.mockResolvedValue({
    options: [
      { value: "u2", label: "Grace" },
      { value: "u3", label: "Grace" },
      { value: "u4", label: "Linus" },
    ],
    total: 3,
    hasMore: false,
  });
});

function setup(props: Partial<RelationPickerProps> & { value: unknown }) {
  const onChange = vi.fn<(v: Id | null | Id[]) => void>();
  const rendered = renderHook(
    (p: Partial<RelationPickerProps>) =>
      useRelationPicker({ name: "owner", field: owner, label: "Owner", multiple: false, onChange, debounceMs: 0, ...props, ...p }),
    { wrapper: dataWrapper(backend, fakeSchema("Fake", [orders, users])), initialProps: {} },
  );
  return { ...rendered, onChange };
}

/** A loaded option by its value. */
function optionOf(controller: RelationPickerController, value: string): RelationOption {
  const option = controller.search.options.find((o) => o.value === value);
  if (!option) throw new Error(`no option ${value}`);
  return option;
}

describe("useRelationPicker — single value", () => {
  it("shows the value's label, searches what is typed, and picks an option", async () => {
    const { result, onChange } = setup({ value: "u1" });
    expect(result.current.owner).toBe(orders);
    expect(result.current.related).toBe(users);
    await waitFor(() => expect(result.current.inputValue).toBe("User u1"));
    expect(result.current.hrefOf?.("u1")).toBe("/r/users/u1");
    act(() => result.current.onInputChange("Gr"));
    expect(result.current.inputValue).toBe("Gr");
    expect(result.current.open).toBe(true); // typing opens the popup
    await waitFor(() => expect(result.current.search.options).toHaveLength(3));
    expect(backend.searchRelation).toHaveBeenLastCalledWith(orders, "owner", { term: "Gr", page: 1, perPage: 50 }, expect.anything());
    expect([...result.current.ambiguous]).toEqual(["Grace"]);
    act(() => result.current.pick(optionOf(result.current, "u4")));
    expect(onChange).toHaveBeenCalledWith("u4");
    expect(result.current.open).toBe(false);
    expect(result.current.inputValue).toBe("User u1"); // until the new value comes back in
  });

  it("Escape reverts the typed text; leaving an emptied optional input clears the value, a required one keeps it", async () => {
    const optional = setup({ value: "u1" });
    await waitFor(() => expect(optional.result.current.currentText).toBe("User u1"));
    act(() => optional.result.current.onInputChange(""));
    expect(optional.result.current.dirty).toBe(true);
    act(() => optional.result.current.revert());
    expect(optional.onChange).not.toHaveBeenCalled();
    expect(optional.result.current.inputValue).toBe("User u1");
    expect(optional.result.current.open).toBe(false);
    expect(optional.result.current.dirty).toBe(false);

    act(() => optional.result.current.onInputChange(""));
    act(() => optional.result.current.onBlur());
    expect(optional.onChange).toHaveBeenCalledWith(null);
    expect(optional.result.current.canClear).toBe(true);

    const required = setup({ value: "u1", required: true });
    await waitFor(() => expect(required.result.current.currentText).toBe("User u1"));
    act(() => required.result.current.onInputChange(""));
    act(() => required.result.current.onBlur());
    expect(required.onChange).not.toHaveBeenCalled();
    expect(required.result.current.canClear).toBe(false);
  });

  it("Enter without an active option keeps the typed text while its results load; then it closes, clearing an emptied optional value", async () => {
    let answer: (page: RelationPage) => void = () => {};
    backend.searchRelation.mockImplementation(() => new Promise<RelationPage>((resolve) => (answer = resolve)));
    const { result, onChange } = setup({ value: "u1" });
    await waitFor(() => expect(result.current.currentText).toBe("User u1"));
    act(() => result.current.onInputChange(""));
    await waitFor(() => expect(backend.searchRelation).toHaveBeenCalled());
    expect(result.current.search.isLoading).toBe(true);
    act(() => result.current.commit());
    expect(result.current.open).toBe(true);
    expect(result.current.inputValue).toBe("");
    expect(onChange).not.toHaveBeenCalled();

    act(() => answer({ options: [{ value: "u4", label: "Linus" }], total: 1, hasMore: false }));
    await waitFor(() => expect(result.current.search.isLoading).toBe(false));
    act(() => result.current.commit());
    expect(result.current.open).toBe(false);
    expect(onChange).toHaveBeenCalledWith(null);
  });

  it("flags a value whose record is unknown", async () => {
    const { result } = setup({ value: "missing" });
    await waitFor(() => expect(result.current.unknownSingle).toBe(true));
    expect(result.current.currentText).toBe("missing");
  });
});

describe("useRelationPicker — multiple values", () => {
  it("a pick toggles the id; a created record is added once; filters offer no Create new", async () => {
    const { result, onChange, rerender } = setup({ value: ["u1", "u2"], multiple: true });
    expect(result.current.ids).toEqual(["u1", "u2"]);
    expect(result.current.single).toBeNull();
    expect(result.current.showCreate).toBe(true);
    act(() => result.current.setOpen(true));
    await waitFor(() => expect(result.current.search.options).toHaveLength(3));
    act(() => result.current.pick(optionOf(result.current, "u2")));
    expect(onChange).toHaveBeenLastCalledWith(["u1"]);
    act(() => result.current.pick(optionOf(result.current, "u4")));
    expect(onChange).toHaveBeenLastCalledWith(["u1", "u2", "u4"]);
    expect(result.current.open).toBe(true); // the popup stays for further picks

    act(() => result.current.startCreating());
    expect(result.current.creating).toBe(true);
    act(() => result.current.created({ value: "u9", label: "New" }));
    expect(result.current.creating).toBe(false);
    expect(onChange).toHaveBeenLastCalledWith(["u1", "u2", "u9"]);
    onChange.mockClear();
    act(() => result.current.created({ value: "u1", label: "Again" }));
    expect(onChange).not.toHaveBeenCalled();

    rerender({ variant: "filter" });
    expect(result.current.showCreate).toBe(false);
  });
});
