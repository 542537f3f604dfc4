import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const pages = {
  home: "/",
  "system index": "/data-manager/",
  "filtered system index": "/hazizz/?status=404,409",
  "error page": "/data-manager/2202/",
  "unused error page": "/hazizz/20/",
  "429 error page": "/artwork-player/auth-429-too-many-login-attempts/",
  "MQTT error page": "/artwork-player-mqtt/validation-field-is-not-nullable/",
  "status page": "/status/404/",
  "status index": "/status/",
  "404 page": "/no/such/page/",
};

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const [name, path] of Object.entries(pages)) {
      test(`axe finds no violations on the ${name}`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
      });
    }
  });
}

test("the page can be used with the keyboard: skip link first, then the site links", async ({ page }) => {
  await page.goto("/data-manager/2202/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
