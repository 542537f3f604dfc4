import type { CodeIndexRow } from "./code-key";
import type { RankedResult } from "./search-ranking";
import type { SearchPlan } from "./search-plan";
import { editDistance } from "./spelling";
import { COMMON_WORDS } from "./stop-words";
import type { WordSynonyms } from "./synonyms";

/**
 * The relevance floor: which ranked results answer the query, and when to say plainly that no
 * error matches instead of listing the least bad guesses. Support staff paste a code from a
 * ticket and act on the first result; a confident list for a code no error has sends them to
 * the wrong page.
 *
 * Not a match:
 * - a code-shaped query whose code the code index does not know, even where its words appear
 *   on pages (those are "did you mean" at best);
 * - a query with no telling word: stop words, placeholder letters (the X of "Used X MB");
 * - a page that shares too few of the query's words. Pagefind also matches a page word that
 *   merely begins a query word ("xyzzyplugh" finds every page with a placeholder X, "acount"
 *   every page with the word "a"), so which words it really found is read from the words it
 *   marked in the excerpts, or better, from the page's whole text when it was read.
 */

export interface RelevanceInput {
  plan: SearchPlan;
  /** The code index's finds for the plan's keys. */
  rows: readonly CodeIndexRow[];
  /** The words the full-text search was given (after stop and frequent words). */
  words: readonly string[];
  /**
   * Whether the text hits come from a search that required every word (Pagefind's own), so a
   * page has every word that Pagefind really found, even outside its excerpt; otherwise (a
   * paraphrase, searched word by word) a page has the words of its text (or, when its text was
   * not read, those marked in its excerpt).
   */
  allWords: boolean;
  /** Synonyms searched for the words (synonyms.ts): a page that has one has the word. */
  synonyms?: readonly WordSynonyms[];
}

export type NoMatch =
  /** A code no error has: `No error has the code E_NOPE_123`. */
  | { kind: "code"; asked: string }
  /** Words that match no error well. */
  | { kind: "words"; asked: string };

export interface Judged<T> {
  /** The results that answer the query, best first. */
  confident: T[];
  /** Close matches shown below a no-match answer ("did you mean"), best first. */
  related: T[];
  noMatch: NoMatch | null;
  /**
   * How many telling words the best result lacks: 0 when it has all of them, or a code, a link
   * or the exact message matched; every word when nothing matched. A spelling correction is
   * kept only when it lacks fewer.
   */
  missing: number;
}

/** At most this many close matches follow a no-match answer. */
export const MAX_RELATED = 5;

/** Sorts ranked results into confident ones and close matches; both keep their order. */
export function judgeRelevance<T extends RankedResult>(results: readonly T[], input: RelevanceInput): Judged<T> {
  const { plan } = input;
  const asked = plan.query.trim();
  const telling = tellingWords(input.words);
  const forms = wordForms(telling, input.synonyms ?? []);
  // A word Pagefind really found is marked, as itself, on some page; one it only "found" through
  // a short page word that begins it ("a" for "acount") is not.
  const marks = results.map((result) => result.words ?? markedWords(result.excerpt));
  const found = telling.filter((word) => marks.some((marked) => hasWord(forms.get(word)!, marked)));
  const shared = new Map(
    results.map((result, index) => [
      result,
      input.allWords ? found.length : telling.filter((word) => hasWord(forms.get(word)!, marks[index]!)).length,
    ]),
  );
  const close = results.filter((result) => !isStrong(result) && shared.get(result)! > 0).slice(0, MAX_RELATED);
  if (isCodeQuery(plan) && input.rows.length === 0) {
    return { confident: [], related: close, noMatch: { kind: "code", asked }, missing: telling.length };
  }
  // "Hazizz error code 155": the words name a code, and no error has it; pages that merely
  // share the other words ("error", "code") do not answer.
  const named = namedNumbers(plan);
  if (named.length > 0 && !input.rows.some((row) => named.includes(row.k))) {
    return { confident: [], related: close, noMatch: { kind: "code", asked: named[0]! }, missing: telling.length };
  }
  const needed = wordsNeeded(telling.length);
  const confident = results.filter(
    (result) => isStrong(result) || (isTextHit(result) && telling.length > 0 && shared.get(result)! >= needed),
  );
  if (confident.length === 0) {
    return { confident: [], related: close, noMatch: { kind: "words", asked }, missing: telling.length };
  }
  const best = confident[0]!;
  // A message that is only alike (not the exact one) may hide a slip that a correction finds.
  const certain = best.reasons.some(
    (reason) => reason.startsWith("code ") || reason === "linked" || reason === "message exact",
  );
  const missing = certain ? 0 : telling.length - shared.get(best)!;
  return { confident, related: [], noMatch: null, missing };
}

