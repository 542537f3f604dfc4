import { getCollection } from "astro:content";
import { existsSync, readFileSync } from "node:fs";
import { buildCatalog, type Catalog } from "../lib/catalog-model";
import { CatalogValidationError } from "../lib/catalog-problem";
import { checkPublishedUrls } from "../lib/published-urls";
import type { AnchorPage, Redirect } from "../lib/redirects";
import { LOCK_FILE_NAME } from "../lib/url-lock";
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
    const lockFile = `${CONTENT_DIR}/${LOCK_FILE_NAME}`;
    const lockText = existsSync(lockFile) ? readFileSync(lockFile, "utf8") : undefined;
    const { redirects, anchorPages, problems } = checkPublishedUrls(catalog, { file: lockFile, text: lockText });
    if (problems.length > 0) throw new CatalogValidationError(problems);
    return { catalog, redirects, anchorPages };
  })();
  return loading;
}

/** The validated catalog (see loadSite). */
export async function loadCatalog(): Promise<Catalog> {
  return (await loadSite()).catalog;
}
