// The entry: small on purpose, no React in it. It starts the cold load's critical path (config.json,
// the backend's bootstrap, with a restored session the schema and the list's rows: app/boot.ts) and
// the chunks of the route being opened, then loads React and mounts.
import "./ui/global.css";
import { routerBasename } from "./config/router-basename.ts";
import { boot, startBoot, type Booted } from "./app/boot.ts";
import { loadRouteChunks } from "./app/route-chunks.ts";
import { preferredLocale } from "./i18n/locale.ts";
import { intlLocaleFor } from "./i18n/intl-locale.ts";
import { activateLocale } from "./i18n/translate.ts";

const basename = routerBasename(import.meta.url);
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

const path = location.pathname;
const route = { pathname: basename !== "/" && path.startsWith(basename) ? path.slice(basename.length) : path, search: location.search };
const started = startBoot({ route });
let firstBoot: Promise<Booted> | null = started.booted;
firstBoot.catch(() => {
  firstBoot = null; // Retry boots afresh
});
// React and the route's code are evaluated once the boot's API requests are out: evaluating them
// holds the main thread, and config.json's answer (which those requests wait for) waited behind
// it. index.html has the largest of them (React) downloading already.
const mount = started.requested.then(() => import("./app/mount.tsx"));
const routeChunks = started.requested.then(({ signedIn }) => loadRouteChunks({ ...route, signedIn }));
// English is built in; another language's words load beside the boot, and if they cannot, the
// app speaks English rather than not at all
const locale = preferredLocale();
const localeReady = activateLocale(locale).catch(() => undefined);

// React mounts once its code, the boot and the route's chunks are there, so that its first render
// is the page itself (index.html shows a loading line until then). A failed boot mounts too, and
// the app shows the reason with Retry.
// When the boot has asked for the route's rows, it waits for them too, for a little while: one
// render with the rows costs less than a render without them and another one right after.
const EARLY_ROWS_WAIT_MS = 150;
const bootedWithRows = firstBoot.then(
  (b) => (b.earlyRows ? Promise.race([b.earlyRows.catch(() => undefined), new Promise((r) => setTimeout(r, EARLY_ROWS_WAIT_MS))]).then(() => b) : b),
  () => undefined,
);
Promise.all([mount, bootedWithRows, routeChunks, localeReady]).then(
  ([{ mountApp }, booted]) => mountApp(root, { basename, boot: (signal) => firstBoot ?? boot({ signal }), ...(booted ? { booted } : {}) }),
  (error: unknown) => {
    root.textContent = `Atrium could not load (${error instanceof Error ? error.message : String(error)}). Reload the page to try again.`;
  },
);

// The first number or date formatted loads the locale's data (15–60 ms of main thread here). Do it
// once the boot is done and the rows are on the wire, not on the config → schema → rows chain nor
// in the first render.
const warmLocaleData = () => {
  try {
    new Intl.NumberFormat(intlLocaleFor(locale)).format(1);
    new Intl.DateTimeFormat(intlLocaleFor(locale), { dateStyle: "medium", timeStyle: "short" }).format(0);
  } catch {
    // a browser without Intl formats later, or not at all
  }
};
firstBoot.then(warmLocaleData, warmLocaleData);
