import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { codeToSlug } from "../../../src/lib/slug.ts";
import { LOCK_FILE_NAME, formatLock, parseLock } from "../../../src/lib/url-lock.ts";
import { errorJsonPath, errorPath, systemPath } from "../../../src/lib/urls.ts";

/** An entry the import keeps: its code, and the `slug` its frontmatter may set. */
export interface LockedEntry {
  code: string;
  slug?: unknown;
}

/**
 * The URL lock (`<content>/published-urls.txt`) with the paths of the imported system: its index,
 * and each kept entry's page and JSON entry. The import never deletes a page (a code that leaves
 * the document is retired), so what it imports is promised to stay, as the build checks; a new
 * catalog gets its lock here, since the build refuses to run without one. Returns undefined when
 * the lock lists every path already, so an unchanged re-import writes nothing.
 */
export function lockAfterImport(
  contentDir: string,
  system: string,
  entries: readonly LockedEntry[],
): { path: string; content: string; added: number } | undefined {
  const path = join(contentDir, LOCK_FILE_NAME);
  const locked = existsSync(path) ? parseLock(readFileSync(path, "utf8")) : [];
  const served = [systemPath(system)];
  for (const { code, slug } of entries) {
    const page = typeof slug === "string" ? slug : codeToSlug(code);
    served.push(errorPath(system, page), errorJsonPath(system, page));
  }
  const lockedSet = new Set(locked);
  const added = served.filter((url) => !lockedSet.has(url));
  if (existsSync(path) && added.length === 0) return undefined;
  return { path, content: formatLock([...locked, ...served]), added: added.length };
}
