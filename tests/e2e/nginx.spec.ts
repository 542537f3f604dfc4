import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_OUT_DIR } from "../../playwright.config";
import { SITE_HEADERS } from "../../src/lib/deploy/site-headers";
import { BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE } from "../bundled-catalog";
import { builtCatalog, samplePages } from "./built-catalog";
import { nginxMissing, startNginx, type NginxServer } from "./nginx-server";
import { resultPaths, waitForResults } from "./search-helpers";

/**
 * The built site behind a real nginx, configured by nothing but the include the build writes
 * (dist/nginx.conf): real 301s for old URLs, the headers on every response, the 404 page, and
 * search working under the policy with nginx's own MIME types.
 */
const missing = nginxMissing();
const sample = samplePages(builtCatalog());
const csp = SITE_HEADERS.find((header) => header.name === "Content-Security-Policy")!.value;

// One nginx for the file's tests: they run in one worker, in order.
test.describe.configure({ mode: "serial" });
// In CI nginx must be there (.ci/run installs it); elsewhere its absence skips these tests.
test.skip(missing !== undefined && !process.env.CI, `nginx tests skipped: ${missing}`);

let nginx: NginxServer;
test.beforeAll(async () => {
  if (missing) throw new Error(missing);
  nginx = await startNginx(E2E_OUT_DIR, join(E2E_OUT_DIR, "nginx.conf"));
});
test.afterAll(async () => {
  await nginx?.stop();
});

test("an old URL is a 301 to the error's page", async ({ request }) => {
  test.skip(!BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE);
  for (const path of ["/doc/errors/2202", "/doc/errors/2202/"]) {
    const response = await request.get(`${nginx.origin}${path}`, { maxRedirects: 0 });
    expect(response.status(), path).toBe(301);
    expect(new URL(response.headers().location ?? "", nginx.origin).pathname).toBe("/data-manager/2202/");
    expect(response.headers()["content-security-policy"]).toBe(csp);
  }
});

test("a page has every site header, with and without its trailing slash", async ({ request }) => {
  for (const path of [sample.error, sample.error.replace(/\/$/, "")]) {
    const response = await request.get(`${nginx.origin}${path}`, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    for (const { name, value } of SITE_HEADERS) expect(response.headers()[name.toLowerCase()], name).toBe(value);
  }
});

test("an unknown path is the site's 404 page, with status 404 and the headers", async ({ request }) => {
  const response = await request.get(`${nginx.origin}/no-such-system/no-such-code/`);
  expect(response.status()).toBe(404);
  expect(await response.text()).toBe(readFileSync(join(E2E_OUT_DIR, "404.html"), "utf8"));
  expect(response.headers()["content-security-policy"]).toBe(csp);
});

test("search finds an error in Chromium, under the policy nginx sends", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/content security policy/i.test(message.text())) violations.push(message.text());
  });
  test.skip(!sample.ownCode, "no error has a code of its own");
  const { code, path } = sample.ownCode!;
  await page.goto(`${nginx.origin}/search/?q=${encodeURIComponent(code)}`);
  await waitForResults(page, code);
  expect(await resultPaths(page)).toContain(path);
  expect(violations).toEqual([]);
});
