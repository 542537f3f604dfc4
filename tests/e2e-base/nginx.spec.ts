import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_BASE_OUT_DIR, E2E_BASE_PATH } from "../../playwright.base.config";
import type { CatalogJson } from "../../src/lib/catalog-json";
import { withBase } from "../../src/lib/urls";
import { nginxMissing, startNginx, type NginxServer } from "../e2e/nginx-server";

/**
 * The site built under a sub-path behind a real nginx, with `root` at the built site and the
 * include the build writes: pages, 301s for old URLs and the 404 page, all under the base.
 */
const missing = nginxMissing();

test.describe.configure({ mode: "serial" });
// In CI nginx must be there (.ci/run installs it); elsewhere its absence skips these tests.
test.skip(missing !== undefined && !process.env.CI, `nginx tests skipped: ${missing}`);

let nginx: NginxServer;
test.beforeAll(async () => {
  if (missing) throw new Error(missing);
  nginx = await startNginx(E2E_BASE_OUT_DIR, join(E2E_BASE_OUT_DIR, "nginx.conf"));
});
test.afterAll(async () => {
  await nginx?.stop();
});

test("nginx serves pages under the base, with and without the trailing slash", async ({ request }) => {
  const { errors } = JSON.parse(readFileSync(join(E2E_BASE_OUT_DIR, "catalog.json"), "utf8")) as CatalogJson;
  const path = withBase(errors[0]!.path, E2E_BASE_PATH);
  for (const requested of [E2E_BASE_PATH, path, path.replace(/\/$/, "")]) {
    const response = await request.get(`${nginx.origin}${requested}`, { maxRedirects: 0 });
    expect(response.status(), requested).toBe(200);
  }
});

test("nginx answers an old URL under the base with a 301 to its page there", async ({ request }) => {
  const rule = readFileSync(join(E2E_BASE_OUT_DIR, "_redirects"), "utf8")
    .split("\n")
    .find((line) => line !== "" && !line.startsWith("#") && !line.includes(":"));
  test.skip(!rule, "this catalog has no old URLs");
  const [from, to] = rule!.split(/\s+/);
  expect(from!.startsWith(E2E_BASE_PATH), rule).toBe(true);
  const response = await request.get(`${nginx.origin}${from}`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(new URL(response.headers().location ?? "", nginx.origin).pathname).toBe(to);
});

test("nginx answers an unknown path under the base with the site's 404 page", async ({ request }) => {
  const response = await request.get(`${nginx.origin}${E2E_BASE_PATH}no-such-system/no-such-code/`);
  expect(response.status()).toBe(404);
  expect(await response.text()).toBe(readFileSync(join(E2E_BASE_OUT_DIR, "404.html"), "utf8"));
});
