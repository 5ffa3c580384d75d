import "@testing-library/jest-dom/vitest";
import { afterEach } from "vitest";
import { cleanup, configure } from "@testing-library/react";
import { activateLocale } from "../../src/i18n/translate.ts";

// CI runs on a loaded 2-core machine: give findBy*/waitFor room before calling a UI broken.
configure({ asyncUtilTimeout: 5000 });

afterEach(async () => {
  // a test that chose Swedish (and failed before choosing English again) leaves no Swedish behind
  await activateLocale("en");
  // Node-environment suites (the reference server over real HTTP) have no DOM or storage.
  if (typeof document !== "undefined") cleanup();
  if (typeof localStorage !== "undefined") localStorage.clear();
  if (typeof sessionStorage !== "undefined") sessionStorage.clear();
});

// jsdom has the browser's popover style ([popover] is display:none until shown) but not the API
// (showPopover/hidePopover, :popover-open). This stands in for what tests see: shown = displayed.
if (typeof HTMLElement !== "undefined" && typeof HTMLElement.prototype.showPopover !== "function") {
  HTMLElement.prototype.showPopover = function showPopover(this: HTMLElement) {
    this.setAttribute("data-popover-open", "");
  };
  HTMLElement.prototype.hidePopover = function hidePopover(this: HTMLElement) {
    this.removeAttribute("data-popover-open");
  };
  const shown = document.createElement("style");
  shown.textContent = "[popover][data-popover-open] { display: block; }";
  document.head.append(shown);
}
