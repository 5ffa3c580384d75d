// The app's session history (the browser's, or an in-memory one for tests), with one thing the
// browser's lacks: a page may hold a navigation until the user confirms it (unsaved changes).
// react-router has that only in its data router; src/app/app-router.tsx says why the app uses its
// plain <Router> over this history instead.
//
// Entries carry `{ usr, key, idx }` in history.state, as react-router's histories do: `idx` tells
// how far a Back/Forward went, so a held one can be undone (go(delta)) and redone on confirm.
import { createPath, parsePath } from "react-router";

export type HistoryAction = "POP" | "PUSH" | "REPLACE";

export interface HistoryLocation {
  pathname: string;
  search: string;
  hash: string;
  state: unknown;
  key: string;
}

/** Where to go: a path ("/r/orders?page=2") or its parts. */
export type HistoryTo = string | Partial<Pick<HistoryLocation, "pathname" | "search" | "hash">>;

export interface HistoryUpdate {
  action: HistoryAction;
  location: HistoryLocation;
}

/** A navigation held by a blocker: go on with it (`proceed`), or leave it (a held Back is already undone). */
export interface HeldNavigation {
  to: HistoryLocation;
  proceed(): void;
}

export interface NavigationBlocker {
  /** Whether to hold the navigation from `current` to `next`. */
  shouldBlock(args: { current: HistoryLocation; next: HistoryLocation }): boolean;
  onBlocked(held: HeldNavigation): void;
}

export interface NavigationHistory {
  readonly location: HistoryLocation;
  readonly action: HistoryAction;
  push(to: HistoryTo, state?: unknown): void;
  replace(to: HistoryTo, state?: unknown): void;
  go(delta: number): void;
  createHref(to: HistoryTo): string;
  listen(listener: (update: HistoryUpdate) => void): () => void;
  /** Hold the navigations `blocker` asks for, until the returned function removes it. */
  block(blocker: NavigationBlocker): () => void;
}

/** The storage under a history: the browser's session history, or an array. */
interface Entries {
  read(): { location: HistoryLocation; index: number };
  write(kind: "push" | "replace", location: HistoryLocation, index: number): void;
  go(delta: number): void;
  /** Call `onPop` after each Back/Forward (the browser's popstate), for the page's life. */
  subscribe(onPop: () => void): void;
}

const newKey = () => Math.random().toString(36).slice(2, 10);

function locationFor(to: HistoryTo, from: HistoryLocation, state: unknown): HistoryLocation {
  const parts = typeof to === "string" ? parsePath(to) : to;
  return { pathname: from.pathname, search: "", hash: "", ...parts, state, key: newKey() };
}

function createHistory(entries: Entries): NavigationHistory {
  let { location, index } = entries.read();
  let action: HistoryAction = "POP";
  const listeners = new Set<(update: HistoryUpdate) => void>();
  const blockers = new Set<NavigationBlocker>();
  let undoing = false; // the pop that undoes a held Back/Forward is not a navigation
  let redoing = false; // nor is the one that redoes it held again

  const notify = () => listeners.forEach((l) => l({ action, location }));
  /** Whether a blocker holds the move to `next`; if so it gets `proceed`. */
  const held = (next: HistoryLocation, proceed: () => void): boolean => {
    const blocker = [...blockers].find((b) => b.shouldBlock({ current: location, next }));
    if (!blocker) return false;
    blocker.onBlocked({ to: next, proceed });
    return true;
  };
  const move = (kind: "push" | "replace") => (to: HistoryTo, state?: unknown) => {
    const next = locationFor(to, location, state ?? null);
    const apply = () => {
      if (kind === "push") index += 1;
      entries.write(kind, next, index);
      location = next;
      action = kind === "push" ? "PUSH" : "REPLACE";
      notify();
    };
    if (!held(next, apply)) apply();
  };
  const onPop = () => {
    if (undoing) {
      undoing = false;
      return;
    }
    const popped = entries.read();
    const delta = index - popped.index;
    const apply = () => {
      ({ location, index } = entries.read());
      action = "POP";
      notify();
    };
    const redo = () => {
      redoing = true;
      entries.go(-delta);
    };
    if (redoing) redoing = false;
    else if (delta !== 0 && held(popped.location, redo)) {
      // undo it now; proceeding redoes it (and its pop then passes)
      undoing = true;
      entries.go(delta);
      return;
    }
    apply();
  };
  entries.subscribe(onPop);

  return {
    get location() {
      return location;
    },
    get action() {
      return action;
    },
    push: move("push"),
    replace: move("replace"),
    go: (delta) => entries.go(delta),
    createHref: (to) => (typeof to === "string" ? to : createPath(to)),
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    block(blocker) {
      blockers.add(blocker);
      return () => blockers.delete(blocker);
    },
  };
}

interface StoredState {
  usr: unknown;
  key: string;
  idx: number;
}

const isStored = (s: unknown): s is StoredState => typeof s === "object" && s !== null && typeof (s as { idx?: unknown }).idx === "number";

/** The browser's session history of `win`. */
export function createBrowserHistory(win: Window = window): NavigationHistory {
  const h = win.history;
  const read = () => {
    const stored: unknown = h.state;
    const { pathname, search, hash } = win.location;
    const s = isStored(stored) ? stored : null;
    return { location: { pathname, search, hash, state: s?.usr ?? null, key: s?.key ?? "default" }, index: s?.idx ?? 0 };
  };
  // the first entry gets an index, so that a later Back to it has a distance
  if (!isStored(h.state)) h.replaceState({ usr: h.state as unknown, key: "default", idx: 0 } satisfies StoredState, "");
  return createHistory({
    read,
    write(kind, location, index) {
      const stored: StoredState = { usr: location.state, key: location.key, idx: index };
      if (kind === "push") h.pushState(stored, "", createPath(location));
      else h.replaceState(stored, "", createPath(location));
    },
    go: (delta) => h.go(delta),
    subscribe(onPop) {
      win.addEventListener("popstate", onPop);
    },
  });
}

/** A history kept in memory (tests), starting at `initial` ("/r/orders?page=2"). */
export function createMemoryHistory(initial = "/"): NavigationHistory {
  const stack: HistoryLocation[] = [{ pathname: "/", search: "", hash: "", ...parsePath(initial), state: null, key: "default" }];
  let at = 0;
  let popped: (() => void) | null = null;
  return createHistory({
    read: () => ({ location: stack[at]!, index: at }),
    write(kind, location, index) {
      if (kind === "push") stack.splice(index, stack.length - index, location);
      else stack[index] = location;
      at = index;
    },
    go(delta) {
      const next = Math.min(stack.length - 1, Math.max(0, at + delta));
      if (next === at) return;
      at = next;
      popped?.();
    },
    subscribe(onPop) {
      popped = onPop;
    },
  });
}
