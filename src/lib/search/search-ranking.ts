import type { CodeIndexRow } from "./code-key";
import { messageSimilarity, queryCoverage } from "./message-match";
import { messageKey, queryMessageKeys } from "./message-index";
import type { SearchPlan } from "./search-plan";
import { systemsNamed } from "./system-mention";

/** A system's response format, as the search page knows it: which fields its bodies have. */
export interface SystemFormat {
  id: string;
  name: string;
  /** Field paths of its error body, e.g. `error.code`. */
  fields: string[];
  /** Whether the format is documented (an errordex suggestion counts for less). */
  documented: boolean;
}

/** A full-text hit, with the metadata its page carries. */
export interface TextHit {
  path: string;
  /** 0-based rank in the full-text results. */
  rank: number;
  system: string;
  code: string;
  title: string;
  message: string | null;
  status: number | null;
  excerpt?: string;
  /**
   * The page's distinct words, lower case, when its text was read: the relevance floor checks
   * the query's words against all of it, not only the excerpt's window.
   */
  words?: readonly string[];
  /** What the page says the error means: a result shows it in place of the excerpt. */
  summary?: string;
}

export interface RankedResult {
  path: string;
  system: string;
  code: string;
  title: string;
  status: number | null;
  excerpt?: string;
  /** The page's distinct words, as TextHit has them. */
  words?: readonly string[];
  summary?: string;
  score: number;
  /** Why it ranks where it does, for people and for tests. */
  reasons: string[];
}

const WEIGHTS = {
  linked: 1000,
  code: 500,
  "sent-code": 450,
  near: 400,
  prefix: 350,
  part: 250,
  number: 250,
  context: 25,
  message: 300,
  exactMessage: 200,
  status: 100,
  format: 150,
  named: 50,
  textRank: 60,
} as const;

/**
 * Combines code-index rows and full-text hits into one ranking. An exact code outranks words;
 * a message that matches (placeholders included) outranks a page that merely shares words; the
 * HTTP status and the shape of a pasted body break ties between look-alike messages.
 */
