/** Longer titles are cut off in search results and tabs (html-validate's `long-title` rule). */
export const MAX_TITLE_LENGTH = 70;

/** What each character Astro escapes in text becomes in the page (`'` is written `&#39;`). */
const ESCAPED_LENGTH: Readonly<Record<string, number>> = { "&": 5, "<": 4, ">": 4, '"': 6, "'": 5 };

/**
 * A title's length as written into the page. html-validate measures the `<title>` as written,
 * entities included, so "isn't" counts 9 characters there, not 5.
 */
export function writtenLength(text: string): number {
  let length = 0;
  for (const character of text) length += ESCAPED_LENGTH[character] ?? character.length;
  return length;
}

/**
 * The `<title>` of a page: the first of its candidate titles (most informative first) that fits
 * with the site name appended, else the first that fits alone, else the last one cut at a word
 * and ended with "…".
 */
export function pageTitle(candidates: readonly [string, ...string[]], siteName: string): string {
  if (candidates[0] === siteName) return siteName;
  const fits = (title: string) => writtenLength(title) <= MAX_TITLE_LENGTH;
  const withSite = candidates.map((title) => `${title} · ${siteName}`).find(fits);
  if (withSite) return withSite;
  const alone = candidates.find(fits);
  if (alone) return alone;
  const last = candidates[candidates.length - 1]!;
  let cut = "";
  for (const character of last) {
    if (writtenLength(`${cut}${character}…`) > MAX_TITLE_LENGTH) break;
    cut += character;
  }
  const atWord = cut.slice(0, cut.lastIndexOf(" ")).replace(/[\s,;:.(–-]+$/u, "");
  return `${atWord || cut}…`;
}
