// The browser's storages, or null where there are none or they are disabled (privacy mode, a
// sandboxed iframe, Node): every cache and store that is an optimisation reads them through these.

export function localStorageOrNull(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

export function sessionStorageOrNull(): Storage | null {
  try {
    return typeof sessionStorage === "undefined" ? null : sessionStorage;
  } catch {
    return null;
  }
}
