import { readFileSync } from "node:fs";
import { E2E_OUT_DIR } from "../../playwright.config";
import type { CatalogJson } from "../../src/lib/catalog-json";

/**
 * The catalog.json of the build under test, read from disk so tests can be generated per
 * system before the server starts. `npm run test:e2e` builds the site first.
 */
export function builtCatalog(): CatalogJson {
  try {
    return JSON.parse(readFileSync(`${E2E_OUT_DIR}/catalog.json`, "utf8")) as CatalogJson;
  } catch (cause) {
    throw new Error(`${E2E_OUT_DIR}/catalog.json is missing: run \`npm run test:e2e\`, which builds the site first.`, {
      cause,
    });
  }
}
