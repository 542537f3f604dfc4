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

/** Never left out of a query, however common: "not found" is not "found". */
export const NEGATIONS: ReadonlySet<string> = new Set("not no cannot never none nothing without".split(" "));

/** Common words, and words a paraphrase adds or drops freely; they say nothing about which error is meant. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...COMMON_WORDS,
  ..."could can cannot would will not no my your our".split(" "),
]);

/** The text without its common words; the text as it is when it has nothing else. */
export function withoutCommonWords(text: string): string {
  return withoutWords(text, COMMON_WORDS);
}

/**
 * The text without the given (lower-case) words, punctuation around a word ignored; the text as
 * it is when it has nothing else.
 */
export function withoutWords(text: string, words: ReadonlySet<string>): string {
  const kept = text
    .split(/\s+/)
    .filter((token) => token !== "" && !words.has(token.toLowerCase().replace(/[^a-z]/g, "")));
  return kept.length > 0 ? kept.join(" ") : text.trim();
}
