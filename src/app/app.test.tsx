// Whole-app tests over the reference backend (in-process, through its `handle` function).
import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { AdminSchema } from "../protocol/types.ts";
import { renderApp } from "../testing/render-app.tsx";
import { signIn } from "../testing/sign-in.ts";
import { ConfigError } from "../config/config-error.ts";

const mainNav = () => screen.findByRole("navigation", { name: "Main" }, { timeout: 15000 });
const rangeText = (text: string) => screen.findByText(text, {}, { timeout: 15000 });

/** Sign in once and close the app: its reference backend and stored session, for a "reload". */
async function signedInThenClosed() {
  const first = renderApp({ path: "/dashboard" });
  await signIn(userEvent.setup());
  await mainNav();
  first.unmount();
  return first.reference;
}

describe("Atrium app", () => {
  it("boots in demo mode to the sign-in screen showing the demo credentials", async () => {
    renderApp({ demo: true });
    expect(await screen.findByRole("textbox", { name: "Email" }, { timeout: 15000 })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Sign in" })).toBeInTheDocument();
    const hint = screen.getByRole("region", { name: /demo/i });
    expect(within(hint).getByText("admin@example.com")).toBeInTheDocument();
    expect(within(hint).getAllByText("123456").length).toBeGreaterThan(0);
  });

  it("shows an unreachable backend with the reason and recovers on Retry", async () => {
    const user = userEvent.setup();
    let down = true;
    renderApp({
      dialect: "auto",
      wrapFetch: (inner) => (input, init) => (down ? Promise.reject(new TypeError("Failed to fetch")) : inner(input, init)),
    });
    expect(await screen.findByRole("heading", { name: "Cannot reach the backend" }, { timeout: 15000 })).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent(/admin\/schema/);
    down = false;
    await user.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("textbox", { name: "Email" }, { timeout: 15000 })).toBeInTheDocument();
  });

  it("shows an invalid configuration with the reason", async () => {
    renderApp({ loadConfig: () => Promise.reject(new ConfigError('apiUrl must be an http(s) URL, got "ftp://x"', "apiUrl")) });
    expect(await screen.findByRole("heading", { name: "The configuration is invalid" })).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent('apiUrl must be an http(s) URL, got "ftp://x"');
    expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
  });

  it("signs in with an e-mailed code, shows the grouped navigation and returns to the requested page", async () => {
    const user = userEvent.setup();
    const app = renderApp({ path: "/r/orders" });
    await signIn(user);

    expect(await screen.findByRole("heading", { name: "Orders", level: 1 }, { timeout: 15000 })).toBeInTheDocument();
    expect(app.location()).toBe("/r/orders");
    const nav = await mainNav();
    expect(within(nav).getByRole("link", { name: "Dashboard" })).toHaveAttribute("href", "/dashboard");
    for (const group of ["Catalog", "Sales", "System"]) {
      expect(within(nav).getByRole("heading", { name: group })).toBeInTheDocument();
    }
    const sales = within(nav).getByRole("list", { name: "Sales" });
    expect(within(sales).getAllByRole("link").map((a) => a.textContent)).toEqual(["Orders", "Customers"]);
    expect(within(nav).getByRole("link", { name: "Orders" })).toHaveAttribute("aria-current", "page");
    expect(within(nav).getByRole("link", { name: "Dashboard" })).not.toHaveAttribute("aria-current");
    // a resource in no group is listed after the groups
    const links = within(nav).getAllByRole("link").map((a) => a.textContent);
    expect(links.indexOf("Webhooks")).toBeGreaterThan(links.indexOf("Audit log"));

    await user.click(within(nav).getByRole("link", { name: "Dashboard" }));
    expect(await screen.findByRole("heading", { name: "Dashboard", level: 1 })).toBeInTheDocument();
    expect(within(nav).getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");
  });

  it("lists rows with a range text and pages forward and back", async () => {
    const user = userEvent.setup();
    const app = renderApp({ path: "/r/orders" });
    await signIn(user);
    await rangeText("1–50 of 130");
    const table = screen.getByRole("table", { name: "Orders" });
    const headers = within(table).getAllByRole("columnheader").map((h) => h.textContent);
    expect(headers.length).toBeGreaterThan(1);
    const rows = () => within(table).getAllByRole("row").slice(1);
    expect(rows()).toHaveLength(50);
    const firstRowPage1 = rows()[0]!.textContent;
    const link = within(rows()[0]!).getByRole("link");
    expect(link.getAttribute("href")).toMatch(/^\/r\/orders\/[^/]+$/);
    expect(screen.getByRole("button", { name: "Previous page" })).toBeDisabled();

    await user.click(screen.getByRole("button", { name: "Next page" }));
    await rangeText("51–100 of 130");
    await waitFor(() => expect(rows()[0]!.textContent).not.toBe(firstRowPage1));
    expect(app.location()).toBe("/r/orders?page=2");

    await user.click(screen.getByRole("button", { name: "Next page" }));
    await rangeText("101–130 of 130");
    expect(screen.getByRole("button", { name: "Next page" })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Previous page" }));
    await rangeText("51–100 of 130");
  });

  it("opens a record from its row", async () => {
    const user = userEvent.setup();
    const app = renderApp({ path: "/r/customers" });
    await signIn(user);
    const table = await screen.findByRole("table", { name: "Customers" }, { timeout: 15000 });
    await waitFor(() => expect(within(table).getAllByRole("link").length).toBeGreaterThan(0));
    const first = within(table).getAllByRole("link")[0]!;
    await user.click(first);
    await waitFor(() => expect(app.location()).toMatch(/^\/r\/customers\/[^/]+$/));
    expect(await screen.findByRole("link", { name: "Customers", current: false })).toBeInTheDocument();
    // the show view of that record: its own heading and the actions the admin may take
    expect(await screen.findByRole("link", { name: "Edit" }, { timeout: 15000 })).toHaveAttribute(
      "href",
      expect.stringMatching(/\/r\/customers\/[^/]+\/edit$/),
    );
    expect(screen.getByRole("heading", { level: 1 })).not.toHaveTextContent(/^Customers$/);
  });

  it("has a skip link that moves focus to the main content", async () => {
    const user = userEvent.setup();
    renderApp({ path: "/dashboard" });
    await signIn(user);
    await screen.findByRole("heading", { name: "Dashboard", level: 1 }, { timeout: 15000 });
    (document.activeElement as HTMLElement | null)?.blur();
    await user.tab();
    const skip = screen.getByRole("link", { name: "Skip to content" });
    expect(skip).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("main")).toHaveFocus();
  });

  it("names an unknown resource on the not-found page", async () => {
    const user = userEvent.setup();
    renderApp({ path: "/r/spaceships" });
    await signIn(user);
    expect(await screen.findByRole("heading", { name: "Resource not found" }, { timeout: 15000 })).toBeInTheDocument();
    expect(screen.getByText("“spaceships”")).toBeInTheDocument();
  });

  it("switches the language from the user menu, remembers it and keeps the page", async () => {
    const user = userEvent.setup();
    renderApp({ path: "/dashboard" });
    await signIn(user);
    await mainNav();
    await user.click(screen.getByRole("button", { name: /admin@example\.com/ }));
    const svenska = await screen.findByRole("menuitemradio", { name: "Svenska" });
    expect(screen.getByRole("menuitemradio", { name: "English" })).toHaveAttribute("aria-checked", "true");
    await user.click(svenska);
    await waitFor(() => expect(document.documentElement.lang).toBe("sv"));
    expect(localStorage.getItem("atrium.locale")).toBe("sv");
    // the same page, now in Swedish
    expect(await screen.findByRole("heading", { name: "Översikt", level: 1 })).toBeInTheDocument();
    await user.click(await screen.findByRole("button", { name: /admin@example\.com/ }));
    expect(await screen.findByRole("menuitem", { name: "Logga ut" })).toBeInTheDocument();
    expect(screen.getByRole("menuitemradio", { name: "Svenska" })).toHaveAttribute("aria-checked", "true");
    await user.click(screen.getByRole("menuitemradio", { name: "English" }));
    await waitFor(() => expect(document.documentElement.lang).toBe("en"));
  });

  it("signs out from the user menu back to the sign-in screen", async () => {
    const user = userEvent.setup();
    renderApp({ path: "/dashboard" });
    await signIn(user);
    await mainNav();
    await user.click(screen.getByRole("button", { name: /admin@example\.com/ }));
    await user.click(await screen.findByRole("menuitem", { name: "Sign out" }));
    expect(await screen.findByRole("textbox", { name: "Email" })).toBeInTheDocument();
    expect(screen.queryByRole("navigation", { name: "Main" })).not.toBeInTheDocument();
  });

  it("restores the session on reload and lands on the deep link", async () => {
    const reference = await signedInThenClosed();
    const second = renderApp({ path: "/r/orders?page=2", reference });
    await rangeText("51–100 of 130");
    expect(second.location()).toBe("/r/orders?page=2");
    expect(screen.queryByRole("textbox", { name: "Email" })).not.toBeInTheDocument();
  });

  it("on a cold list load with a restored session, the boot asks for the schema and the rows once each, before React renders", async () => {
    const reference = await signedInThenClosed();
    for (const cached of [false, true]) {
      if (!cached) for (const key of Object.keys(localStorage)) if (key.startsWith("atrium:schema")) localStorage.removeItem(key);
      const seen: string[] = [];
      const schemaAsked: { ifNoneMatch: string | null; status: number }[] = [];
      const events: string[] = [];
      const bootedAt: boolean[] = [];
      let booted = false;
      const second = renderApp({
        path: "/r/orders?sort=-total",
        reference,
        earlyRoute: true,
        onBooted: () => (booted = true),
        wrapFetch: (inner) => (input, init) => {
          const req = input instanceof Request ? input : new Request(input, init);
          const url = new URL(req.url);
          seen.push(url.pathname + url.search);
          events.push(`sent ${url.pathname}`);
          bootedAt.push(booted);
          const answer = inner(input, init).finally(() => events.push(`answered ${url.pathname}`));
          if (url.pathname === "/admin/schema") void answer.then((res) => schemaAsked.push({ ifNoneMatch: req.headers.get("If-None-Match"), status: res.status }));
          return answer;
        },
      });
      await rangeText("1–50 of 130");
      const schemaRequests = seen.filter((s) => s.startsWith("/admin/schema"));
      const firstPage = seen.filter((s) => s.startsWith("/orders?") && /[?&]page=1\b/.test(s));
      // without a cached copy the bootstrap's answer is the schema; with one, it is revalidated
      // once (If-None-Match: a warm reload costs no schema body)
      expect(schemaRequests).toHaveLength(1);
      expect(schemaAsked).toEqual([cached ? { ifNoneMatch: expect.stringMatching(/^(W\/)?".+"$/), status: 304 } : { ifNoneMatch: null, status: 200 }]);
      expect(firstPage).toEqual([expect.stringMatching(/sort=-total/)]);
      // the rows were asked for by the boot, before React got to render anything of the list
      expect(bootedAt[seen.indexOf(firstPage[0]!)]).toBe(false);
      // a cached schema lets the rows go out beside the bootstrap's schema request; without one
      // they wait for its answer (the list's query comes from the schema)
      const rowsSent = events.indexOf("sent /orders");
      const schemaAnswered = events.indexOf("answered /admin/schema");
      if (cached) expect(rowsSent).toBeLessThan(schemaAnswered);
      else expect(rowsSent).toBeGreaterThan(schemaAnswered);
      second.unmount();
    }
  });

  it("shows an invalid schema as an error screen naming the bad path", async () => {
    const user = userEvent.setup();
    const app = renderApp({ path: "/dashboard" });
    app.reference.control.setSchemaTransform(
      (schema) =>
        ({
          ...schema,
          resources: schema.resources.map((r, i) => (i === 1 ? { ...r, list: "oops" } : r)),
        }) as unknown as AdminSchema,
    );
    await signIn(user);
    expect(await screen.findByRole("heading", { name: "The admin schema is invalid" }, { timeout: 15000 })).toBeInTheDocument();
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("resources[1].list");
    expect(alert).toHaveTextContent(/expected list object/);

    app.reference.control.setSchemaTransform(null);
    await user.click(screen.getByRole("button", { name: "Retry" }));
    expect(await mainNav()).toBeInTheDocument();
  });

  it("when the session is lost, asks to sign in again in a dialog and keeps the page", async () => {
    const user = userEvent.setup();
    const app = renderApp({ path: "/r/orders" });
    await signIn(user);
    await rangeText("1–50 of 130");

    app.reference.control.expireTokens();
    await user.click(screen.getByRole("button", { name: "Next page" }));

    const dialog = await screen.findByRole("dialog", { name: "Sign in again" }, { timeout: 15000 });
    // the page is still there underneath
    expect(screen.getByRole("heading", { name: "Orders", level: 1, hidden: true })).toBeInTheDocument();
    expect(app.location()).toBe("/r/orders?page=2");

    expect(within(dialog).getByRole("textbox", { name: "Email" })).toHaveValue("admin@example.com");
    await user.click(within(dialog).getByRole("button", { name: "Sign in" }));
    await user.type(await within(dialog).findByRole("textbox", { name: "Code" }), "123456");
    await user.click(within(dialog).getByRole("button", { name: "Sign in" }));

    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Sign in again" })).not.toBeInTheDocument());
    await rangeText("51–100 of 130");
    expect(app.location()).toBe("/r/orders?page=2");
  });

  it("offers a newer admin schema in a non-blocking banner and switches on Reload", async () => {
    const user = userEvent.setup();
    const app = renderApp({ path: "/r/orders" });
    await signIn(user);
    await rangeText("1–50 of 130");
    expect(screen.getByRole("link", { name: "Atrium Demo Shop" })).toBeInTheDocument();

    // the schema changes on the server; a re-sign-in of the same user revalidates it
    app.reference.control.changeSchema();
    app.reference.control.expireTokens();
    await user.click(screen.getByRole("button", { name: "Next page" }));
    const dialog = await screen.findByRole("dialog", { name: "Sign in again" }, { timeout: 15000 });
    await user.click(within(dialog).getByRole("button", { name: "Sign in" }));
    await user.type(await within(dialog).findByRole("textbox", { name: "Code" }), "123456");
    await user.click(within(dialog).getByRole("button", { name: "Sign in" }));

    expect(await screen.findByText("The admin schema has changed.", {}, { timeout: 15000 })).toBeInTheDocument();
    // nothing was swapped under the user's feet
    expect(screen.getByRole("link", { name: "Atrium Demo Shop" })).toBeInTheDocument();
    await rangeText("51–100 of 130");
    await user.click(screen.getByRole("button", { name: "Reload" }));
    expect(await screen.findByRole("link", { name: "Atrium Demo Shop (schema v2)" })).toBeInTheDocument();
    expect(screen.queryByText("The admin schema has changed.")).not.toBeInTheDocument();
    expect(app.location()).toBe("/r/orders?page=2");
  });
});
