/**
 * Words in nearly every error page. In a full-text query they narrow nothing, yet each makes
 * Pagefind fetch and intersect the biggest chunks of its index: at 10,000 errors a message
 * query with "the", "for" and "this" fetched 100 KB more and took 115 ms instead of 35 ms.
 * Negations are not among them: "not found" is not "found".
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  ..."a an the is are was were be been being has have had to of for from in into on at by with as".split(" "),
  ..."this that these those it its they their there then than and or but if so such which".split(" "),
]);

/** Common words, and words a paraphrase adds or drops freely; they say nothing about which error is meant. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...COMMON_WORDS,
  ..."could can cannot would will not no my your our".split(" "),
]);

/** The text without its common words; the text as it is when it has nothing else. */
export function withoutCommonWords(text: string): string {
  const kept = text
    .split(/\s+/)
    .filter((token) => token !== "" && !COMMON_WORDS.has(token.toLowerCase().replace(/[^a-z]/g, "")));
  return kept.length > 0 ? kept.join(" ") : text.trim();
}
