/**
 * The Pagefind id of every error page, written into the code index once Pagefind has indexed
 * the site (scripts/index-search.ts). A find by part of a code (`250` in `E2250`) or by a near
 * spelling counts as an extra result only when Pagefind's matches lack it, and the ids tell that
 * at once; without them, each such find cost a search for its code and up to three fragment
 * fetches, after the first page of results was read.
 *
 * Run by Node directly from index-search.ts: no imports but types.
 */
import type { CodeIndexRow } from "./code-key";

/** How every Pagefind 1.x fragment starts, once decompressed, before its JSON. */
const FRAGMENT_SIGNATURE = "pagefind_dcd";

/** The extension of Pagefind's fragment files; the file name before it is the page's id. */
export const FRAGMENT_EXTENSION = ".pf_fragment";

/**
 * The path of the page a Pagefind fragment describes, from the fragment's text (decompressed)
 * and its file name, which names it in errors.
 */
export function fragmentPath(fragment: string, fileName: string): string {
  if (!fragment.startsWith(FRAGMENT_SIGNATURE)) {
    throw new Error(
      `${fileName} is not a Pagefind fragment: it does not start with "${FRAGMENT_SIGNATURE}". ` +
        "The installed Pagefind writes another format; check the version in package.json (1.x expected).",
    );
  }
  let url: unknown;
  try {
    ({ url } = JSON.parse(fragment.slice(FRAGMENT_SIGNATURE.length)) as { url?: unknown });
  } catch (error) {
    throw new Error(`${fileName}: the Pagefind fragment is not JSON (${(error as Error).message}).`);
  }
  if (typeof url !== "string" || !url.startsWith("/")) {
    throw new Error(`${fileName}: the Pagefind fragment has no "url" path (got ${JSON.stringify(url)}).`);
  }
  return new URL(url, "http://errordex.invalid").pathname;
}

/** The Pagefind id of a page, from its fragment's file name: `en_01d1e37.pf_fragment` → `en_01d1e37`. */
export function fragmentId(fileName: string): string {
  return fileName.endsWith(FRAGMENT_EXTENSION) ? fileName.slice(0, -FRAGMENT_EXTENSION.length) : fileName;
}

/**
 * A code-index shard's rows, each with the Pagefind id of its page. Every error page is
 * indexed, so a row whose page Pagefind lacks means the site and its index disagree: that
 * throws, naming the shard and the page.
 */
export function withPagefindIds(rows: CodeIndexRow[], ids: ReadonlyMap<string, string>, shard: string): CodeIndexRow[] {
  return rows.map((row) => {
    const id = ids.get(row.path);
    if (id === undefined) {
      throw new Error(
        `${shard}: Pagefind indexed no page at ${row.path} (code ${row.code} of ${row.system}). ` +
          "Every error page must mark its content with data-pagefind-body (src/layouts/ErrorPage.astro); " +
          "rebuild the site with `npm run build` so the pages and the index match.",
      );
    }
    return { ...row, id };
  });
}