/**
 * A query that names a code rather than words: one token with the marks of an identifier (a
 * digit, `_`, `:`, inner capitals, or all capitals). `quota` or `xyzzyplugh` are words.
 */
export function isCodeQuery(plan: SearchPlan): boolean {
  if (plan.paste.shape !== "code") return false;
  const token = plan.query.trim();
  return /[0-9_:]/.test(token) || /[a-z][A-Z]/.test(token) || /^[A-Z]{2,}(?:[-.][A-Z0-9]+)*$/.test(token);
}

/** A query that names a code is short: in a longer text, "code 500" is one detail among others. */
const MAX_CODE_NAMING_WORDS = 6;

/**
 * Numbers a short typed query names as codes with the word "code" (`Hazizz error code 155`,
 * `code 31`), as code keys. "error 3 times a day" or "ticket #48213" name no code: after
 * "error" or "#" a number may be a count or a ticket, so those are looked up but not refused.
 */
function namedNumbers(plan: SearchPlan): string[] {
  if (plan.paste.shape !== "text") return [];
  if (plan.query.trim().split(/\s+/).length > MAX_CODE_NAMING_WORDS) return [];
  return [...plan.query.matchAll(/\bcode\s*#?\s*(\d{1,6})\b/gi)].map((match) => match[1]!);
}

/**
 * Words that can tell errors apart: not common words ("the", "is"), not single letters
 * (placeholders such as X, Y, N).
 */
export function tellingWords(words: readonly string[]): string[] {
  const lower = words.map((word) => word.toLowerCase());
  return [...new Set(lower.filter((word) => word.length >= 2 && !COMMON_WORDS.has(word)))];
}

/**
 * How many telling words a page must share to answer the query: all of one or two words; of
 * more (a paraphrase, a log line), at least two and a third of them.
 */
export function wordsNeeded(telling: number): number {
  return telling <= 2 ? telling : Math.max(2, Math.ceil(telling / 3));
}

/** The words Pagefind marked in an excerpt, lower case, without punctuation. */
export function markedWords(excerpt: string | undefined): string[] {
  if (!excerpt) return [];
  return [...excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].flatMap(
    (match) => match[1]!.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [],
  );
}

/** Each word with the words of its synonyms: any of them on a page stands for the word. */
function wordForms(telling: readonly string[], synonyms: readonly WordSynonyms[]): Map<string, string[]> {
  return new Map(
    telling.map((word) => {
      const terms = synonyms.find((entry) => entry.word === word)?.terms ?? [];
      return [word, [word, ...terms.flatMap((term) => term.split(" ").filter((part) => !COMMON_WORDS.has(part)))]];
    }),
  );
}

/** Whether a marked word matches one of a query word's forms. */
function hasWord(forms: readonly string[], marked: readonly string[]): boolean {
  return forms.some((form) => marked.some((mark) => wordsMatch(form, mark)));
}

/**
 * Whether a word on the page answers a word of the query: the same word, the query's word
 * begun (`verif` → `verification`), the same stem (`locking` → `locked`), or a slip of one
 * letter, two in a long word (`lockd` → `locked`). A short page word that only begins the query
 * word (`a` for `acount`, `x` for `xyzzyplugh`) is not.
 */
export function wordsMatch(queryWord: string, pageWord: string): boolean {
  if (queryWord === pageWord) return true;
  if (queryWord.length >= 3 && pageWord.startsWith(queryWord)) return true;
  const shorter = Math.min(queryWord.length, pageWord.length);
  if (shorter < 4) return false;
  let common = 0;
  while (common < shorter && queryWord[common] === pageWord[common]) common++;
  if (common >= Math.max(4, shorter - 3)) return true;
  const slips = queryWord.length >= 7 ? 2 : 1;
  return editDistance(queryWord, pageWord, slips + 1) <= slips;
}

/**
 * Whether a result answers the query by more than shared words: its code, a link to it, or
 * its message.
 */
export function isAnswer(result: RankedResult | undefined): boolean {
  return result !== undefined && isStrong(result);
}

/** Evidence that does not depend on sharing words: a code, a link, a message. */
function isStrong(result: RankedResult): boolean {
  return result.reasons.some(
    (reason) => reason.startsWith("code ") || reason === "linked" || reason.startsWith("message "),
  );
}

function isTextHit(result: RankedResult): boolean {
  return result.reasons.some((reason) => reason.startsWith("text "));
}
