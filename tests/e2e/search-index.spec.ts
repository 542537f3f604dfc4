import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { E2E_OUT_DIR } from "../../playwright.config";
import type { CodeIndexRow } from "../../src/lib/search/code-key";
import { builtCatalog } from "./built-catalog";
import { resultPaths, searchFor, showAllResults } from "./search-helpers";

/** The search data the build writes next to the pages, read from disk. */
test.describe("the built search index", () => {
  test("every code-index row names the Pagefind id of its own page", () => {
    const codes = join(E2E_OUT_DIR, "search", "codes");
    const rows = readdirSync(codes).flatMap(
      (file) => JSON.parse(readFileSync(join(codes, file), "utf8")) as CodeIndexRow[],
    );
    const errorPaths = new Set(builtCatalog().errors.map((error) => new URL(error.url).pathname));
    expect(new Set(rows.map((row) => row.path))).toEqual(errorPaths);
    for (const row of rows) {
      expect(row.id, `${row.path} (key ${row.k})`).toMatch(/^en_[0-9a-f]+$/);
      const fragment = gunzipSync(readFileSync(join(E2E_OUT_DIR, "pagefind", "fragment", `${row.id}.pf_fragment`)));
      const { url } = JSON.parse(fragment.toString("utf8").replace(/^pagefind_dcd/, "")) as { url: string };
      expect(url, `${row.id} is the fragment of ${row.path}`).toBe(row.path);
    }
  });
});

for (const query of ["202", "2202", "not_found"]) {
  test(`"${query}": the count is the number of distinct results listed once all are shown`, async ({ page }) => {
    await searchFor(page, query);
    await showAllResults(page);
    const paths = await resultPaths(page);
    expect(new Set(paths).size).toBe(paths.length);
    await expect(page.locator("[data-search-summary]")).toHaveText(
      paths.length === 1 ? "1 result." : `${paths.length} results.`,
    );
  });
}
