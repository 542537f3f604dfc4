import { getCollection } from "astro:content";
import { existsSync, readFileSync } from "node:fs";
import { buildCatalog, type Catalog } from "../lib/catalog-model";
import { CatalogValidationError } from "../lib/catalog-problem";
import {
  collectAnchorPages,
  collectRedirects,
  redirectProblems,
  type AnchorPage,
  type Redirect,
} from "../lib/redirects";
import { LOCK_FILE_NAME, lostUrlProblems, parseLock, publishedPaths } from "../lib/url-lock";
import { CONTENT_DIR } from "./content-dir";

/** The validated catalog with the redirects and old pages that keep published links working. */
export interface Site {
  catalog: Catalog;
  redirects: Redirect[];
  anchorPages: AnchorPage[];
}

let loading: Promise<Site> | undefined;

/**
 * The validated site, loaded once per build from the content collections. A content problem, or
 * a published URL that is no longer served, fails the build with a CatalogValidationError that
 * lists every problem.
 */
export function loadSite(): Promise<Site> {
  loading ??= (async () => {
    const [systems, errors] = await Promise.all([getCollection("systems"), getCollection("errors")]);
    const catalog = buildCatalog(
      systems.map((entry) => ({ id: entry.id, filePath: entry.filePath ?? entry.id, data: entry.data })),
      errors.map((entry) => ({ id: entry.id, filePath: entry.filePath ?? entry.id, data: entry.data })),
    );
    const redirects = collectRedirects(catalog);
    const anchorPages = collectAnchorPages(catalog);
    const problems = redirectProblems(catalog, redirects, anchorPages);

    const lockFile = `${CONTENT_DIR}/${LOCK_FILE_NAME}`;
    if (!existsSync(lockFile)) {
      problems.push({
        file: lockFile,
        message: "the lock of published URLs is missing.",
        fix: "run `npm run urls:lock` to write it, and commit it.",
      });
    } else {
      const served = publishedPaths(catalog, redirects, anchorPages);
      problems.push(...lostUrlProblems(parseLock(readFileSync(lockFile, "utf8")), served, lockFile));
    }
    if (problems.length > 0) throw new CatalogValidationError(problems);
    return { catalog, redirects, anchorPages };
  })();
  return loading;
}

/** The validated catalog (see loadSite). */
export async function loadCatalog(): Promise<Catalog> {
  return (await loadSite()).catalog;
}
