import type { Catalog } from "../catalog-model";

/**
 * Full-text search matches words exactly, so `acount locked` finds nothing. When a query finds
 * little, each word that is not in the catalog's vocabulary is replaced by the closest word
 * that is (within two edits for long words), and the search runs again.
 */

/** The words of every title, message and code, lower case, three letters or more, sorted. */
export function searchVocabulary(catalog: Catalog): string[] {
  const words = new Set<string>();
  for (const error of catalog.errors) {
    const text = `${error.title} ${error.message ?? ""} ${error.code.replace(/[^A-Za-z0-9]+/g, " ")}`;
    for (const word of text.toLowerCase().match(/[a-z]{3,}/g) ?? []) words.add(word);
  }
  return [...words].sort();
}

/** The query with its unknown words corrected, or undefined when nothing changed. */
export function correctSpelling(query: string, vocabulary: readonly string[]): string | undefined {
  const known = new Set(vocabulary);
  let changed = false;
  const corrected = query.replace(/[A-Za-z]{4,}/g, (word) => {
    const lower = word.toLowerCase();
    if (known.has(lower)) return word;
    const best = closestWord(lower, vocabulary);
    if (!best) return word;
    changed = true;
    return best;
  });
  return changed ? corrected : undefined;
}

function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const limit = word.length >= 7 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(word, candidate, bestDistance);
    // Prefer the earlier (alphabetical) word on ties, so the result is stable.
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Optimal string alignment distance, giving up once it reaches `ceiling`. */
export function editDistance(a: string, b: string, ceiling = Infinity): number {
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, previous2[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= ceiling) return ceiling;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]!;
}
