import { expect, test } from "@playwright/test";

test("a problem+json error page links its example response to itself", async ({ page, baseURL }) => {
  await page.goto("/data-manager/2202/");
  const url = new URL("/data-manager/2202/", baseURL).href;
  const example = JSON.parse((await page.locator("#example-response").textContent()) ?? "");
  expect(example).toMatchObject({
    status: 400,
    code: 2202,
    title: "Missing property in query string",
    type: url,
    _links: { describedby: { href: url } },
  });
  await expect(page.getByRole("link", { name: "400 Bad Request" })).toHaveAttribute("href", "/status/400/");
  await expect(page.getByRole("heading", { name: "Handling 400 Bad Request" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Related errors" })).toBeVisible();
  // The entry is MDX and uses a component.
  await expect(page.getByRole("complementary", { name: "Differences from the document" })).toBeVisible();
});

test("copy buttons copy the page URL and the example", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/accounts/user-not-found/");
  await page.getByRole("button", { name: "Copy page URL" }).click();
  await expect(page.getByRole("button", { name: "Copy page URL" })).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    new URL("/accounts/user-not-found/", baseURL).href,
  );
  await page.getByRole("button", { name: "Copy example response" }).click();
  expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toMatchObject({
    code: "user:not_found",
  });
});

test("an error page loads no script, not even when its copy buttons and search shortcut are used", async ({
  page,
  context,
}) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/data-manager/2202/");
  await page.getByRole("button", { name: "Copy example response" }).click();
  await expect(page.getByRole("button", { name: "Copy example response" })).toHaveText("Copied");
  // The label comes back, ready for the next copy.
  await expect(page.getByRole("button", { name: "Copy example response" })).toHaveText("Copy", { timeout: 5000 });
  await page.keyboard.press("/");
  await expect(page.locator("#site-search")).toBeFocused();
  // Typing a slash into the field is typing, not the shortcut.
  await page.keyboard.type("a/b");
  await expect(page.locator("#site-search")).toHaveValue("a/b");
  await page.waitForLoadState("networkidle");
  expect(scripts).toEqual([]);
});

test("an unused code says so", async ({ page }) => {
  await page.goto("/hazizz/20/");
  await expect(page.getByRole("complementary", { name: "Lifecycle" })).toContainText("This code is unused");
});

test("429 pages of a system with rate-limit guidance show the retry strategy and the limits", async ({ page }) => {
  await page.goto("/artwork-player/");
  const first429 = page.locator('tr[data-status="429"] a').first();
  await first429.click();
  await expect(page.getByRole("heading", { name: "Retry strategy" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Rate limits of Artwork Player API" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Player commands" })).toBeVisible();
});

test("an MQTT error has no HTTP status and shows its MQTT payload", async ({ page }) => {
  await page.goto("/artwork-player-mqtt/validation-error/");
  await expect(page.locator("main header dl")).toContainText("None: Artwork Player MQTT sends this error over MQTT.");
  const example = JSON.parse((await page.locator("#example-response").textContent()) ?? "");
  expect(example).toMatchObject({ status: "error", error_code: "VALIDATION_ERROR" });
});

test("the 404 page helps and suggests the page for a code typed as the API emits it", async ({ page }) => {
  const response = await page.goto("/accounts/user:not_found");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No page at this address");
  await expect(page.getByRole("link", { name: "/accounts/user-not-found/" })).toBeVisible();
  await page.getByRole("link", { name: "/accounts/user-not-found/" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("User not found");
});
