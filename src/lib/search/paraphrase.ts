import { synonymsOf, type SynonymGroups, type WordSynonyms } from "./synonyms";
import { systemsNamed, type NamedSystem } from "./system-mention";

/**
 * The plan stage of a paraphrase: a query Pagefind finds nothing for with all its words (a
 * support ticket, a message with one extra word) is searched word by word instead, and pages
 * are ranked by the words they have (text-hits.ts, mergeByWord).
 */

/** Words of a paraphrase searched one by one: the longest, which tell the most. */
export const MAX_WORD_SEARCHES = 12;

export interface ParaphraseSearch {
  /** The words to search one by one, lower case, longest first. */
  words: string[];
  /** Other terms to search for some of them (synonyms.ts), on pages that lack the word itself. */
  synonyms: WordSynonyms[];
}

/**
 * What to search for a paraphrase. `term` is the full-text query (without common and frequent
 * words); `text` the query as written, where phrases and system names are found. Words shorter
 * than three letters say too little, and a system's name says which system, not which error
 * (search-ranking.ts weighs the name instead). A synonym made only of `frequentWords` would match
 * nearly every page, so it is not searched.
 */
export function planParaphrase(
  term: string,
  text: string,
  options: { systems: readonly NamedSystem[]; synonyms: SynonymGroups; frequentWords: ReadonlySet<string> },
): ParaphraseSearch {
  const naming = new Set(systemsNamed(text, options.systems).words);
  const words = [...new Set((term.match(/[\p{L}\p{N}]{3,}/gu) ?? []).map((word) => word.toLowerCase()))]
    .filter((word) => !naming.has(word))
    .sort((a, b) => b.length - a.length)
    .slice(0, MAX_WORD_SEARCHES);
  const synonyms = synonymsOf(text, words, options.synonyms).map((entry) => ({
    word: entry.word,
    terms: entry.terms.filter((term) => term.split(" ").some((part) => !options.frequentWords.has(part))),
  }));
  return { words, synonyms };
}

/** The terms searched for one word: the word itself first, then its synonyms. */
export function formsOf(word: string, synonyms: readonly WordSynonyms[]): string[] {
  return [word, ...(synonyms.find((entry) => entry.word === word)?.terms ?? [])];
}
