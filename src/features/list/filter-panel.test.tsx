// The Filters panel refuses an inverted range with a reason instead of sending it.
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { FilterCondition } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { fakeResource } from "../../testing/fake-backend.ts";
import { FilterPanel } from "./filter-panel.tsx";

const base = fakeResource("products");
const resource: ResourceSchema = {
  ...base,
  fields: { ...base.fields, price: { type: "number", widget: "number", required: false, readonly: false, label: "Price" } },
};

describe("FilterPanel", () => {
  it("an inverted range (price 100 – 50) is not applied and says why; fixing it applies it", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(filters: FilterCondition[]) => void>();
    render(<FilterPanel resource={resource} fields={["price"]} filters={[]} supportedOps={["between"]} onChange={onChange} id="f" debounceMs={0} />);
    await user.type(await screen.findByRole("spinbutton", { name: "Price from" }), "100");
    await user.type(screen.getByRole("spinbutton", { name: "Price to" }), "50");
    expect(await screen.findByRole("alert")).toHaveTextContent("Not applied: the start of the range is after its end.");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onChange.mock.calls.every(([filters]) => filters.every((f) => !(Array.isArray(f.value) && f.value[0] === 100 && f.value[1] === 50)))).toBe(true);
    await user.type(screen.getByRole("spinbutton", { name: "Price to" }), "0");
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith([{ field: "price", op: "between", value: [100, 500] }]));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
