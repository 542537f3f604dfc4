import { expect, test } from "@playwright/test";
import { BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE } from "../bundled-catalog";

// The old entrecode URLs of the bundled catalog's three entrecode systems.
test.skip(!BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE);

test("an old entrecode error URL lands on the error's page", async ({ page }) => {
  await page.goto("/doc/errors/2202");
  await expect(page).toHaveURL("/data-manager/2202/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Missing property in query string");
});

test("an old single-page anchor lands on its entry, linking the error in every system", async ({ page }) => {
  await page.goto("/doc/errors/#error-202");
  const entry = page.locator("#error-202");
  await expect(entry).toBeInViewport();
  for (const path of ["/account-server/1202/", "/data-manager/2202/", "/app-manager/3202/"]) {
    await expect(entry.locator(`a[href="${path}"]`)).toBeVisible();
  }
});

test("the redirect rules for static hosts list the old paths", async ({ request }) => {
  const rules = await (await request.get("/_redirects")).text();
  expect(rules).toContain("/doc/errors/2202 /data-manager/2202/ 301");
});
