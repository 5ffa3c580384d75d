/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// `base: "./"` makes the build relocatable: the same dist/ works at / or under any sub-path
// (the router reads its basename from <base href> / the served location at run time).
export default defineConfig({
  base: "./",
  plugins: [react()],
  server: { port: 5173, host: "127.0.0.1" },
  preview: { port: 4173, host: "127.0.0.1" },
  build: {
    target: "es2022",
    sourcemap: false,
    // dist/.vite/manifest.json: `npm run bench` reads it to size the first screen's JS.
    manifest: true,
    chunkSizeWarningLimit: 600,
  },
  worker: { format: "es" },
  test: {
    environment: "jsdom",
    setupFiles: ["./tests/setup/vitest-setup.ts"],
    include: ["src/**/*.test.{ts,tsx}", "tests/unit/**/*.test.{ts,tsx}"],
    testTimeout: 15000,
    pool: "threads",
  },
});
