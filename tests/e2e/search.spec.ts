import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { codeKey, codeShard, type CodeIndexRow } from "../../src/lib/search/code-key";
import { BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE } from "../bundled-catalog";
import { builtCatalog, samplePages } from "./built-catalog";
import { relatedPaths, resultPaths, searchFor, showAllResults, waitForResults } from "./search-helpers";

test.describe("finding an error by its code", () => {
  test.skip(!BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE);
  const cases: Array<[string, string]> = [
    ["2202", "/data-manager/2202/"],
    ["31", "/hazizz/31/"],
    ["user:not_found", "/accounts/user-not-found/"],
    ["usernotfound", "/accounts/user-not-found/"],
    ["USER_NOT_FOUND", "/accounts/user-not-found/"],
    ["user not found", "/accounts/user-not-found/"],
    ["EmailAlreadyExists", "/sso-groups/email-already-exists/"],
    ["emailalreadyexists", "/sso-groups/email-already-exists/"],
    ["FILE_TOO_LARGE", "/accounts/file-too-large/"],
    ["failedToCreateSession", "/sso-groups/failed-to-create-session/"],
    ["VALIDATION_ERROR", "/artwork-player-mqtt/validation-error/"],
    ["e-mail already in use", "/sso-groups/email-already-exists/"],
  ];
  for (const [query, expected] of cases) {
    test(`${query} -> ${expected}`, async ({ page }) => {
      await searchFor(page, query);
      expect((await resultPaths(page))[0]).toBe(expected);
    });
  }

  test("results show code, title, system and status", async ({ page }) => {
    await searchFor(page, "2202");
    const first = page.locator("[data-search-results] > li").first();
    await expect(first.locator("a[data-search-result]")).toContainText("2202");
    await expect(first.locator("a[data-search-result]")).toContainText("Missing property in query string");
    await expect(first).toContainText("Data Manager");
    await expect(first).toContainText("400 Bad Request");
  });

  test("a bare code's own page is shown from the code index, without reading its Pagefind fragment", async ({
    page,
    request,
  }) => {
    const rows = (await (
      await request.get(`/search/codes/${codeShard(codeKey("2202"))}.json`)
    ).json()) as CodeIndexRow[];
    const id = rows.find((row) => row.path === "/data-manager/2202/")?.id;
    expect(id, "the code index gives the page its Pagefind id").toBeTruthy();
    const fragments: string[] = [];
    page.on("request", (sent) => {
      const path = new URL(sent.url()).pathname;
      if (path.startsWith("/pagefind/fragment/")) fragments.push(path);
    });
    await searchFor(page, "2202");
    expect((await resultPaths(page))[0]).toBe("/data-manager/2202/");
    expect(fragments).not.toContain(`/pagefind/fragment/${id}.pf_fragment`);
  });

  test("a result's excerpt is its page's explanation, spaced as written, with the words asked for marked", async ({
    page,
  }) => {
    const query = "refresh token cookie";
    await searchFor(page, query);
    const first = page.locator("[data-search-results] > li").first();
    const path = (await first.locator("a[data-search-result]").getAttribute("href"))!;
    const excerpt = first.locator("p").last();
    await expect(excerpt.locator("mark").first()).toBeVisible();
    const shown = (await excerpt.textContent())!;
    // The explanation as the page itself shows it: the prose before its first section.
    const written = await page.evaluate(async (path) => {
      const html = await (await fetch(path)).text();
      const prose = new DOMParser().parseFromString(html, "text/html").querySelector("article .prose")!;
      const before: string[] = [];
      for (const child of prose.children) {
        if (child.tagName === "H2") break;
        before.push(child.textContent ?? "");
      }
      return before.join(" ");
    }, path);
    expect(shown.replace(/\s+/g, " ").trim()).toBe(written.replace(/\s+/g, " ").trim());
    expect(shown).toMatch(/refresh token/i);
  });

  test("a misspelt query is corrected and says so", async ({ page }) => {
    await searchFor(page, "acount lokced");
    await expect(page.locator("[data-search-interpretation]")).toContainText("showing results for");
    expect((await resultPaths(page))[0]).toBe("/hazizz/13/");
  });
});

