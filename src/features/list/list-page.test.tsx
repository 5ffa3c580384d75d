// The list page over the reference backend in both dialects (real wire formats, in-process):
// URL round-trip, sort/filter/search query building per dialect, batched relation lookups.
import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderApp } from "../../testing/render-app.tsx";
import { signIn } from "../../testing/sign-in.ts";

function recording() {
  const urls: URL[] = [];
  const wrapFetch = (inner: typeof fetch): typeof fetch =>
    (input, init) => {
      urls.push(new URL(input instanceof Request ? input.url : String(input)));
      return inner(input, init);
    };
  return { urls, wrapFetch };
}

const table = () => screen.getByRole("table", { name: "Orders" });
const range = (text: string | RegExp) => screen.findByText(text, {}, { timeout: 8000 });

describe("list page over the reference backend", () => {
  it("Craft Easy: reproduces the view from the URL and sends sort and filters in its wire format", async () => {
    const user = userEvent.setup();
    const { urls, wrapFetch } = recording();
    const app = renderApp({ path: '/r/orders?sort=-total&per_page=10&page=2&f=status:in:["paid","pending","shipped","delivered"]', wrapFetch });
    await signIn(user);
    await range(/^11–20 of [\d,]+$/);
    const list = urls.filter((u) => u.pathname === "/orders" && u.searchParams.get("page") === "2");
    expect(list.length).toBeGreaterThan(0);
    const q = list.at(-1)!.searchParams;
    expect(q.get("per_page")).toBe("10");
    expect(q.get("sort")).toBe("-total");
    expect(screen.getByRole("columnheader", { name: "Total (EUR)" })).toHaveAttribute("aria-sort", "descending");
    expect(screen.getByRole("button", { name: "Remove filter Status: Paid, Pending, Shipped, Delivered" })).toBeInTheDocument();
    // every status cell on screen is one of them
    const statusCells = within(table())
      .getAllByRole("row")
      .slice(1)
      .map((r) => within(r).getAllByRole("cell")[3]?.textContent);
    expect(statusCells.every((t) => ["Paid", "Pending", "Shipped", "Delivered"].includes(t ?? ""))).toBe(true);
    expect(q.get("status__in")).toBe("paid,pending,shipped,delivered");

    // clicking a header changes the URL and the request; page resets to 1
    await user.click(screen.getByRole("button", { name: "Order number" }));
    await waitFor(() => expect(app.location()).toMatch(/sort=number/));
    expect(app.location()).not.toMatch(/page=2/);
    await waitFor(() => expect(urls.some((u) => u.pathname === "/orders" && u.searchParams.get("sort") === "number")).toBe(true));
  });

  it("Craft Easy: resolves customer labels with one batched request per page", async () => {
    const user = userEvent.setup();
    const { urls, wrapFetch } = recording();
    renderApp({ path: "/r/orders", wrapFetch });
    await signIn(user);
    await range("1–50 of 130");
    const firstCustomer = () => within(within(table()).getAllByRole("row")[1]!).getAllByRole("cell")[2]!;
    await waitFor(() => expect(firstCustomer().textContent).toMatch(/^[A-ZÅÄÖ][a-zåäö]+ /));
    const customerRequests = () => urls.filter((u) => u.pathname === "/customers");
    expect(customerRequests()).toHaveLength(1);

    await user.click(screen.getByRole("button", { name: "Next page" }));
    await range("51–100 of 130");
    await waitFor(() => expect(firstCustomer().textContent).toMatch(/^[A-ZÅÄÖ][a-zåäö]+ /));
    // page 2: at most one more request (for ids page 1 did not have)
    expect(customerRequests().length).toBeLessThanOrEqual(2);
  });

  it("litestar-admin: sends one sort key as sort_by/sort_order and the search term, and says it cannot filter on the server", async () => {
    const user = userEvent.setup();
    const { urls, wrapFetch } = recording();
    renderApp({ path: "/r/orders?sort=-total", dialect: "litestar-admin", wrapFetch });
    await signIn(user, { password: "admin" });
    await range(/^1–\d+ of [\d,]+$/);
    const list = urls.filter((u) => u.pathname === "/admin/api/models/orders" && u.searchParams.get("offset") === "0" && u.searchParams.get("limit") !== "1");
    expect(list.at(-1)!.searchParams.get("sort_by")).toBe("total");
    expect(list.at(-1)!.searchParams.get("sort_order")).toBe("desc");
    await user.click(screen.getByRole("button", { name: /^Filters/ }));
    expect(screen.getByRole("note")).toHaveTextContent("This backend cannot filter on the server");
    // relation labels: one options request per page for the customer field
    await waitFor(() => expect(urls.filter((u) => u.pathname.endsWith("/relationships/customer_id/options")).length).toBe(1));
    // the search box is always there for this backend (the server decides which columns)
    await user.type(screen.getByRole("searchbox", { name: "Search" }), "ORD-0001");
    await waitFor(() => expect(urls.some((u) => u.pathname === "/admin/api/models/orders" && u.searchParams.get("search") === "ORD-0001")).toBe(true), {
      timeout: 3000,
    });
  });
});
