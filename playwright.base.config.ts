import { defineConfig } from "@playwright/test";
import rootSiteConfig from "./playwright.config";

/**
 * The site built under a sub-path (`npm run test:e2e:base`), as a GitHub Pages project site is
 * served: SITE_URL has a path, which becomes Astro's `base`. `astro preview` serves the build
 * under that base, and `baseURL` ends with it, so the specs in tests/e2e-base/ open pages by
 * paths relative to it (`data-manager/`, never `/data-manager/`).
 */
const E2E_BASE_PORT = 4398;
/** The base path the site is served under. */
export const E2E_BASE_PATH = "/errors/";
/** Where `npm run test:e2e:base` builds the site under test. */
export const E2E_BASE_OUT_DIR = "dist-e2e-base";
/** The site's URL, base path included: the build's SITE_URL. */
export const E2E_BASE_SITE_URL = `http://localhost:${E2E_BASE_PORT}${E2E_BASE_PATH}`;

export default defineConfig({
  ...rootSiteConfig,
  testDir: "tests/e2e-base",
  use: { ...rootSiteConfig.use, baseURL: E2E_BASE_SITE_URL },
  webServer: {
    command: `astro preview --port ${E2E_BASE_PORT} --host localhost --ignore-lock`,
    // SITE_URL again: `astro preview` takes the base it serves under from the same configuration.
    env: { OUT_DIR: E2E_BASE_OUT_DIR, SITE_URL: E2E_BASE_SITE_URL },
    url: E2E_BASE_SITE_URL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