test.describe("looking up a pasted error", () => {
  test.skip(!BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE);
  const cases: Array<[string, string, string]> = [
    [
      "problem+json with an entrecode type URL",
      JSON.stringify({
        status: 400,
        code: 2202,
        title: "Missing property in query string",
        type: "https://entrecode.de/doc/errors/2202",
        detail: "count",
      }),
      "/data-manager/2202/",
    ],
    [
      "error object",
      '{"error": {"status": 409, "message": "This username is already in use, please try another one.", "code": "UsernameAlreadyExists"}}',
      "/sso-groups/username-already-exists/",
    ],
    [
      "detail body with an HTTP status line",
      'HTTP/1.1 404 Not Found\nContent-Type: application/json\n\n{"detail": "User not found"}',
      "/artwork-player/player-404-user-not-found/",
    ],
    [
      "detail body of a 401",
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"detail": "User not found"}',
      "/artwork-player/auth-401-user-not-found/",
    ],
    [
      "detail with a real value in a placeholder",
      '{"detail": "Storage quota exceeded. Used 48 MB of 50 MB."}',
      "/artwork-player/post-413-storage-quota-exceeded/",
    ],
    [
      "MQTT validation message",
      `{"status": "error", "error_code": "VALIDATION_ERROR", "message": "Operator 'gt' not valid for boolean field 'active'"}`,
      "/artwork-player-mqtt/validation-operator-not-valid-for-boolean-field/",
    ],
    [
      "domain:reason in JSON",
      '{"code": "totp:invalid_code", "message": "Invalid TOTP/backup code"}',
      "/accounts/totp-invalid-code/",
    ],
    [
      "log line",
      "2026-11-23T10:00:00Z ERROR login failed code=auth:invalid_credentials",
      "/accounts/auth-invalid-credentials/",
    ],
  ];
  for (const [name, paste, expected] of cases) {
    test(name, async ({ page }) => {
      await searchFor(page, paste);
      expect((await resultPaths(page))[0]).toBe(expected);
    });
  }

  test("a type URL that points at one of our pages goes straight there", async ({ page, baseURL }) => {
    const paste = JSON.stringify({
      type: new URL("/app-manager/3100/", baseURL).href,
      status: 404,
      title: "Resource not found",
    });
    await searchFor(page, paste);
    expect((await resultPaths(page))[0]).toBe("/app-manager/3100/");
  });

  test("the page says what it recognised in a paste", async ({ page }) => {
    await searchFor(page, 'HTTP/1.1 404 Not Found\n\n{"detail": "Post not found"}');
    await expect(page.locator("[data-search-interpretation]")).toContainText("HTTP status 404");
    await expect(page.locator("[data-search-interpretation]")).toContainText("Post not found");
  });

  test("the home page lookup leads to the match, even for a paste too long for a URL", async ({ page }) => {
    await page.goto("/");
    const paste = `${" ".repeat(3000)}{"error": {"status": 400, "message": "Api token is invalid.", "code": "InvalidApiToken"}}`;
    await page.getByLabel("Paste a code, a message, or the whole error response").fill(paste);
    await page.getByRole("button", { name: "Look up" }).click();
    await expect(page.locator("[data-search-results]")).toHaveAttribute("data-search-state", "ready");
    // The paste travelled outside the URL, and the URL is left clean.
    await expect(page).toHaveURL(/\/search\/$/);
    expect((await resultPaths(page))[0]).toBe("/sso-groups/invalid-api-token/");
  });
});

