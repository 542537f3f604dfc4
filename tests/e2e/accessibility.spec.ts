import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { BUNDLED_CATALOG } from "../bundled-catalog";
import { builtCatalog, samplePages } from "./built-catalog";

const sample = samplePages(builtCatalog());

/** One page of each kind, from whatever catalog was built, and on the bundled one pages of kinds it is known to have. */
const pages: Record<string, string> = {
  home: "/",
  "system index": sample.system,
  "error page": sample.error,
  ...(sample.withStatus && {
    "filtered system index": `${sample.withStatus.system}?status=${sample.withStatus.status}`,
    "status page": `/status/${sample.withStatus.status}/`,
  }),
  "status index": "/status/",
  "404 page": "/no/such/page/",
  ...(BUNDLED_CATALOG && {
    "system index filtered by two statuses": "/hazizz/?status=404,409",
    "MDX error page": "/data-manager/2202/",
    "unused error page": "/hazizz/20/",
    "429 error page": "/artwork-player/auth-429-too-many-login-attempts/",
    "MQTT error page": "/artwork-player-mqtt/validation-field-is-not-nullable/",
  }),
};

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const [name, path] of Object.entries(pages)) {
      test(`axe finds no violations on the ${name}`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(name === "404 page" ? 404 : 200);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
      });
    }
  });
}

test("the page can be used with the keyboard: skip link first, then the site links", async ({ page }) => {
  await page.goto(sample.error);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
