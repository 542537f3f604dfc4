import type { Catalog } from "./catalog-model";
import type { CatalogProblem } from "./catalog-problem";
import { collectAnchorPages, collectRedirects, redirectProblems, type AnchorPage, type Redirect } from "./redirects";
import { lostUrlProblems, parseLock, publishedPaths } from "./url-lock";

/** The redirects and old pages that keep a catalog's published links working, and what breaks them. */
export interface PublishedUrls {
  redirects: Redirect[];
  anchorPages: AnchorPage[];
  problems: CatalogProblem[];
}

/**
 * What the build and `npm run check` both check of a catalog's URLs: the redirects are sound,
 * and every URL of the lock (`lock.text`, from `lock.file`; undefined when the file is missing)
 * is still served.
 */
export function checkPublishedUrls(catalog: Catalog, lock: { file: string; text: string | undefined }): PublishedUrls {
  const redirects = collectRedirects(catalog);
  const anchorPages = collectAnchorPages(catalog);
  const problems = redirectProblems(catalog, redirects, anchorPages);
  if (lock.text === undefined) {
    problems.push({
      file: lock.file,
      message: "the lock of published URLs is missing.",
      fix: "run `npm run urls:lock` to write it, and commit it.",
    });
  } else {
    const served = publishedPaths(catalog, redirects, anchorPages);
    problems.push(...lostUrlProblems(parseLock(lock.text), served, lock.file));
  }
  return { redirects, anchorPages, problems };
}
