// Launching Debian's Chromium (the `chromium` package) through playwright-core. Never a
// downloaded browser: the path is fixed, overridable only by CHROMIUM_PATH.
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Context options shared by every e2e test and benchmark run: a stable, English, UTC desktop. */
export const CONTEXT_OPTIONS = {
  viewport: { width: 1280, height: 800 },
  locale: "en-US",
  timezoneId: "UTC",
  colorScheme: "light",
  reducedMotion: "reduce",
};

/** @returns {Promise<import("playwright-core").Browser>} */
export async function launchChromium({ headless = process.env.HEADED !== "1" } = {}) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's package: apt-get install -y chromium`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless, args: CHROMIUM_ARGS });
}
