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
