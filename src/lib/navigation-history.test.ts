import { describe, expect, it, vi } from "vitest";
import { createBrowserHistory, createMemoryHistory, type HeldNavigation, type NavigationHistory } from "./navigation-history.ts";

const path = (h: NavigationHistory) => h.location.pathname + h.location.search;

/** Holds every move away from `from`; the held navigation is kept in `held`. */
function holdLeaving(h: NavigationHistory, from: string) {
  const state: { held: HeldNavigation | null } = { held: null };
  const stop = h.block({ shouldBlock: ({ current, next }) => current.pathname === from && next.pathname !== from, onBlocked: (n) => (state.held = n) });
  return { state, stop };
}

describe("createMemoryHistory", () => {
  it("pushes, replaces and goes back and forward, telling its listeners", () => {
    const h = createMemoryHistory("/r/orders?page=2");
    const seen: string[] = [];
    h.listen(({ action, location }) => seen.push(`${action} ${location.pathname}${location.search}`));
    h.push("/r/orders/7", { from: "list" });
    expect(h.location.state).toEqual({ from: "list" });
    h.replace({ pathname: "/r/orders/7/edit" });
    h.go(-1);
    expect(path(h)).toBe("/r/orders?page=2");
    h.go(1);
    expect(seen).toEqual(["PUSH /r/orders/7", "REPLACE /r/orders/7/edit", "POP /r/orders?page=2", "POP /r/orders/7/edit"]);
  });

  it("holds a push until it proceeds, and stays where it is until then", () => {
    const h = createMemoryHistory("/r/orders/7/edit");
    const { state } = holdLeaving(h, "/r/orders/7/edit");
    h.push("/r/orders");
    expect(path(h)).toBe("/r/orders/7/edit");
    expect(state.held?.to.pathname).toBe("/r/orders");
    h.push("/dashboard");
    state.held!.proceed();
    expect(path(h)).toBe("/dashboard");
    // the proceeded push was not a pass for the next one
    h.go(-1);
    expect(path(h)).toBe("/r/orders/7/edit");
    h.push("/r/orders");
    expect(path(h)).toBe("/r/orders/7/edit");
  });

  it("undoes a held Back at once and redoes it when it proceeds", () => {
    const h = createMemoryHistory("/r/orders");
    h.push("/r/orders/7/edit");
    const listener = vi.fn();
    h.listen(listener);
    const { state, stop } = holdLeaving(h, "/r/orders/7/edit");
    h.go(-1);
    expect(path(h)).toBe("/r/orders/7/edit");
    expect(listener).not.toHaveBeenCalled();
    state.held!.proceed();
    expect(path(h)).toBe("/r/orders");
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ action: "POP" }));
    stop();
    h.go(1);
    expect(path(h)).toBe("/r/orders/7/edit");
  });

  it("lets navigations through once the blocker is removed", () => {
    const h = createMemoryHistory("/a");
    const { state, stop } = holdLeaving(h, "/a");
    stop();
    h.push("/b");
    expect(path(h)).toBe("/b");
    expect(state.held).toBeNull();
  });
});

describe("createBrowserHistory", () => {
  it("writes entries with their index and undoes a held Back (popstate) with go(delta)", () => {
    window.history.replaceState(null, "", "/r/orders");
    const h = createBrowserHistory(window);
    expect(window.history.state).toMatchObject({ idx: 0 });
    h.push("/r/orders/7/edit", { note: 1 });
    expect(window.location.pathname).toBe("/r/orders/7/edit");
    expect(window.history.state).toMatchObject({ idx: 1, usr: { note: 1 } });
    const { state } = holdLeaving(h, "/r/orders/7/edit");
    const go = vi.spyOn(window.history, "go").mockImplementation(() => undefined);
    // the browser went back: it is at entry 0 now, then tells the page
    window.history.replaceState({ usr: null, key: "k", idx: 0 }, "", "/r/orders");
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(go).toHaveBeenCalledWith(1);
    expect(state.held?.to.pathname).toBe("/r/orders");
    const listener = vi.fn();
    h.listen(listener);
    // the undo arrives: no navigation, nothing held again
    window.history.replaceState({ usr: null, key: "k2", idx: 1 }, "", "/r/orders/7/edit");
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(listener).not.toHaveBeenCalled();
    const first = state.held;
    state.held!.proceed();
    expect(go).toHaveBeenLastCalledWith(-1);
    // the redo arrives: it is the navigation, and the blocker is not asked again
    window.history.replaceState({ usr: null, key: "k", idx: 0 }, "", "/r/orders");
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ action: "POP", location: expect.objectContaining({ pathname: "/r/orders" }) }));
    expect(state.held).toBe(first);
    expect(h.location.pathname).toBe("/r/orders");
    go.mockRestore();
  });
});
