/** Longer titles are cut off in search results and tabs (html-validate's `long-title` rule). */
export const MAX_TITLE_LENGTH = 70;

/**
 * The `<title>` of a page: the first of its candidate titles (most informative first) that fits
 * with the site name appended, else the first that fits alone, else the last one cut at a word
 * and ended with "…".
 */
export function pageTitle(candidates: readonly [string, ...string[]], siteName: string): string {
  if (candidates[0] === siteName) return siteName;
  const withSite = candidates
    .map((title) => `${title} · ${siteName}`)
    .find((title) => title.length <= MAX_TITLE_LENGTH);
  if (withSite) return withSite;
  const alone = candidates.find((title) => title.length <= MAX_TITLE_LENGTH);
  if (alone) return alone;
  const last = candidates[candidates.length - 1]!;
  const cut = last.slice(0, MAX_TITLE_LENGTH - 1);
  const atWord = cut.slice(0, cut.lastIndexOf(" ")).replace(/[\s,;:.(–-]+$/u, "");
  return `${atWord || cut}…`;
}
