import { expect, type Page } from "@playwright/test";

/** Opens `/search/?q=…` and waits until the page reports that query as done. */
export async function searchFor(page: Page, query: string): Promise<void> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await waitForResults(page, query);
}

export async function waitForResults(page: Page, query: string): Promise<void> {
  await expect(page.locator("[data-search-results]")).toHaveAttribute("data-search-state", "ready");
  await expect(page.locator("[data-search-results]")).toHaveAttribute("data-search-query", query);
}

/** The result links' paths, best first. */
export async function resultPaths(page: Page): Promise<string[]> {
  return page
    .locator("a[data-search-result]")
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** The paths of the results listed after an exact answer, in order. */
export async function relatedPaths(page: Page): Promise<string[]> {
  return page
    .locator("a[data-search-related-result]")
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** Clicks "Show more results" until every result is listed. */
export async function showAllResults(page: Page): Promise<void> {
  const more = page.getByRole("button", { name: "Show more results" });
  const links = page.locator("a[data-search-result], a[data-search-related-result]");
  while (await more.isVisible()) {
    const before = await links.count();
    await more.click();
    // More results, or none left: reading on can find the rest below the relevance floor.
    await expect.poll(async () => (await links.count()) !== before || !(await more.isVisible())).toBe(true);
  }
}
