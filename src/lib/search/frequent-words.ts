import { COMMON_WORDS, NEGATIONS } from "./stop-words";

/**
 * Words on most error pages of a large catalog ("service", "request", "returns"). Like the
 * common words, they narrow a full-text query little, and they cost the most: Pagefind fetches
 * and intersects the list of pages of every word in a query, and theirs are the longest. At
 * 10,000 errors, a message with "service" (on every page) took 75 ms instead of ~30 ms.
 *
 * Found per catalog at build time, not listed by hand: what is frequent depends on how a catalog
 * is written. A small catalog has none (see FREQUENT_MIN_PAGES), so every word of a query counts.
 */

/** A word is frequent when it is on at least this share of the error pages… */
export const FREQUENT_SHARE = 0.5;
/** …and on at least this many: below that, a word's page list is short and cheap to intersect. */
export const FREQUENT_MIN_PAGES = 1_000;

/** The words a page's text is searched by: letters only, lower case, three or more. */
export function pageWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z]{3,}/g) ?? []);
}

/**
 * The frequent words of a catalog, given each error page's searchable text (title, message,
 * body), most frequent first. Common words are left out (queries drop them anyway), and so are
 * negations, which a query always keeps.
 */
export function frequentWords(pageTexts: Iterable<string>): string[] {
  const pagesWith = new Map<string, number>();
  let pages = 0;
  for (const text of pageTexts) {
    pages++;
    for (const word of pageWords(text)) pagesWith.set(word, (pagesWith.get(word) ?? 0) + 1);
  }
  const threshold = Math.max(FREQUENT_MIN_PAGES, Math.ceil(pages * FREQUENT_SHARE));
  return [...pagesWith]
    .filter(([word, count]) => count >= threshold && !COMMON_WORDS.has(word) && !NEGATIONS.has(word))
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .map(([word]) => word);
}
