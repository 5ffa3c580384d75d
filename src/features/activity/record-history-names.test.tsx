// The record page's History over the reference backend in both dialects: related records by their
// label (the list's batched relation labels), never a raw id, and no "(empty) → (empty)" rows.
import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createReferenceBackend } from "../../reference/reference-backend.ts";
import { renderApp, TEST_API_URL } from "../../testing/render-app.tsx";
import { signIn } from "../../testing/sign-in.ts";
import { auditedOrder } from "./activity.test-helper.ts";

const T = { timeout: 8000 };
const HEX24 = /[0-9a-f]{24}/i;
const litestar = () => Promise.resolve({ apiUrl: `${TEST_API_URL}/admin`, dialect: "litestar-admin" as const, settings: {}, demo: false });

describe.each([
  ["Craft Easy", false],
  ["litestar-admin", true],
] as const)("%s: a record's History", (_dialect, isLitestar) => {
  it("names the related records by their label and lists only what a new record set", async () => {
    const user = userEvent.setup();
    const reference = createReferenceBackend({ seed: { orders: 60 } });
    const { order, first, second, product } = auditedOrder(reference);
    renderApp({ path: `/r/orders/${order.id}`, reference, ...(isLitestar ? { loadConfig: litestar } : {}) });
    await signIn(user, isLitestar ? { password: "admin" } : {});
    const history = await screen.findByRole("list", { name: "History of this order" }, T);
    const [moved, created] = within(history).getAllByRole("listitem");
    await waitFor(() => expect(within(moved!).getByRole("row", { name: /^Customer/ })).toHaveTextContent(`${String(first.name)}${String(second.name)}`), T);
    // litestar-admin's create rows carry no changes (§13.2)
    if (!isLitestar) {
      expect(within(created!).getByRole("row", { name: /^Customer/ })).toHaveTextContent(`(empty)${String(first.name)}`);
      expect(within(created!).getByRole("row", { name: /^Products/ })).toHaveTextContent(`(empty)${String(product.name)}`);
    }
    // the new order left its notes and the order it replaces unset: no "(empty) → (empty)" rows
    expect(within(created!).queryByRole("row", { name: /^Notes/ })).not.toBeInTheDocument();
    expect(within(created!).queryByRole("row", { name: /^Replaces/ })).not.toBeInTheDocument();
    for (const row of within(history).getAllByRole("row")) expect(row).not.toHaveTextContent(/\(empty\)\s*\(empty\)/);
    expect(history.textContent).not.toMatch(HEX24);
  }, 60_000);
});