test.describe("hostile input", () => {
  test("pasted markup is shown as text and never runs", async ({ page }) => {
    const paste = '{"detail": "<img src=x onerror=\\"window.__pwned=1\\"><script>window.__pwned=2</script>"}';
    await searchFor(page, paste);
    await expect(page.locator("[data-search-interpretation]")).toContainText("<img src=x");
    expect(await page.locator("main img, [data-search-app] script").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test("a megabyte of garbage keeps the page responsive and says what could not be read", async ({ page }) => {
    await page.goto("/search/");
    const garbage = await page.evaluate(() => {
      let seed = 7;
      const chars: string[] = [];
      for (let i = 0; i < 1_048_576; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        chars.push(String.fromCharCode(33 + (seed % 94)));
      }
      return chars.join("");
    });
    await page.locator("[data-search-field]").fill(garbage);
    const started = Date.now();
    await page.locator("[data-search-field]").press("Enter");
    await expect(page.locator("[data-search-results]")).toHaveAttribute("data-search-state", "ready", {
      timeout: 10_000,
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    await expect(page.locator("[data-search-interpretation]")).toContainText("Only the first 100,000");
    // Still responsive: a normal search right after works.
    const { code, path } = samplePages(builtCatalog()).ownCode!;
    await page.locator("[data-search-field]").fill(code);
    await page.locator("[data-search-field]").press("Enter");
    await waitForResults(page, code);
    expect((await resultPaths(page))[0]).toBe(path);
  });
});

test.describe("filters", () => {
  test.skip(!BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE);
  test("two statuses mean either; a system narrows further; counts match what choosing shows", async ({ page }) => {
    await searchFor(page, "not found");
    await page.getByText("Filters").click();
    const box = (name: string) => page.getByRole("checkbox", { name: new RegExp(`^${name} \\(\\d+\\)$`) });
    const countOf = async (name: string) =>
      Number(/\((\d+)\)$/.exec((await box(name).locator("xpath=..").textContent()) ?? "")?.[1]);

    const n404 = await countOf("404 Not Found");
    const n401 = await countOf("401 Unauthorized");
    expect(n404).toBeGreaterThan(0);
    expect(n401).toBeGreaterThan(0);

    await box("404 Not Found").check();
    await waitForResults(page, "not found");
    await expect(page.locator("[data-search-summary]")).toContainText(`${n404} result`);
    // The other statuses' counts still say how many each would add.
    expect(await countOf("401 Unauthorized")).toBe(n401);

    await box("401 Unauthorized").check();
    await waitForResults(page, "not found");
    await expect(page.locator("[data-search-summary]")).toContainText(`${n404 + n401} result`);
    for (const item of await page.locator("[data-search-results] > li").all()) {
      await expect(item).toContainText(/401 Unauthorized|404 Not Found/);
    }
    await expect(page).toHaveURL(
      /status=404\+Not\+Found&status=401\+Unauthorized|status=401\+Unauthorized&status=404\+Not\+Found/,
    );

    const nHazizz = await countOf("Hazizz API");
    await box("Hazizz API").check();
    await waitForResults(page, "not found");
    await expect(page.locator("[data-search-summary]")).toContainText(`${nHazizz} result`);
    for (const item of await page.locator("[data-search-results] > li").all())
      await expect(item).toContainText("Hazizz API");
  });

  test("the filter index loads only when the filters are opened", async ({ page }) => {
    const filterIndex: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/pagefind/filter/")) filterIndex.push(request.url());
    });
    await searchFor(page, "not found");
    await page.waitForLoadState("networkidle");
    expect(filterIndex).toEqual([]);
    await expect(page.getByRole("checkbox")).toHaveCount(0);

    await page.getByText("Filters").click();
    await expect(page.getByRole("checkbox", { name: /^404 Not Found \(\d+\)$/ })).toBeVisible();
    expect(filterIndex.length).toBeGreaterThan(0);
  });

  test("filters alone list every matching error", async ({ page }) => {
    const expected = builtCatalog()
      .errors.filter((error) => error.status === 429)
      .map((error) => error.path)
      .sort();
    await page.goto("/search/?status=429+Too+Many+Requests");
    await expect(page.locator("[data-search-results]")).toHaveAttribute("data-search-state", "ready");
    await expect(page.locator("[data-search-summary]")).toContainText(`${expected.length} results`);
    await showAllResults(page);
    await expect(page.locator("a[data-search-result]")).toHaveCount(expected.length);
    expect((await resultPaths(page)).sort()).toEqual(expected);
  });
});

test.describe("keyboard", () => {
  test.skip(!BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE);
  test("/ and Ctrl+K focus the search field from any page; Enter searches", async ({ page }) => {
    await page.goto("/data-manager/2202/");
    await page.keyboard.press("/");
    await expect(page.locator("#site-search")).toBeFocused();
    await page.keyboard.type("user:not_found");
    await expect(page.locator("#site-search")).toHaveValue("user:not_found");
    await page.locator("#site-search").blur();
    await page.keyboard.press("Control+k");
    await expect(page.locator("#site-search")).toBeFocused();
    await page.keyboard.press("Enter");
    await waitForResults(page, "user:not_found");
    expect((await resultPaths(page))[0]).toBe("/accounts/user-not-found/");
  });

  test("on the search page the shortcut focuses the main field, and results are reachable by Tab", async ({ page }) => {
    await searchFor(page, "2202");
    await page.locator("h1").click();
    await page.keyboard.press("/");
    await expect(page.locator("[data-search-field]")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.locator("[data-search-form]").getByRole("button", { name: "Search", exact: true })).toBeFocused();
  });
});

test.describe("typing", () => {
  test.skip(!BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE);
  /** Records the paths the page fetches, and how many fetches are still open. */
  function watchFetches(page: Page) {
    const fetches = { paths: [] as string[], open: 0 };
    page.on("request", (request) => {
      fetches.paths.push(new URL(request.url()).pathname);
      fetches.open++;
    });
    page.on("requestfinished", () => fetches.open--);
    page.on("requestfailed", () => fetches.open--);
    return fetches;
  }

  async function openEmptySearch(page: Page) {
    await page.goto("/search/");
    await expect(page.locator("[data-search-results]")).toHaveAttribute("data-search-state", "ready");
    await page.waitForLoadState("networkidle");
  }

  const query = "Verification email send failed";
  const expected = "/accounts/worker-verification-email-send-failed/";
  const isIndexChunk = (path: string) => path.startsWith("/pagefind/index/");

  test("what a typed query needs is fetched once typing pauses, and Enter only reads the results", async ({ page }) => {
    await openEmptySearch(page);
    const fetches = watchFetches(page);
    await page.locator("[data-search-field]").pressSequentially(query, { delay: 20 });
    // However slowly the keys arrive (a pause mid-word prepares that half), the page says when
    // what the whole query needs is in.
    await expect(page.locator("[data-search-form]")).toHaveAttribute("data-search-prepared", query);
    expect(fetches.paths.some(isIndexChunk)).toBe(true);
    await expect.poll(() => fetches.open).toBe(0);
    // A half-typed message would hash to a message shard of its own: none is fetched while typing.
    expect(fetches.paths.filter((path) => path.startsWith("/search/messages/"))).toEqual([]);
    await expect(page.locator("[data-search-results]")).not.toHaveAttribute("data-search-query", query);

    fetches.paths.length = 0;
    await page.locator("[data-search-field]").press("Enter");
    await waitForResults(page, query);
    expect((await resultPaths(page))[0]).toBe(expected);
    expect(fetches.paths.filter((path) => isIndexChunk(path) || path.startsWith("/search/codes/"))).toEqual([]);
  });

  test("a paste is prepared at once, its exact message included", async ({ page }) => {
    await openEmptySearch(page);
    const fetches = watchFetches(page);
    await page.locator("[data-search-field]").evaluate((field: HTMLTextAreaElement, text) => {
      field.value = text;
      field.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste", data: text }));
    }, query);
    await expect(page.locator("[data-search-form]")).toHaveAttribute("data-search-prepared", query);
    expect(fetches.paths.some((path) => path.startsWith("/search/messages/"))).toBe(true);
    expect(fetches.paths.some(isIndexChunk)).toBe(true);
    await expect.poll(() => fetches.open).toBe(0);

    fetches.paths.length = 0;
    await page.locator("[data-search-field]").press("Enter");
    await waitForResults(page, query);
    expect((await resultPaths(page))[0]).toBe(expected);
    expect(fetches.paths.filter((path) => isIndexChunk(path) || path.startsWith("/search/"))).toEqual([]);
  });
});

test.describe("exact answers first", () => {
  test.skip(!BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE);
  const query = "Api token is invalid.";
  const answerPath = "/sso-groups/invalid-api-token/";

  /**
   * Holds Pagefind's index chunks (fetched by its worker) until `release`: the full-text search
   * cannot finish meanwhile. Chunks asked for after `release` pass at once.
   */
  async function holdIndexChunks(page: Page): Promise<{ readonly held: number; release(): Promise<void> }> {
    const held: Array<() => Promise<void>> = [];
    let holding = true;
    await page.context().route(/\/pagefind\/index\//, async (route) => {
      if (holding) held.push(() => route.continue());
      else await route.continue();
    });
    return {
      get held() {
        return held.length;
      },
      async release() {
        holding = false;
        await Promise.all(held.map((pass) => pass()));
      },
    };
  }

  test("an exact message shows its page while the full text is still loading; the other matches follow", async ({
    page,
  }) => {
    const chunks = await holdIndexChunks(page);
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await waitForResults(page, query);
    expect(await resultPaths(page)).toEqual([answerPath]);
    await expect(page.locator("[data-search-summary]")).toHaveText("1 error has exactly this message.");
    await expect(page.locator("[data-search-results] mark")).toHaveText(query);
    await expect.poll(() => chunks.held, { message: "Pagefind asks for its index chunks" }).toBeGreaterThan(0);
    await expect(page.locator("[data-search-related-results]")).toHaveAttribute("data-search-state", "loading");

    await chunks.release();
    await expect(page.locator("[data-search-related-results]")).toHaveAttribute("data-search-state", "ready");
    const others = await relatedPaths(page);
    expect(others.length).toBeGreaterThan(0);
    expect(others, "the answer is not listed twice").not.toContain(answerPath);
    await expect(page.getByRole("heading", { name: "More results" })).toBeVisible();
    await expect(page.locator("[data-search-related-summary]")).toHaveText(
      /^\d+ more results, showing the first \d+\.$/,
    );
  });

  test("Show more adds the next full-text matches below the answer, never the answer again", async ({ page }) => {
    await searchFor(page, query);
    await expect(page.locator("[data-search-related-results]")).toHaveAttribute("data-search-state", "ready");
    const total = Number(/^(\d+)/.exec((await page.locator("[data-search-related-summary]").textContent()) ?? "")?.[1]);
    await showAllResults(page);
    const paths = await relatedPaths(page);
    expect(paths).toHaveLength(total);
    expect(new Set(paths).size).toBe(total);
    expect(paths).not.toContain(answerPath);
    expect(await resultPaths(page)).toEqual([answerPath]);
    await expect(page.locator("[data-search-related-summary]")).toHaveText(`${total} more results.`);
  });

  test("without an exact answer, every result is in one list and the second list stays hidden", async ({ page }) => {
    await searchFor(page, "refresh token cookie");
    await expect(page.locator("[data-search-related-results]")).toHaveAttribute("data-search-state", "ready");
    await expect(page.locator("[data-search-related]")).toBeHidden();
    expect((await resultPaths(page)).length).toBeGreaterThan(0);
    await expect(page.locator("[data-search-summary]")).not.toContainText("exactly");
  });

  test("a newer search replaces an answer's full-text results that were still loading", async ({ page }) => {
    const chunks = await holdIndexChunks(page);
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await waitForResults(page, query);
    await expect.poll(() => chunks.held).toBeGreaterThan(0);
    await page.locator("[data-search-field]").fill("2202");
    await page.locator("[data-search-field]").press("Enter");
    await chunks.release();
    await expect(page.locator("[data-search-related-results]")).toHaveAttribute("data-search-query", "2202");
    expect(await resultPaths(page)).toEqual(["/data-manager/2202/"]);
    const others = await relatedPaths(page);
    // What a fresh search for 2202 lists (pages whose guidance mentions 2202), and nothing of the
    // message's results.
    const fresh = await page.context().newPage();
    await searchFor(fresh, "2202");
    await expect(fresh.locator("[data-search-related-results]")).toHaveAttribute("data-search-state", "ready");
    expect(others).toEqual(await relatedPaths(fresh));
    await fresh.close();
  });
});

test.describe("without JavaScript", () => {
  test.skip(!BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE);
  test.use({ javaScriptEnabled: false });

  test("the search form still leads somewhere useful", async ({ page }) => {
    await page.goto("/data-manager/2202/");
    await page.locator("#site-search").fill("user:not_found");
    await page.locator("#site-search").press("Enter");
    await expect(page).toHaveURL(/\/search\/\?q=user%3Anot_found$/);
    await expect(page.getByText("Search runs in your browser and needs JavaScript")).toBeVisible();
    await expect(page.getByRole("link", { name: "Accounts API" })).toBeVisible();
    await expect(page.getByRole("link", { name: "404", exact: true })).toBeVisible();
  });
});

test.describe("accessibility", () => {
  test.skip(!BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE);
  for (const colorScheme of ["light", "dark"] as const) {
    test(`axe finds nothing on the search page with results and filters open (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await searchFor(page, "not found");
      await page.getByText("Filters").click();
      await page.getByRole("checkbox", { name: /^404 Not Found/ }).check();
      await waitForResults(page, "not found");
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });

    test(`axe finds nothing on the search page with an exact answer and more results (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await searchFor(page, "Api token is invalid.");
      await expect(page.locator("[data-search-related]")).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });

    test(`axe finds nothing on the search page saying no error matches, with close matches (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await searchFor(page, "user:nonexistent_reason");
      await expect(page.locator("[data-search-no-match]")).toBeVisible();
      await expect(page.locator("[data-search-related]")).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });
  }
});
