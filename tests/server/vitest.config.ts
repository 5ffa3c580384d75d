// The root vite.config.ts only includes src/** and tests/unit/**; the Node server's tests run
// with this config: `npx vitest run --config tests/server/vitest.config.ts`.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: new URL("../..", import.meta.url).pathname,
    include: ["tests/server/**/*.test.ts"],
    environment: "node",
    testTimeout: 15000,
  },
});
