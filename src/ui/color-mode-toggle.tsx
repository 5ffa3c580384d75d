import { useColorMode } from "./color-mode.ts";
import { MoonIcon, SunIcon } from "./icons.tsx";
import { t } from "./messages.ts";

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
      {dark ? <MoonIcon /> : <SunIcon />}
      <span className="label-text">{t("darkMode")}</span>
    </button>
  );
}
