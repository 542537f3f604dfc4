import { expect, test } from "@playwright/test";
import { BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE } from "../bundled-catalog";
import { relatedPaths, resultPaths, searchFor } from "./search-helpers";

// Queries written for the bundled catalog's pages.
test.skip(!BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE);

/**
 * Search knows when it does not know (lib/search/relevance.ts): a code no error has, or words
 * that match nothing well, get a plain answer instead of guesses; slips, logs, several errors
 * at once and a ticket's own words still find their errors. Run on the real index.
 */
test.describe("search says when no error matches", () => {
  for (const [query, answer] of [
    ["E_NOPE_123", "No error has the code E_NOPE_123."],
    ["9999", "No error has the code 9999."],
    ["card_declined", "No error has the code card_declined."],
    ["xyzzyplugh", "No error matches “xyzzyplugh”."],
    ["the", "No error matches “the”."],
    ["banana spaceship tuesday", "No error matches “banana spaceship tuesday”."],
    // The words name a code; pages that share "error" and "code" do not answer.
    ["Hazizz error code 155", "No error has the code 155."],
  ] as const) {
    test(`${query}: no confident result`, async ({ page }) => {
      await searchFor(page, query);
      await expect(page.locator("[data-search-no-match]")).toBeVisible();
      await expect(page.locator("[data-search-no-match]")).toContainText(answer);
      expect(await resultPaths(page)).toEqual([]);
      // Close matches, if any, are offered as such.
      if ((await relatedPaths(page)).length > 0) {
        await expect(page.getByRole("heading", { name: "Did you mean" })).toBeVisible();
      }
    });
  }

  test("a query that has results hides the no-match answer again, and the title names the query", async ({ page }) => {
    await searchFor(page, "E_NOPE_123");
    await expect(page).toHaveTitle(/^E_NOPE_123 – Search/);
    await page.locator("[data-search-field]").fill("2202");
    await page.locator("[data-search-field]").press("Enter");
    await expect(page.locator("[data-search-results]")).toHaveAttribute("data-search-query", "2202");
    await expect(page.locator("[data-search-no-match]")).toBeHidden();
    expect((await resultPaths(page))[0]).toBe("/data-manager/2202/");
    await expect(page).toHaveTitle(/^2202 – Search/);
  });
});

test.describe("search still finds what was meant", () => {
  for (const [query, expected] of [
    ["EmailAlreadyExist", "/sso-groups/email-already-exists/"],
    ["user:not_fuond", "/accounts/user-not-found/"],
    ["acount lokced", "/hazizz/13/"],
    ["Storage qouta exceeded", "/artwork-player/post-413-storage-quota-exceeded/"],
    // A message with its placeholders filled in, misspelt: another page quotes the values.
    [
      "Operator 'gt' not valid for boolen field 'is_nsfw'",
      "/artwork-player-mqtt/validation-operator-not-valid-for-boolean-field/",
    ],
  ] as const) {
    test(`a slip: ${query} finds ${expected} in the top 3`, async ({ page }) => {
      await searchFor(page, query);
      expect((await resultPaths(page)).slice(0, 3)).toContain(expected);
    });
  }

  test("a pasted log excerpt finds its error first", async ({ page }) => {
    const log = [
      "2024-04-08 14:22:31.007 ERROR 1 --- [nio-8080-exec-3] c.e.sso.GroupUserProvisioner : SSO provisioning failed",
      'org.springframework.web.client.HttpClientErrorException$BadRequest: 400 Bad Request: "{"error":{"status":400,"message":"This email domain is not in allowed domains for this group.","code":"InvalidEmailDomain"}}"',
      "\tat org.springframework.web.client.HttpClientErrorException.create(HttpClientErrorException.java:101)",
      "\tat com.example.sso.GroupUserProvisioner.provision(GroupUserProvisioner.java:57)",
    ].join("\n");
    await searchFor(page, log);
    expect((await resultPaths(page))[0]).toBe("/sso-groups/invalid-email-domain/");
  });

  test("a paste with two different errors lists both first", async ({ page }) => {
    const paste = [
      '2024-05-02T10:00:01Z ERROR api POST /groups/12/join -> 400 {"status":400,"title":"User already in group","code":55}',
      '2024-05-02T10:00:07Z ERROR api POST /auth/accesstoken -> 401 {"status":401,"title":"Account is locked","code":13}',
    ].join("\n");
    await searchFor(page, paste);
    const first = (await resultPaths(page)).slice(0, 2);
    expect(first.sort()).toEqual(["/hazizz/13/", "/hazizz/55/"]);
  });

  test("a support ticket's own words find the error in the top 3", async ({ page }) => {
    await searchFor(page, "customer says the reset link in their email has expired");
    expect((await resultPaths(page)).slice(0, 3)).toContain("/accounts/token-expired-reset/");
  });

  test("a result shows what the error means, with the words asked for marked", async ({ page }) => {
    await searchFor(page, "quota");
    const first = page.locator("[data-search-results] li").first();
    await expect(first.locator("a")).toHaveAttribute("href", "/artwork-player/post-413-storage-quota-exceeded/");
    const excerpt = first.locator("p").last();
    await expect(excerpt).not.toContainText("413 Content Too Large");
    await expect(excerpt).not.toContainText("post-413-storage-quota-exceeded");
    await expect(excerpt.locator("mark").first()).toHaveText(/quota/i);
  });
});
