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