export function rankResults(
  plan: SearchPlan,
  codeRows: CodeIndexRow[],
  textHits: TextHit[],
  formats: SystemFormat[],
): RankedResult[] {
  const candidates = new Map<string, RankedResult & { message: string | null }>();
  const candidate = (source: { path: string; system: string; code: string; title: string; status: number | null }) => {
    let entry = candidates.get(source.path);
    if (!entry) {
      entry = { ...source, message: null, score: 0, reasons: [] };
      candidates.set(source.path, entry);
    }
    return entry;
  };

  const wanted = new Set(plan.codeKeys);
  const numbers = new Set(plan.numberKeys);
  // Strongest evidence first: a page counts only its best code match.
  const order: Record<CodeIndexRow["m"], number> = { code: 0, "sent-code": 1, near: 2, prefix: 3, part: 4 };
  for (const row of [...codeRows].sort((a, b) => order[a.m] - order[b.m])) {
    const weak = !wanted.has(row.k);
    if (weak && !(numbers.has(row.k) && (row.m === "code" || row.m === "part"))) continue;
    const entry = candidate(row);
    if (entry.reasons.some((reason) => reason.startsWith("code"))) continue;
    entry.score += weak ? WEIGHTS.number : WEIGHTS[row.m];
    entry.reasons.push(`code ${row.m} ${row.k}`);
  }
  for (const hit of textHits) {
    const entry = candidate(hit);
    entry.message = hit.message;
    if (hit.excerpt) entry.excerpt = hit.excerpt;
    if (hit.words) entry.words = hit.words;
    if (hit.summary) entry.summary = hit.summary;
    entry.score += Math.max(0, WEIGHTS.textRank - 3 * hit.rank);
    entry.reasons.push(`text #${hit.rank + 1}`);
  }

  const formatAffinity = systemAffinity(plan, formats);
  // "In the Data Manager": the words are searched without the name, so the name counts here.
  const named = new Set(systemsNamed(plan.text, formats).ids);
  // A typed query is a few remembered words: how many of them a page has. A log line holds a
  // message among other words: how much of a page's title it holds. A pasted message is the
  // whole text: how alike the two are. A bare code is none of these.
  const { shape } = plan.paste;
  const typed = shape === "text";
  // Typed words are compared as typed: the full-text query lacks the common words.
  const messages = typed ? [plan.text] : shape === "code" ? [] : plan.messages;
  const similarity =
    shape === "text"
      ? queryCoverage
      : shape === "log"
        ? (documented: string, text: string) => queryCoverage(text, documented)
        : messageSimilarity;
  const exactMessages = new Set(queryMessageKeys(plan));
  for (const entry of candidates.values()) {
    if (plan.linkedPaths.includes(entry.path)) {
      entry.score += WEIGHTS.linked;
      entry.reasons.unshift("linked");
    }
    const match = Math.max(
      0,
      ...messages.map((text) =>
        Math.max(similarity(entry.title, text), entry.message ? similarity(entry.message, text) : 0),
      ),
    );
    if (match >= 0.5) {
      entry.score += WEIGHTS.message * match;
      entry.reasons.push(`message ${match.toFixed(2)}`);
    }
    // Typed words can cover several messages; only one page says exactly what was asked.
    if (entry.message !== null && exactMessages.has(messageKey(entry.message))) {
      entry.score += WEIGHTS.exactMessage;
      entry.reasons.push("message exact");
    }
    if (plan.status !== null && entry.status !== null) {
      entry.score += entry.status === plan.status ? WEIGHTS.status : -WEIGHTS.status;
    }
    const mentioned = contextMatches(plan.paste.context, entry);
    if (mentioned > 0) {
      entry.score += WEIGHTS.context * mentioned;
      entry.reasons.push(`context ${mentioned}`);
    }
    if (named.has(entry.system)) {
      entry.score += WEIGHTS.named;
      entry.reasons.push("system named");
    }
    const affinity = formatAffinity.get(entry.system) ?? 0;
    if (affinity > 0) {
      entry.score += WEIGHTS.format * affinity;
      entry.reasons.push(`format ${affinity.toFixed(2)}`);
    }
  }

  return [...candidates.values()]
    .filter((entry) => entry.reasons.length > 0)
    .sort((a, b) => b.score - a.score)
    .map(({ message: _message, ...result }) => result);
}

/**
 * How strongly the words around a pasted error point at a page (0..5): words of its URL slug
 * (`player` in `player-404-post-not-found`) count once each, naming its system twice.
 */
function contextMatches(context: string[], entry: { path: string; system: string }): number {
  if (context.length === 0) return 0;
  const words = new Set(context);
  const slug = entry.path.split("/").filter(Boolean).at(-1) ?? "";
  const slugWords = new Set(slug.split("-").filter((word) => word.length >= 3));
  const inSlug = [...slugWords].filter((word) => words.has(word)).length;
  const systemKey = entry.system.replace(/-/g, "");
  const systemNamed = context.some((word) => word === systemKey || (systemKey.startsWith(word) && word.length >= 5));
  return Math.min(3, inSlug) + (systemNamed ? 2 : 0);
}

/** How much a pasted body looks like each system's format (0..1), by the fields it has. */
function systemAffinity(plan: SearchPlan, formats: SystemFormat[]): Map<string, number> {
  const affinity = new Map<string, number>();
  const pasted = new Set(plan.paste.fields.map((field) => field.toLowerCase()));
  if (pasted.size === 0) return affinity;
  for (const format of formats) {
    const fields = new Set(format.fields.map((field) => field.toLowerCase()));
    const common = [...pasted].filter((field) => fields.has(field)).length;
    const jaccard = common / (pasted.size + fields.size - common);
    affinity.set(format.id, jaccard * (format.documented ? 1 : 0.5));
  }
  return affinity;
}
