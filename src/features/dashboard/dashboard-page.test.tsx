import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderApp, TEST_API_URL } from "../../testing/render-app.tsx";
import { signIn } from "../../testing/sign-in.ts";
import { expectLabelledLinks } from "../activity/activity.test-helper.ts";

const T = { timeout: 8000 };

describe("Dashboard", () => {
  it("Craft Easy: counts per model, the bar chart's text alternative and recent activity linking into records", async () => {
    const user = userEvent.setup();
    const app = renderApp({ path: "/dashboard" });
    await signIn(user);
    const cards = await screen.findByRole("link", { name: /^Orders\s*130/ }, T);
    expect(cards).toHaveAttribute("href", "/r/orders");
    expect(screen.getByRole("link", { name: /^Products\s*600/ })).toHaveAttribute("href", "/r/products");
    const chart = screen.getByRole("figure", { name: /Number of records in each of the \d+ models/ });
    expect(within(chart).getByRole("row", { name: "Orders 130" })).toBeInTheDocument();
    const recent = await screen.findByRole("list", { name: "Recent activity" }, T);
    const items = within(recent).getAllByRole("listitem");
    expect(items.length).toBe(8);
    const link = within(items[0]!).getByRole("link");
    expect(link.getAttribute("href")).toMatch(/^\/r\/(products|orders|customers)\/[^/]+$/);
    expect(within(items[0]!).getByRole("table")).toBeInTheDocument();
    await waitFor(() => expectLabelledLinks(app.reference, items), T);
    // the seeded history gives each card a 14-day sparkline with a text alternative
    expect(screen.getAllByRole("img", { name: /changes per day over the 14 days to/ }).length).toBeGreaterThan(0);
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).getByRole("link", { name: "Activity" })).toHaveAttribute("href", "/activity");
    await user.click(screen.getByRole("link", { name: "View all activity" }));
    expect(await screen.findByRole("heading", { name: "Activity", level: 1 }, T)).toBeInTheDocument();
  });

  it("Craft Easy editor: no audit log access, so no activity section", async () => {
    const user = userEvent.setup();
    renderApp({ path: "/dashboard" });
    await signIn(user, { email: "editor@example.com" });
    expect(await screen.findByRole("heading", { name: "Records" }, T)).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Recent activity" })).not.toBeInTheDocument();
    expect(within(screen.getByRole("navigation", { name: "Main" })).queryByRole("link", { name: "Activity" })).not.toBeInTheDocument();
  });

  it("litestar-admin: server stats and the activity feed", async () => {
    const user = userEvent.setup();
    const app = renderApp({
      path: "/dashboard",
      loadConfig: () => Promise.resolve({ apiUrl: `${TEST_API_URL}/admin`, dialect: "litestar-admin", settings: {}, demo: false }),
    });
    await signIn(user, { password: "admin" });
    expect(await screen.findByRole("link", { name: /^Orders\s*130/ }, T)).toHaveAttribute("href", "/r/orders");
    const recent = await screen.findByRole("list", { name: "Recent activity" }, T);
    const first = within(recent).getAllByRole("listitem")[0]!;
    expect(first).toHaveTextContent("admin@example.com");
    expect(within(first).getByRole("link").getAttribute("href")).toMatch(/^\/r\/(products|orders|customers)\/[^/]+$/);
    await waitFor(() => expectLabelledLinks(app.reference, within(recent).getAllByRole("listitem")), T);
  });
});
