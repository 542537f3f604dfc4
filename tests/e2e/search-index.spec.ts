import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { E2E_OUT_DIR } from "../../playwright.config";
import type { CodeIndexRow } from "../../src/lib/search/code-key";
import { BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE } from "../bundled-catalog";
import { builtCatalog } from "./built-catalog";
import { relatedPaths, resultPaths, showAllResults } from "./search-helpers";

function codeIndexRows(): CodeIndexRow[] {
  const codes = join(E2E_OUT_DIR, "search", "codes");
  return readdirSync(codes).flatMap((file) => JSON.parse(readFileSync(join(codes, file), "utf8")) as CodeIndexRow[]);
}

/** A page's Pagefind fragment: its URL and the text Pagefind indexed. */
function fragment(id: string): { url: string; content: string } {
  const bytes = gunzipSync(readFileSync(join(E2E_OUT_DIR, "pagefind", "fragment", `${id}.pf_fragment`)));
  return JSON.parse(bytes.toString("utf8").replace(/^pagefind_dcd/, "")) as { url: string; content: string };
}

/** The search data the build writes next to the pages, read from disk. */
test.describe("the built search index", () => {
  test("every code-index row names the Pagefind id of its own page", () => {
    const rows = codeIndexRows();
    const errorPaths = new Set(builtCatalog().errors.map((error) => error.path));
    expect(new Set(rows.map((row) => row.path))).toEqual(errorPaths);
    for (const row of rows) {
      expect(row.id, `${row.path} (key ${row.k})`).toMatch(/^en_[0-9a-f]+$/);
      expect(fragment(row.id!).url, `${row.id} is the fragment of ${row.path}`).toBe(row.path);
    }
  });

  test("an error page's facts are indexed as words of their own, not glued to their neighbours", () => {
    const catalog = builtCatalog();
    const systemNames = new Map(catalog.systems.map((system) => [system.id, system.name]));
    const ids = new Map(codeIndexRows().map((row) => [row.path, row.id!]));
    for (const error of catalog.errors) {
      const { content } = fragment(ids.get(error.path)!);
      // "…404 Not Found. Accounts API. Users. The user was not found.", not "…Not FoundAccounts APIUsersThe…"
      expect(content, error.path).toContain(`. ${systemNames.get(error.system)}. `);
      if (error.message) expect(content, error.path).toContain(`. ${error.message}`);
    }
  });
});

/**
 * Code finds by part of a code or a near spelling are extra results only when Pagefind's matches
 * lack them (decided by the Pagefind ids above, beyond the first page of results). Each search
 * here has more matches than one page, so "Show more" and that decision are both exercised.
 */
const COUNTED_SEARCHES = [
  // NOT_FOUND is an MQTT code: its page is the exact answer, the full-text matches follow it.
  { name: "words that are also part of many codes", url: "/search/?q=not+found", answer: true },
  { name: "a near spelling", url: "/search/?q=user%3Anot_fuond", answer: false },
  {
    name: "words and part codes, one system chosen",
    url: "/search/?q=not+found&system=Artwork+Player+API",
    answer: false,
  },
  {
    name: "words and part codes, one status chosen",
    url: "/search/?q=not+found&status=404+Not+Found",
    answer: false,
  },
  { name: "a status filter alone", url: "/search/?status=404+Not+Found", answer: false },
];

for (const { name, url, answer } of COUNTED_SEARCHES) {
  test(`${name}: the count is the number of distinct results listed once all are shown`, async ({ page }) => {
    // The queries name words, systems and statuses of the bundled catalog.
    test.skip(!BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE);
    await page.goto(url);
    await expect(page.locator("[data-search-related-results]")).toHaveAttribute("data-search-state", "ready");
    await showAllResults(page);
    const answered = await resultPaths(page);
    const more = await relatedPaths(page);
    const paths = [...answered, ...more];
    expect(paths.length, "more results than one page of five").toBeGreaterThan(5);
    expect(new Set(paths).size).toBe(paths.length);
    if (answer) {
      await expect(page.locator("[data-search-summary]")).toHaveText(`${answered.length} error has exactly this code.`);
      await expect(page.locator("[data-search-related-summary]")).toHaveText(`${more.length} more results.`);
    } else {
      expect(more).toEqual([]);
      await expect(page.locator("[data-search-summary]")).toHaveText(`${paths.length} results.`);
    }
  });
}

test("the search page fetches Pagefind's script and the systems' formats early, and each once", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto("/search/?q=not%20found");
  await expect(page.locator("[data-search-results]")).toHaveAttribute("data-search-state", "ready");
  const preloaded = await page
    .locator('link[rel="modulepreload"], link[rel="preload"]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
  expect(preloaded).toEqual(expect.arrayContaining(["/pagefind/pagefind.js", "/search/systems.json"]));
  expect(fetched.filter((path) => path === "/pagefind/pagefind.js")).toHaveLength(1);
  expect(fetched.filter((path) => path === "/search/systems.json")).toHaveLength(1);
});
