import { readFileSync } from "node:fs";
import { E2E_OUT_DIR } from "../../playwright.config";
import type { CatalogJson } from "../../src/lib/catalog-json";
import { codeKey } from "../../src/lib/search/code-key";
import { systemPath } from "../../src/lib/urls";

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

/** One page of each kind from the catalog under test, for checks that hold on any catalog. */
export interface SamplePages {
  /** The first system's index. */
  system: string;
  /** The first error's page. */
  error: string;
  /** A status some error has, its system's index, and that error's page; undefined when no error has one. */
  withStatus?: { status: number; system: string; error: string };
  /** The first error whose code (in any spelling) no other error has, so a search for it has one answer. */
  ownCode?: { code: string; path: string };
}

export function samplePages(catalog: CatalogJson): SamplePages {
  const [system] = catalog.systems;
  const [error] = catalog.errors;
  if (!system || !error) throw new Error(`${E2E_OUT_DIR}/catalog.json lists no error: the tests need a catalog.`);
  const withStatus = catalog.errors.find((row) => row.status !== null);
  const [ownCode] = withOwnCode(catalog);
  return {
    system: systemPath(system.id),
    error: error.path,
    ...(withStatus && {
      withStatus: { status: withStatus.status!, system: systemPath(withStatus.system), error: withStatus.path },
    }),
    ...(ownCode && { ownCode: { code: ownCode.code, path: ownCode.path } }),
  };
}

/** The errors whose code, in any spelling (src/lib/search/code-key.ts), no other error of the catalog has. */
export function withOwnCode(catalog: CatalogJson): CatalogJson["errors"] {
  const count = new Map<string, number>();
  for (const error of catalog.errors) count.set(codeKey(error.code), (count.get(codeKey(error.code)) ?? 0) + 1);
  return catalog.errors.filter((error) => count.get(codeKey(error.code)) === 1);
}
