import type { Catalog } from "./catalog-model";
import type { CatalogProblem } from "./catalog-problem";
import type { AnchorPage, Redirect } from "./redirects";

/**
 * The URL lock (`content/published-urls.txt`) lists every URL the site has published. Responses
 * in production link to them, so a URL may be added to the lock but never lost: the build fails
 * when a locked URL is no longer served, and says how to retire or redirect it.
 */

export const LOCK_FILE_NAME = "published-urls.txt";

const HEADER = `# Every URL errordex has published, one site path a line. Responses in production link to
# these, so a line may be added (npm run urls:lock) but never removed: the build fails when a
# path here is no longer served. Retire an error (lifecycle: retired) or redirect its old path
# (redirectFrom) instead of deleting it.
`;

/** The paths the site serves that are promised to stay: error pages and entries, systems, redirects. */
export function publishedPaths(catalog: Catalog, redirects: Redirect[], anchorPages: AnchorPage[]): string[] {
  const paths = new Set<string>();
  for (const system of catalog.systems) paths.add(system.path);
  for (const error of catalog.errors) {
    paths.add(error.path);
    paths.add(error.jsonPath);
  }
  for (const redirect of redirects) paths.add(redirect.from);
  for (const page of anchorPages) paths.add(page.path);
  return [...paths].sort();
}

export function parseLock(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

export function formatLock(paths: Iterable<string>): string {
  return `${HEADER}${[...new Set(paths)].sort().join("\n")}\n`;
}

/** Locked paths that are no longer served, as problems that say how to keep them. */
export function lostUrlProblems(locked: string[], served: string[], lockFile: string): CatalogProblem[] {
  const serving = new Set(served);
  return locked
    .filter((path) => !serving.has(path))
    .map((path) => ({
      file: lockFile,
      field: path,
      message: "was published and is no longer served; links in responses already sent would break.",
      fix: path.endsWith(".json")
        ? `restore the error whose entry this is, or retire it (lifecycle: { state: retired, since, note }) so its page and entry stay.`
        : `restore the error, or keep its file and retire it (lifecycle: { state: retired, since, note }), or add "${path}" to \`redirectFrom\` of the error (or system) that replaces it. Never delete lines from ${lockFile}.`,
    }));
}

/** Served paths the lock does not list yet. */
export function unlockedPaths(locked: string[], served: string[]): string[] {
  const lockedSet = new Set(locked);
  return served.filter((path) => !lockedSet.has(path));
}
