import type { CodeIndexRow } from "./code-key";
import { messageKey, queryMessageKeys } from "./message-index";
import { FACET_GROUPS, type Facets } from "./search-facets";
import type { SearchPlan } from "./search-plan";
import type { TextHit } from "./search-ranking";
import { sitePathOf } from "../urls";

/**
 * The candidates stage of a search: full-text hits gathered from Pagefind's results, the code
 * index and the message index, before they are ranked (search-ranking.ts) and judged
 * (relevance.ts). Pure: the engine (src/scripts/search/search-engine.ts) does the fetching.
 */

/** A full-text hit with its filter values. */
export type FacetedHit = TextHit & { facets: Facets };

/** The words of a full-text term, lower case, as Pagefind and the relevance floor count them. */
export function queryWords(term: string): string[] {
  return term.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The pages of a bare code's code-index rows, by Pagefind id. Such a page is usually Pagefind's
 * only match for the code, and reading its fragment was the query's second round of fetches;
 * the row has what a result shows but the excerpt. Only for a bare code: rows carry no message,
 * and other queries rank pages by their messages.
 */
export function knownPages(plan: SearchPlan, rows: readonly CodeIndexRow[]): ReadonlyMap<string, CodeIndexRow> {
  if (plan.paste.shape !== "code") return new Map();
  return new Map(rows.flatMap((row) => (row.id ? [[row.id, row] as const] : [])));
}

/** A code-index row as a full-text hit (ranked by the caller). */
export function rowHit(row: CodeIndexRow): Omit<FacetedHit, "rank"> {
  return {
    path: row.path,
    system: row.system,
    code: row.code,
    title: row.title,
    message: null,
    status: row.status,
    facets: row.facets,
  };
}

/** What Pagefind gives for one result page: its URL, excerpt, metadata and filter values. */
export interface PagefindPage {
  url: string;
  excerpt: string;
  /** The page's indexed text. */
  content?: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

/**
 * The site path (lib/urls.ts) of a result's URL: Pagefind's URLs start with the base path it is
 * served under (`/errors/a/b/` for the site `https://example.github.io/errors/`), which the code
 * index's rows and the plan's linked paths do not have.
 */
export function resultPath(url: string, site: string): string {
  const { pathname } = new URL(url, site);
  return sitePathOf(pathname, new URL(site).pathname) ?? pathname;
}

/**
 * A Pagefind result page as a full-text hit; `rank` is its place among all the matches. The
 * metadata are what every error page gives Pagefind (`data-pagefind-meta` in ErrorPage.astro).
 * `site` is the site's URL, base path included.
 */
export function pageHit(page: PagefindPage, site: string, rank: number): FacetedHit {
  return {
    path: resultPath(page.url, site),
    rank,
    system: page.meta.system ?? "",
    code: page.meta.code ?? "",
    title: page.meta.title ?? "",
    message: page.meta.message ?? null,
    status: page.meta.status ? Number(page.meta.status) : null,
    excerpt: page.excerpt,
    ...(page.content ? { words: distinctWords(page.content) } : {}),
    ...(page.meta.summary ? { summary: page.meta.summary } : {}),
    facets: Object.fromEntries(
      FACET_GROUPS.flatMap((group) => (page.filters[group]?.[0] ? [[group, page.filters[group][0]]] : [])),
    ),
  };
}

/** A text's distinct words, lower case. */
export function distinctWords(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
}

/** Whether a hit read already has the query's message, so the message index adds nothing. */
export function readHasMessage(plan: SearchPlan, read: readonly FacetedHit[]): boolean {
  const keys = queryMessageKeys(plan);
  return read.some((hit) => hit.message !== null && keys.includes(messageKey(hit.message)));
}

/** The hits read, then the other pages that also have to be ranked, as if next in the full text. */
export function withHits(read: readonly FacetedHit[], others: readonly FacetedHit[]): FacetedHit[] {
  const paths = new Set(read.map((hit) => hit.path));
  const rest = others.filter((hit) => !paths.has(hit.path) && paths.add(hit.path));
  return [...read, ...rest.map((hit) => ({ ...hit, rank: read.length }))];
}

/** A synonym's find counts for this much of the word's own: the reader's own word wins a tie. */
const SYNONYM_WEIGHT = 0.8;

/**
 * Pages by the words of a paraphrase they have, each word weighing by how rare it is (its
 * inverse document frequency: "deadline" on 3 pages tells more than "save" on 90), then by
 * their ranks in each word's results. `perWord` holds each word's results, best first, as one
 * list per form searched: the word itself first, then its synonyms (synonyms.ts). A page found
 * by several forms of one word counts that word once, by its rarest form.
 */
export function mergeByWord<T extends { id: string }>(
  perWord: readonly (readonly (readonly T[])[])[],
  errorCount: number,
): T[] {
  const score = new Map<string, { result: T; weight: number; rank: number }>();
  for (const forms of perWord) {
    const best = new Map<string, { result: T; weight: number; rank: number }>();
    forms.forEach((results, form) => {
      const rarity = Math.log(1 + Math.max(errorCount, results.length) / Math.max(1, results.length));
      const weight = form === 0 ? rarity : rarity * SYNONYM_WEIGHT;
      results.forEach((result, rank) => {
        const seen = best.get(result.id);
        if (!seen || weight > seen.weight) best.set(result.id, { result, weight, rank });
      });
    });
    for (const [id, found] of best) {
      const entry = score.get(id) ?? { result: found.result, weight: 0, rank: 0 };
      entry.weight += found.weight;
      entry.rank += found.rank;
      score.set(id, entry);
    }
  }
  return [...score.values()].sort((a, b) => b.weight - a.weight || a.rank - b.rank).map((entry) => entry.result);
}
