import { defineConfig } from "@playwright/test";

/**
 * Browser tests run against the built site served by `astro preview`. The site is built with
 * SITE_URL pointing at this server (see the test:e2e script), so the absolute URLs the site emits
 * (canonical links, `type` URLs, catalog.json) resolve against it too.
 */
const E2E_PORT = 4399;
/** Where `npm run test:e2e` builds the site under test. */
export const E2E_OUT_DIR = "dist-e2e";
const baseURL = `http://localhost:${E2E_PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: "list",
  use: {
    baseURL,
    launchOptions: {
      // Playwright cannot download its browsers here; use the system's Chromium.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    // --ignore-lock: Astro allows one tracked preview server per project, and `npm start` may be running.
    command: `astro preview --port ${E2E_PORT} --host localhost --ignore-lock`,
    env: { OUT_DIR: E2E_OUT_DIR },
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
