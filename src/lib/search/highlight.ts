import { tellingWords, wordsMatch } from "./relevance";

/** A run of text, marked when it is a word the query asked for. */
export interface TextRun {
  text: string;
  marked: boolean;
}

/**
 * Splits a text (a result's explanation) into runs, marking its words that answer a word of the
 * query as the relevance floor counts them (`lockd` marks "locked"), so the reader sees why
 * the result is there.
 */
export function highlightWords(text: string, queryWords: readonly string[]): TextRun[] {
  const telling = tellingWords(queryWords);
  const runs: TextRun[] = [];
  for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
    if (part === "") continue;
    const marked = /^[\p{L}\p{N}]+$/u.test(part) && telling.some((word) => wordsMatch(word, part.toLowerCase()));
    const last = runs.at(-1);
    if (last && last.marked === marked && !marked) last.text += part;
    else runs.push({ text: part, marked });
  }
  return runs;
}
