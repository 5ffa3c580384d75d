import "@testing-library/jest-dom/vitest";
import { afterEach } from "vitest";
import { cleanup, configure } from "@testing-library/react";
import { activateLocale } from "../../src/i18n/translate.ts";

// jsdom has HTMLDialogElement but not showModal()/show()/close() (src/ui/modal-dialog.tsx uses
// them). What tests see of the browser's behaviour: the `open` attribute (a closed dialog is
// hidden) and the `close` event. Focus, inertness, the top layer and Escape are proven in the e2e
// suite (Chromium); the dialog handles Escape itself, so the shim fires no `cancel`.
if (typeof HTMLDialogElement !== "undefined" && !("showModal" in HTMLDialogElement.prototype)) {
  Object.assign(HTMLDialogElement.prototype, {
    show(this: HTMLDialogElement) {
      this.setAttribute("open", "");
    },
    showModal(this: HTMLDialogElement) {
      this.setAttribute("open", "");
    },
    close(this: HTMLDialogElement, returnValue?: string) {
      if (!this.hasAttribute("open")) return;
      this.removeAttribute("open");
      if (returnValue !== undefined) this.returnValue = returnValue;
      setTimeout(() => this.dispatchEvent(new Event("close")));
    },
  });
}

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
