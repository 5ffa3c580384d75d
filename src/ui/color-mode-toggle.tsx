import { useColorMode } from "./color-mode.ts";

/** A toggle button "Dark mode" (aria-pressed) that flips and remembers the colour mode. */
export function ColorModeToggle() {
  const [mode, setMode] = useColorMode();
  const dark = mode === "dark";
  return (
    <button
      type="button"
      className="btn btn-ghost color-mode-toggle"
      aria-pressed={dark}
      onClick={() => setMode(dark ? "light" : "dark")}
    >
      <span aria-hidden="true">{dark ? "☾" : "☀"}</span>
      <span className="label-text">Dark mode</span>
    </button>
  );
}
