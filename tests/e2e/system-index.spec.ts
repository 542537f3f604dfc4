import { expect, test, type Page } from "@playwright/test";
import { BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE } from "../bundled-catalog";
import { systemPath } from "../../src/lib/urls";
import { builtCatalog } from "./built-catalog";

const catalog = builtCatalog();
const hazizz = catalog.errors.filter((error) => error.system === "hazizz");
const count = (status: number) => hazizz.filter((error) => error.status === status).length;

const visibleRows = (page: Page) => page.locator("tr[data-status]:visible");
const errorPaths = new Set(catalog.errors.map((error) => error.path));

test("every system's index is titled by the system and lists each of its errors once", async ({ page }) => {
  for (const system of catalog.systems) {
    await page.goto(systemPath(system.id));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(system.name);
    const links = await page
      .locator("main a")
      .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
    const listed = links.filter((path) => errorPaths.has(path));
    const errors = catalog.errors.filter((error) => error.system === system.id).map((error) => error.path);
    expect(listed.sort(), system.id).toEqual(errors.sort());
    await expect(visibleRows(page)).toHaveCount(errors.length);
  }
});

/** The Hazizz and Accounts indexes of the bundled catalog: filters by status and by text. */
test.describe("the bundled catalog's system indexes", () => {
  test.skip(!BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE);

  test.describe("system index with JavaScript", () => {
    test("lists every error of the system, grouped by category", async ({ page }) => {
      await page.goto("/hazizz/");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hazizz API");
      await expect(visibleRows(page)).toHaveCount(hazizz.length);
      for (const error of hazizz) {
        await expect(page.locator(`a[href="${error.path}"]`)).toHaveCount(1);
      }
      await expect(page.locator("section#auth h2")).toContainText("Authentication");
    });

    test("status filters narrow the list, combine with OR, and are kept in the URL", async ({ page }) => {
      await page.goto("/hazizz/");
      const filter = page.getByRole("navigation", { name: "Filter by HTTP status" });
      const toggle404 = filter.getByRole("button", { name: /^404/ });
      const toggle409 = filter.getByRole("button", { name: /^409/ });

      await toggle404.click();
      await expect(toggle404).toHaveAttribute("aria-pressed", "true");
      await expect(visibleRows(page)).toHaveCount(count(404));
      for (const status of await visibleRows(page).evaluateAll((rows) =>
        rows.map((r) => (r as HTMLElement).dataset.status),
      )) {
        expect(status).toBe("404");
      }
      await expect(page).toHaveURL(/\?status=404$/);
      await expect(page.locator("[data-status-summary]")).toHaveText(
        `Showing ${count(404)} of ${hazizz.length} errors with status 404.`,
      );
      // Categories without a matching error are hidden.
      await expect(page.locator("section#profile-picture")).toBeHidden();

      await toggle409.click();
      await expect(visibleRows(page)).toHaveCount(count(404) + count(409));
      await expect(page).toHaveURL(/\?status=404,409$/);

      await toggle404.press("Space");
      await expect(toggle404).toHaveAttribute("aria-pressed", "false");
      await expect(visibleRows(page)).toHaveCount(count(409));

      await filter.getByRole("button", { name: "Show all" }).click();
      await expect(visibleRows(page)).toHaveCount(hazizz.length);
      await expect(page).toHaveURL(/\/hazizz\/$/);
    });

    test("the filter box narrows the list by code, title or message, with the status filters, and is kept in the URL", async ({
      page,
    }) => {
      await page.goto("/accounts/");
      const accounts = catalog.errors.filter((error) => error.system === "accounts");
      const box = page.getByRole("searchbox", { name: "Filter errors" });
      await box.fill("user:not_found");
      await expect(visibleRows(page)).toHaveCount(1);
      await expect(visibleRows(page).getByRole("link")).toHaveAttribute("href", "/accounts/user-not-found/");
      await box.fill("not found");
      const notFound = accounts.filter((error) =>
        /\bnot\b.*\bfound/i.test(`${error.code} ${error.title} ${error.message ?? ""}`.replace(/[_:]/g, " ")),
      );
      await expect(visibleRows(page)).toHaveCount(notFound.length);
      await expect(page.locator("[data-status-summary]")).toHaveText(
        `Showing ${notFound.length} of ${accounts.length} errors matching “not found”.`,
      );
      await expect(page).toHaveURL(/\?filter=not%20found$/);
      await page
        .getByRole("navigation", { name: "Filter by HTTP status" })
        .getByRole("button", { name: /^404/ })
        .click();
      const both = notFound.filter((error) => error.status === 404);
      await expect(visibleRows(page)).toHaveCount(both.length);
      await box.fill("no such words here");
      await expect(visibleRows(page)).toHaveCount(0);
      await page.goto("/accounts/?filter=totp");
      await expect(box).toHaveValue("totp");
      await expect(visibleRows(page)).toHaveCount(accounts.filter((error) => error.code.startsWith("totp:")).length);
    });

    test("a whole row is one link, codes wrap only at their separators, and words never run together", async ({
      page,
    }) => {
      await page.goto("/accounts/");
      const row = page.locator('tr:has(a[href="/accounts/user-email-already-exists/"])');
      // The title cell is covered by the code's link: a click there is a click on the link.
      await row.scrollIntoViewIfNeeded();
      const title = (await row.locator("td").nth(1).boundingBox())!;
      await page.mouse.click(title.x + title.width / 2, title.y + title.height / 2);
      await expect(page).toHaveURL("/accounts/user-email-already-exists/");
      await page.goto("/accounts/");
      const code = page.locator('a[href="/accounts/user-email-already-exists/"] span');
      expect(await code.evaluate((element) => getComputedStyle(element).wordBreak)).toBe("normal");
      expect(await code.locator("wbr").count()).toBe(3);
      const text = await page.locator("main").innerText();
      expect(text).not.toMatch(/[a-z0-9)][.][A-Z]/);
    });

    test("a filtered URL opens filtered", async ({ page }) => {
      await page.goto("/hazizz/?status=500,503");
      await expect(visibleRows(page)).toHaveCount(count(500) + count(503));
    });
  });

  test.describe("system index without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("every error is listed and the status filters are links to the status pages", async ({ page }) => {
      await page.goto("/hazizz/");
      await expect(visibleRows(page)).toHaveCount(hazizz.length);
      await expect(page.getByRole("button", { name: "Show all" })).toBeHidden();
      await page.getByRole("navigation", { name: "Filter by HTTP status" }).getByRole("link", { name: /^404/ }).click();
      await expect(page).toHaveURL("/status/404/hazizz/");
      await expect(page.locator("main tbody tr")).toHaveCount(count(404));
      for (const error of hazizz.filter((e) => e.status === 404)) {
        await expect(page.locator(`main a[href="${error.path}"]`)).toBeVisible();
      }
    });

    test("an error page is complete without JavaScript", async ({ page }) => {
      await page.goto("/data-manager/2202/");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Missing property in query string");
      await expect(page.locator("#example-response")).toContainText('"code": 2202');
      // Copy buttons only appear when they can work.
      await expect(page.getByRole("button", { name: /^Copy/ })).toHaveCount(0);
    });
  });
});
