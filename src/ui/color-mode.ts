// Light/dark mode: remembered in localStorage, defaulting to prefers-color-scheme. The mode is
// applied as `data-color-mode` on <html>, which global.css keys its tokens on.
import { useSyncExternalStore } from "react";

export type ColorMode = "light" | "dark";

const STORAGE_KEY = "atrium.color-mode";
const listeners = new Set<() => void>();
let current: ColorMode | null = null;

function stored(): ColorMode | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === "light" || v === "dark" ? v : null;
  } catch {
    return null;
  }
}

function preferred(): ColorMode {
  if (typeof window !== "undefined" && typeof window.matchMedia === "function") {
    return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  return "light";
}

function apply(mode: ColorMode): void {
  if (typeof document !== "undefined") document.documentElement.dataset.colorMode = mode;
}

export function getColorMode(): ColorMode {
  if (current === null) {
    current = stored() ?? preferred();
    apply(current);
  }
  return current;
}

export function setColorMode(mode: ColorMode): void {
  current = mode;
  try {
    localStorage.setItem(STORAGE_KEY, mode);
  } catch {
    // storage unavailable (private mode): the choice lasts for this page only
  }
  apply(mode);
  for (const l of listeners) l();
}

/** Apply the remembered (or preferred) mode now; call before the first render. */
export function initColorMode(): ColorMode {
  current = stored() ?? preferred();
  apply(current);
  return current;
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useColorMode(): [ColorMode, (mode: ColorMode) => void] {
  const mode = useSyncExternalStore(subscribe, getColorMode, () => "light" as ColorMode);
  return [mode, setColorMode];
}
