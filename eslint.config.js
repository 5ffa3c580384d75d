import { readdirSync } from "node:fs";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import importX, { createNodeResolver } from "eslint-plugin-import-x";
import globals from "globals";

/**
 * The layers of src/ and what each may import (DESIGN.md, "Shape of the program"): data flows one
 * way, config → protocol → backend → data → widgets → features → app; lib, i18n (the message
 * catalogue) and ui are leaves every layer may use; reference (the reference backend, for tests and
 * the demo) speaks the protocol and is imported only by the app's demo boot, the dialect table's
 * demo entries and tests.
 */
const LAYERS = {
  lib: [],
  i18n: ["lib"],
  ui: ["i18n", "lib"],
  config: ["i18n", "lib"],
  protocol: ["i18n", "config", "lib"],
  backend: ["i18n", "config", "protocol", "lib"],
  reference: ["i18n", "config", "protocol", "backend", "lib"],
  data: ["i18n", "config", "protocol", "backend", "lib"],
  widgets: ["i18n", "config", "protocol", "backend", "data", "lib", "ui"],
  features: ["i18n", "config", "protocol", "backend", "data", "widgets", "lib", "ui"],
  app: ["i18n", "config", "protocol", "backend", "reference", "data", "widgets", "features", "lib", "ui"],
};

/** Narrow exceptions to LAYERS, each a file the importing layer may use despite its layer. */
const LAYER_EXCEPTIONS = {
  // the dialect table names the valid `dialect` values of config.json
  config: { backend: ["./dialects.ts"] },
  // each dialect's demo entry loads the reference backend lazily, in demo mode only
  backend: { reference: ["./demo-credentials.ts", "./litestar/litestar-demo.ts"] },
};

/**
 * Which features a feature may import, and through which of their files (each a deliberate entry:
 * a page part, a dialog loaded on demand, a context). The graph has no cycle (checked below), so
 * features never import each other in a circle, even through lazy imports. What several features
 * share lives in src/features/shared/ (open to every feature), src/ui/ or src/lib/.
 */
const FEATURE_IMPORTS = {
  list: ["bulk", "export", "import", "relations"],
  relations: ["form"],
  form: ["activity", "auth"],
  dashboard: ["activity"],
};
const FEATURE_ENTRIES = {
  activity: ["./activity-list.tsx", "./record-history.tsx"],
  auth: ["./session-context.ts"],
  bulk: ["./bulk-toolbar.tsx"],
  export: ["./export-dialog.tsx"],
  form: ["./record-form.tsx"],
  import: ["./import-dialog.tsx"],
  relations: ["./relation-picker-module.ts"],
};

/** Test code and its support files: they may reach the reference backend, adapters, other features' helpers. */
const TEST_FILES = [
  "**/*.test.{ts,tsx}",
  "**/*.test-helper.ts",
  "**/*test-helpers.ts",
  "**/*test-setup.{ts,tsx}",
  "**/*-fixtures.ts",
  "**/test-*.{ts,tsx}",
  "src/**/testing/**",
];

const FEATURES = readdirSync(new URL("./src/features/", import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== "shared")
  .map((d) => d.name);

/** Zones of import-x/no-restricted-paths: each layer against every layer it may not import. */
function layerZones(layers, exceptions) {
  return Object.entries(layers).flatMap(([layer, allowed]) =>
    Object.keys(layers)
      .filter((other) => other !== layer && !allowed.includes(other))
      .map((other) => ({
        target: `./src/${layer}`,
        from: `./src/${other}`,
        except: exceptions[layer]?.[other] ?? [],
        message: `${layer} may import only ${[...allowed, layer].join(", ")} (DESIGN.md: one-way layers).`,
      })),
  );
}

/** No view, widget or data hook imports a dialect's adapter: they use the Backend interface (src/backend/types.ts). */
const ADAPTER_ZONE = {
  target: ["./src/data", "./src/widgets", "./src/features", "./src/app", "./src/ui"],
  from: ["./src/backend/craft-easy", "./src/backend/litestar-admin", "./src/backend/session"],
  message: "Adapters are reached through the Backend interface (src/backend/types.ts) and the dialect table, never imported by views.",
};

/** Tests of every layer may use the reference backend; feature tests may render the app (src/app/testing/). */
const TEST_LAYERS = Object.fromEntries(Object.entries(LAYERS).map(([layer, allowed]) => [layer, [...new Set([...allowed, "reference"])]]));
const TEST_EXCEPTIONS = { ...LAYER_EXCEPTIONS, features: { app: ["./testing"] } };

function assertAcyclic(graph) {
  const visit = (node, path) => {
    if (path.includes(node)) throw new Error(`FEATURE_IMPORTS has a cycle: ${[...path, node].join(" → ")}`);
    for (const next of graph[node] ?? []) visit(next, [...path, node]);
  };
  for (const node of Object.keys(graph)) visit(node, []);
}

/** Zones: a feature (and src/features/shared) imports another only where FEATURE_IMPORTS says, and only its entries. */
function featureZones() {
  assertAcyclic(FEATURE_IMPORTS);
  const importers = [...FEATURES, "shared"];
  return FEATURES.flatMap((feature) =>
    importers
      .filter((importer) => importer !== feature)
      .map((importer) => {
        const allowed = FEATURE_IMPORTS[importer]?.includes(feature) ?? false;
        return {
          target: `./src/features/${importer}`,
          from: `./src/features/${feature}`,
          except: allowed ? (FEATURE_ENTRIES[feature] ?? []) : [],
          message: allowed
            ? `${importer} may import only ${feature}'s entries (${(FEATURE_ENTRIES[feature] ?? []).join(", ")}), see FEATURE_ENTRIES.`
            : `${importer} may not import ${feature} (FEATURE_IMPORTS): move what both use to src/features/shared/, src/ui/ or src/lib/.`,
        };
      }),
  );
}

export default tseslint.config(
  { ignores: ["dist", "node_modules", "public/mockServiceWorker.js", ".bench", "test-results"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // adapters, protocol, config, the reference backend and lib never import React (the layer zones below keep them from views)
    files: ["src/backend/**/*.ts", "src/protocol/**/*.ts", "src/config/**/*.ts", "src/reference/**/*.ts", "src/lib/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["react", "react-dom"] }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js"] })],
      // no-cycle parses the imported modules: with TypeScript's parser, as the linted files
      "import-x/extensions": [".ts", ".tsx", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { basePath: import.meta.dirname, zones: [...layerZones(LAYERS, LAYER_EXCEPTIONS), ADAPTER_ZONE, ...featureZones()] }],
      // lazy-loading modules import a module that import()s them back (list-modules.ts, editor-slot.tsx):
      // harmless, nothing is evaluated in a circle; cross-feature cycles are ruled out by FEATURE_IMPORTS
      "import-x/no-cycle": ["error", { ignoreExternal: true, allowUnsafeDynamicCyclicDependency: true }],
    },
  },
  {
    // tests may use the reference backend, the adapters and other features' test helpers; the
    // layer rule still keeps lower layers' tests from importing views
    files: TEST_FILES.map((p) => (p.startsWith("src/") ? p : `src/${p}`)),
    rules: {
      "import-x/no-restricted-paths": ["error", { basePath: import.meta.dirname, zones: layerZones(TEST_LAYERS, TEST_EXCEPTIONS) }],
    },
  },
  {
    files: ["**/*.{js,mjs}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
