// A module loaded once, on demand, and readable synchronously once loaded. No React here: the
// entry (src/main.tsx, via route-chunks.ts) uses it before React has loaded.

/** A module loaded once, on demand; `get()` is synchronous once it has loaded. */
export interface LazyModule<M> {
  get(): M | null;
  load(): Promise<M>;
}

export function lazyModule<M>(loader: () => Promise<M>): LazyModule<M> {
  let loaded: M | null = null;
  let loading: Promise<M> | null = null;
  return {
    get: () => loaded,
    load() {
      loading ??= loader().then(
        (m) => (loaded = m),
        (error: unknown) => {
          loading = null; // a failed load is retried at the next use
          throw error;
        },
      );
      return loading;
    },
  };
}

/** A module that is already here (imported statically), for a component that takes a LazyModule. */
export function loadedModule<M>(module: M): LazyModule<M> {
  return { get: () => module, load: () => Promise.resolve(module) };
}
