import { STOP_WORDS } from "./stop-words";

/**
 * How well a pasted or typed message matches a documented one, from 0 (nothing in common) to 1
 * (the same message). Documented messages often hold placeholders that the API fills in at run
 * time: `Used X MB of Y MB`, `Playset 'name' not found`, `GitHub OAuth error: description`. A
 * message that fits the documented one with real values in those places scores 1.
 */
export function messageSimilarity(documented: string, candidate: string): number {
  const a = documented.trim();
  const b = candidate.trim();
  if (a === "" || b === "") return 0;
  if (normalize(a) === normalize(b)) return 1;
  if (templatePattern(a).test(b.replace(/[.!]+$/, ""))) return 1;
  return tokenOverlap(a, b);
}

/**
 * How well a documented message answers a typed query: mostly how many of the query's words it
 * has (a short query is a few remembered words, not the whole message), a little how close the
 * two are overall.
 */
export function queryCoverage(documented: string, query: string): number {
  const all = words(query);
  const meaningful = all.filter((word) => !STOP_WORDS.has(word));
  const wanted = meaningful.length > 0 ? meaningful : all;
  if (wanted.length === 0) return 0;
  const available = words(documented);
  const covered = wanted.filter((word) => available.some((other) => sameWord(word, other))).length;
  return 0.75 * (covered / wanted.length) + 0.25 * messageSimilarity(documented, query);
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The documented message as a pattern in which placeholders match any value. */
function templatePattern(documented: string): RegExp {
  const source = documented
    .replace(/[.!]+$/, "")
    .split(/('[^']*'|\b[XY]\b|: [a-z]+$)/)
    .map((part, index) => {
      if (index % 2 === 0) return escapeRegExp(part).replace(/\s+/g, "\\s+");
      if (part.startsWith("'")) return "'[^']*'";
      if (part.startsWith(":")) return ":\\s+.+";
      return "\\S+";
    })
    .join("");
  return new RegExp(`^${source}$`, "i");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Dice coefficient over words, counting a one-letter slip in a longer word as a match. */
function tokenOverlap(documented: string, candidate: string): number {
  const a = words(documented);
  const b = words(candidate);
  if (a.length === 0 || b.length === 0) return 0;
  // Exact words pair up first, so a near word cannot take another word's exact partner; a slip
  // then counts for most of a word, and only the same message scores 1.
  const unmatched = [...b];
  const rest: string[] = [];
  let common = 0;
  for (const word of a) {
    const index = unmatched.indexOf(word);
    if (index === -1) {
      rest.push(word);
    } else {
      common++;
      unmatched.splice(index, 1);
    }
  }
  for (const word of rest) {
    const index = unmatched.findIndex((other) => sameWord(word, other));
    if (index !== -1) {
      common += 0.9;
      unmatched.splice(index, 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

function words(text: string): string[] {
  return normalize(text).split(" ").filter(Boolean).slice(0, 200);
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  // The same stem with another ending: send/sent, uses/used.
  if (a.length === b.length && a.length >= 4 && a.slice(0, -1) === b.slice(0, -1)) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  return editDistanceAtMostOne(a, b);
}

/** True when one insertion, deletion, substitution or swap of neighbours turns a into b. */
function editDistanceAtMostOne(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
