import "@testing-library/jest-dom/vitest";
import { afterEach } from "vitest";
import { cleanup, configure } from "@testing-library/react";

// CI runs on a loaded 2-core machine: give findBy*/waitFor room before calling a UI broken.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  // Node-environment suites (the reference server over real HTTP) have no DOM or storage.
  if (typeof document !== "undefined") cleanup();
  if (typeof localStorage !== "undefined") localStorage.clear();
  if (typeof sessionStorage !== "undefined") sessionStorage.clear();
});
