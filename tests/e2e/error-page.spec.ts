import { expect, test } from "@playwright/test";
import { BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE } from "../bundled-catalog";
import { builtCatalog, samplePages } from "./built-catalog";

const sample = samplePages(builtCatalog());

test("an error page loads no script, not even when its copy buttons and search shortcut are used", async ({
  page,
  context,
}) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(sample.error);
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

/** Pages of the bundled catalog chosen for what they show: an MDX body, an MQTT error, rate-limit guidance. */
test.describe("the bundled catalog's error pages", () => {
  test.skip(!BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE);

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
    await expect(page.getByRole("heading", { name: "About HTTP 400 Bad Request" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Related errors" })).toBeVisible();
    await expect(page.locator("[data-example-kind]")).toHaveAttribute("data-example-kind", "documented");
    // One example block shows; the document's own, with its differences, is collapsed in the MDX body.
    await expect(page.locator("main pre:visible")).toHaveCount(1);
    const aside = page.getByRole("complementary", { name: "Differences from the document" });
    await expect(aside).toBeHidden();
    await page.locator("summary", { hasText: "own example of this error" }).click();
    await expect(aside).toBeVisible();
  });

  test("an error page answers first: meaning, What to do, then the rest, provenance last and collapsed", async ({
    page,
  }) => {
    await page.goto("/hazizz/13/");
    const order = await page
      .locator("main article")
      .evaluate((article) =>
        [...article.querySelectorAll("h1, h2, details > summary")].map((element) => element.textContent!.trim()),
      );
    expect(order).toEqual([
      "Account is locked",
      "What to do",
      "Illustrative response",
      "Response fields",
      "Related errors",
      "About HTTP 401 Unauthorized",
      "Link to this error",
      "Where this page comes from",
    ]);
    // The status note describes the status; it never tells a locked account to authenticate again.
    const note = page.locator("section", { has: page.getByRole("heading", { name: "About HTTP 401 Unauthorized" }) });
    await expect(note).not.toContainText(/refresh|send valid credentials/i);
    const provenance = page.locator("details", { hasText: "Where this page comes from" });
    await expect(provenance).not.toHaveAttribute("open");
    await expect(provenance.getByText("line 19")).toBeHidden();
    await provenance.locator("summary").click();
    await expect(provenance.getByText("| 13  |    401    | Account is locked |")).toBeVisible();
  });

  test("an example the documents do not show is labelled as an illustration", async ({ page }) => {
    await page.goto("/hazizz/13/");
    const example = page.locator("[data-example-kind]");
    await expect(example).toHaveAttribute("data-example-kind", "illustrative");
    await expect(example.getByRole("heading", { level: 2 })).toHaveText("Illustrative response");
    await expect(example).toContainText("Not the API's exact format.");
    // One example block on the page.
    await expect(page.locator("main pre code.language-json, #example-response")).toHaveCount(1);
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
    await expect(page.locator("main header .facts")).toContainText("no HTTP status (MQTT)");
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

  test("the 404 page suggests only a page that exists, and otherwise the search for what was typed", async ({
    page,
  }) => {
    const response = await page.goto("/accounts/user:no_such_reason");
    expect(response?.status()).toBe(404);
    const suggestion = page.locator("[data-suggestion]");
    await expect(suggestion).toHaveText("Search for “user:no_such_reason”?");
    await expect(suggestion.getByRole("link")).toHaveAttribute("href", "/search/?q=user%3Ano_such_reason");
    await expect(page.getByText("Did you mean")).toHaveCount(0);
  });
});
