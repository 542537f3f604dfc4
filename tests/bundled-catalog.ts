/**
 * Whether the catalog under test is the bundled example: the eight systems imported from the five
 * documents in content/sources/. errordex's own tests run on fixture catalogs; the tests whose
 * subject is the bundled content (seed fidelity, the search query sets, pages named by their
 * code) are skipped with BUNDLED_CATALOG_NOTE once a team has replaced content/ with its own
 * catalog, so `npm test` stays green without editing a test.
 *
 * The test is the presence of files, cheap and without parsing: all five seed documents and all
 * eight system files, in content/ or CONTENT_DIR (as the build reads it). A team that deletes
 * content/ loses them all; one that keeps the bundled catalog and adds systems keeps them, and its
 * tests about the bundled pages still hold. No framework import: vitest and Playwright share it.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { CONTENT_DIR } from "../src/data/content-dir";

/** The documents the bundled catalog was imported from (scripts/import/seeds/index.ts parses each). */
export const BUNDLED_SOURCES = [
  "000_718e70368e462a1f.txt",
  "001_f63e619d1439348f.txt",
  "002_5112b2511fce967e.txt",
  "003_8b4148c69048e271.txt",
  "004_ce80b8434b8f9fa3.txt",
] as const;

/** The eight systems those documents describe. */
export const BUNDLED_SYSTEMS = [
  "account-server",
  "accounts",
  "app-manager",
  "artwork-player",
  "artwork-player-mqtt",
  "data-manager",
  "hazizz",
  "sso-groups",
] as const;

/** Whether a content folder holds the bundled example catalog. */
export function holdsBundledCatalog(contentDir: string): boolean {
  return [
    ...BUNDLED_SOURCES.map((document) => join(contentDir, "sources", document)),
    ...BUNDLED_SYSTEMS.map((system) => join(contentDir, "systems", `${system}.yaml`)),
  ].every((file) => existsSync(file));
}

/** True when content/ (or CONTENT_DIR) holds the bundled example catalog. */
export const BUNDLED_CATALOG: boolean = holdsBundledCatalog(CONTENT_DIR);

/** Why a test about the bundled catalog did not run. */
export const BUNDLED_CATALOG_NOTE = `${CONTENT_DIR}/ holds another catalog than the bundled example: skipped (tests about the five bundled APIs)`;
