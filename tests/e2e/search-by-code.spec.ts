import { expect, test } from "@playwright/test";
import { builtCatalog, withOwnCode } from "./built-catalog";
import { resultPaths, searchFor } from "./search-helpers";

/**
 * Search finds an error by its code, as written and as people type it, on whatever catalog was
 * built: a few errors of each system whose code no other error shares, so each has one answer.
 */
const SEARCHES_PER_SYSTEM = 4;
const catalog = builtCatalog();
const ownCodes = withOwnCode(catalog);

for (const system of catalog.systems) {
  const errors = ownCodes.filter((error) => error.system === system.id).slice(0, SEARCHES_PER_SYSTEM);
  if (errors.length === 0) continue;
  test(`${system.id}: a search for an error's code, as written and in lower case, lists its page first`, async ({
    page,
  }) => {
    for (const error of errors) {
      for (const query of new Set([error.code, error.code.toLowerCase()])) {
        await searchFor(page, query);
        expect((await resultPaths(page))[0], query).toBe(error.path);
      }
    }
  });
}
