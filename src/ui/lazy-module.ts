// Code that is not on the first screen: a module loaded once on demand (or when the page is idle),
// read synchronously once loaded, so a component can render it without <Suspense> (whose reveal
// React holds back for a while).
import { useEffect, useRef, useState } from "react";

export { lazyModule, loadedModule, type LazyModule } from "./load-once.ts";
import type { LazyModule } from "./load-once.ts";

type IdleWindow = Window & { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number; cancelIdleCallback?: (id: number) => void };

/** The latest a preload waits for an idle moment after the first render. */
const PRELOAD_LATEST_MS = 300;

/**
 * Load `modules` once the page has settled after its first screen: when the browser is idle, or
 * PRELOAD_LATEST_MS after the first render at the latest (a press soon after the page appeared
 * should not wait for the code).
 */
export function usePreload(...modules: LazyModule<unknown>[]): void {
  const list = useRef(modules);
  useEffect(() => {
    if (list.current.every((m) => m.get() !== null)) return;
    const w = window as IdleWindow;
    const run = () => list.current.forEach((m) => void m.load().catch(() => undefined));
    if (w.requestIdleCallback) {
      const id = w.requestIdleCallback(run, { timeout: PRELOAD_LATEST_MS });
      return () => w.cancelIdleCallback?.(id);
    }
    const id = window.setTimeout(run, PRELOAD_LATEST_MS);
    return () => window.clearTimeout(id);
  }, []);
}

/**
 * The module once it is loaded; while `wanted`, starts loading it. A failed load is thrown, so
 * the nearest error boundary reports it.
 */
export function useLazyModule<M>(module: LazyModule<M>, wanted: boolean): M | null {
  const [, setLoaded] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const current = module.get();
  useEffect(() => {
    if (!wanted || current) return;
    let live = true;
    module.load().then(
      () => live && setLoaded((n) => n + 1),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [module, wanted, current]);
  if (error !== null) throw error;
  return current;
}

