/**
 * The search the search page runs, all in the browser, as a pipeline of pure stages in
 * src/lib/search/ with the fetching here, at the edge:
 *
 *   plan (search-plan.ts: a query or a pasted error becomes code keys, words, messages)
 *   → candidates (the code index, the message index and Pagefind; text-hits.ts)
 *   → rank (search-ranking.ts)
 *   → tiers: the exact answer (exact-answer.ts), confident results, or "no error matches" with
 *     close matches (relevance.ts); filter counts (search-facets.ts).
 *
 * The site's files are reached through `SearchFiles`, so unit tests run the engine on a fake
 * index. Reading a Pagefind result's metadata costs a fetch, so only the first few full-text
 * results are read and ranked; the rest are read page by page when the reader asks for more.
 * Counting results per filter value needs Pagefind's filter index (62 KB at 10,000 errors), so
 * it is loaded only once the reader opens the filters or arrives with some chosen.
 */
import { codeKey, type CodeIndexRow } from "../../lib/search/code-key";
import { matchCodeRows, shardsOf } from "../../lib/search/code-lookup";
import { exactAnswer } from "../../lib/search/exact-answer";
import { messageShard, queryMessageKeys, type MessageIndexRow } from "../../lib/search/message-index";
import {
  addFacetCounts,
  countFacets,
  emptyCounts,
  FACET_GROUPS,
  passes,
  toPagefindFilters,
  type FacetCounts,
  type Facets,
  type Filters,
} from "../../lib/search/search-facets";
import { planSearch, type SearchPlan } from "../../lib/search/search-plan";
import { isAnswer, isCodeQuery, judgeRelevance, type NoMatch } from "../../lib/search/relevance";
import {
  knownPages,
  mergeByWord,
  queryWords,
  pageHit,
  type PagefindPage,
  resultPath,
  readHasMessage,
  rowHit,
  withHits,
  type FacetedHit,
} from "../../lib/search/text-hits";
import { rankResults, type RankedResult, type SystemFormat } from "../../lib/search/search-ranking";
import { correctSpelling } from "../../lib/search/spelling";
import { withoutWords } from "../../lib/search/stop-words";
import { formsOf, planParaphrase } from "../../lib/search/paraphrase";
import { DEFAULT_SYNONYMS, type SynonymGroups } from "../../lib/search/synonyms";
import { absoluteUrl } from "../../lib/urls";

export type { FacetCounts, Filters } from "../../lib/search/search-facets";

export interface SearchResult extends RankedResult {
  facets: Facets;
}

export interface SearchOutcome {
  plan: SearchPlan;
  /** The results read so far that answer the query (lib/search/relevance.ts), best first. */
  results: SearchResult[];
  /** Set when no error matches: what was asked, and `related` holds close matches, if any. */
  noMatch: NoMatch | null;
  /** With `noMatch`: close matches ("did you mean"), best first. */
  related: SearchResult[];
  /** How many results there are in all, including those not read yet. */
  total: number;
  /**
   * How many results each filter value would have, given the other groups' choices; null until
   * the filter index is loaded (see countFilters).
   */
  facets: FacetCounts | null;
  /** The query as corrected for spelling, when the original found nothing. */
  corrected?: string;
  /** Reads the next results, in full-text order; empty when there are no more. */
  more(): Promise<SearchResult[]>;
}

/** The pages that answer a query exactly (lib/search/exact-answer.ts), ranked. */
export interface SearchAnswer {
  plan: SearchPlan;
  results: SearchResult[];
  /** What matched exactly: the code, the message, or both (on different pages or the same). */
  by: { code: boolean; message: boolean };
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindPage>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch | null>;
  preload(term: string): Promise<void>;
}

/**
 * How the engine reaches the site's search files: in the browser, fetch and Pagefind's own
 * script (siteSearchFiles); in unit tests, a fake index.
 */
export interface SearchFiles {
  /** A JSON file of the site by path, e.g. `/search/codes/us.json`; rejects when it is missing. */
  json<T>(path: string): Promise<T>;
  /** Pagefind, initialised. */
  pagefind(): Promise<Pagefind>;
}

export function siteSearchFiles(site: string): SearchFiles {
  return {
    async json<T>(path: string): Promise<T> {
      const response = await fetch(absoluteUrl(path, site));
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return (await response.json()) as T;
    },
    async pagefind(): Promise<Pagefind> {
      const url = absoluteUrl("/pagefind/pagefind.js", site);
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      await pagefind.init();
      return pagefind;
    },
  };
}

/**
 * Full-text results read (one fetch each) and ranked per page of results. Five, as Pagefind's
 * own UI shows: the fetches of a page of results are most of a query's time (in Chromium on the
 * bench machine, five small fetches take ~20 ms), and ten took two rounds of the six connections
 * a browser opens to a host (p95 at 10,000 errors: 67 → 56 ms).
 */
const PAGE_SIZE = 5;

/**
 * Results read when no page has every word (a paraphrase): ranking pages by how many of the
 * words they have is rough, and the right page is often sixth to tenth ("verification email
 * could not be sent").
 */
const PARAPHRASE_READ = 10;

export interface SearchEngineOptions {
  /**
   * The site's URL: its origin and the base path it is served under (`https://example.github.io/errors/`).
   * The site's files are fetched from it, and links in a paste that point into it name a page directly.
   */
  site: string;
  /** The catalog's frequent words (lib/search/frequent-words.ts), left out of full-text queries. */
  frequentWords?: ReadonlySet<string>;
  /** How many errors the catalog has: how rare a word is, is counted against it. */
  errorCount?: number;
  /** Words readers use for the pages' words (lib/search/synonyms.ts). */
  synonyms?: SynonymGroups;
  /** How the engine reaches the site's files; the site's own by default. */
  files?: SearchFiles;
}

/** Words from which a query reads as a message rather than a few remembered words. */
const MESSAGE_WORDS = 5;

/** What every full-text term of one search shares: the indexes' finds, the filters. */
interface TermContext {
  pagefind: Pagefind;
  plan: SearchPlan;
  rows: CodeIndexRow[];
  exact: Promise<FacetedHit[]>;
  formats: SystemFormat[];
  filters: Filters;
  signal?: AbortSignal | undefined;
}

export class SearchEngine {
  private pagefind?: Promise<Pagefind>;
  private formats?: Promise<SystemFormat[]>;
  private vocabulary?: Promise<string[]>;
  private readonly shards = new Map<string, Promise<CodeIndexRow[]>>();
  private readonly messageShards = new Map<string, Promise<MessageIndexRow[]>>();
  private readonly pagefindIds = new Map<string, Promise<string | undefined>>();
  private filterIndex?: Promise<void>;
  private counting = false;

  private readonly site: string;
  private readonly frequentWords: ReadonlySet<string>;
  private readonly errorCount: number;
  private readonly synonyms: SynonymGroups;
  private readonly files: SearchFiles;

  constructor(options: SearchEngineOptions) {
    this.site = options.site;
    this.frequentWords = options.frequentWords ?? new Set();
    this.errorCount = options.errorCount ?? 1;
    this.synonyms = options.synonyms ?? DEFAULT_SYNONYMS;
    this.files = options.files ?? siteSearchFiles(options.site);
  }

  /** Starts loading what every search needs, before the first query. */
  warmUp(): void {
    void this.loadPagefind();
    void this.loadFormats();
  }

  /**
   * Fetches what searching for `query` will need (its code shards, Pagefind's index chunks for
   * its words, and with `exactMessage` its message shard) without searching, so a search
   * submitted a moment later has only its results' fragments left to fetch. Resolves once all
   * of it is in.
   */
  async prepare(query: string, { exactMessage }: { exactMessage: boolean }): Promise<void> {
    const plan = planSearch(query, this.site);
    const term = withoutWords(plan.fullText, this.frequentWords);
    // A failure here shows when the search itself runs.
    await Promise.all([
      this.lookUpCodes(plan),
      exactMessage ? this.lookUpMessages(plan) : undefined,
      term === "" ? undefined : this.loadPagefind().then((pagefind) => pagefind.preload(term)),
    ]).catch(() => undefined);
  }

  /**
   * Loads Pagefind's filter index, after which every outcome has its filter counts: Pagefind
   * counts filter values only once that index is loaded.
   */
  countFilters(): Promise<void> {
    this.filterIndex ??= (async () => {
      await (await this.loadPagefind()).filters();
      this.counting = true;
    })();
    return this.filterIndex;
  }

  /**
   * The exact answer to a query, from the code and message indexes alone, without waiting for
   * Pagefind; null when there is none, or when filters are chosen (the full text filters and
   * counts). `search` reads the same shards afterwards without fetching them again.
   */
  async answer(query: string, filters: Filters): Promise<SearchAnswer | null> {
    if (Object.keys(toPagefindFilters(filters)).length > 0) return null;
    const plan = planSearch(query, this.site);
    const [rows, hits, formats] = await Promise.all([
      this.lookUpCodes(plan),
      this.lookUpMessages(plan),
      this.loadFormats(),
    ]);
    const exact = exactAnswer(plan, rows, hits);
    if (!exact) return null;
    const messages = new Map(hits.map((hit) => [hit.path, hit.message]));
    const results = this.rank(plan, exact.rows, exact.hits, formats).map((result) => {
      // The whole message matched: shown as the excerpt, all of it marked.
      const message = messages.get(result.path);
      return message ? { ...result, excerpt: `<mark>${escapeHtml(message)}</mark>` } : result;
    });
    return { plan, results, by: { code: exact.rows.length > 0, message: exact.hits.length > 0 } };
  }

  /**
   * Searches the code index, the message index and the full text, and ranks what they find.
   * With `signal`, a search that has been superseded stops before reading its results.
   */
  async search(query: string, filters: Filters, signal?: AbortSignal): Promise<SearchOutcome> {
    // Filtering by a value works without the filter index, but its counts would be missing.
    if (Object.keys(toPagefindFilters(filters)).length > 0) await this.countFilters();
    const plan = planSearch(query, this.site);
    if (plan.fullText === "" && plan.codeKeys.length === 0 && plan.numberKeys.length === 0) {
      return this.browse(plan, filters);
    }

    // Fetched alongside Pagefind's index chunks: waiting for the hits first put a round of
    // fetches on every message query's path.
    const exact = this.lookUpMessages(plan);
    const pagefind = await this.loadPagefind();
    const term = withoutWords(plan.fullText, this.frequentWords);
    const [rows, formats, first] = await Promise.all([
      this.lookUpCodes(plan),
      this.loadFormats(),
      term === "" ? null : pagefind.search(term),
    ]);
    const context: TermContext = { pagefind, plan, rows, exact, formats, filters, signal };
    const outcome = await this.searchTerm(context, term, first);
    // A slip of the keyboard: the words as typed found nothing, or nothing with all of them
    // (Pagefind also matches a page word that begins a query word: "a" for "acount").
    const typed = plan.paste.shape === "text" || (plan.paste.shape === "code" && !isCodeQuery(plan));
    if (outcome.missing === 0 || !typed || rows.length > 0 || term === "") return outcome;
    this.vocabulary ??= this.files.json<string[]>("/search/words.json").catch(() => []);
    const corrected = correctSpelling(term, await this.vocabulary);
    if (!corrected) return outcome;
    signal?.throwIfAborted();
    const second = await this.searchTerm(context, corrected, await pagefind.search(corrected));
    // Only a better answer replaces the words as typed: a word the vocabulary lacks may still be
    // on the pages (in their guidance), and "correcting" it would lose them.
    const better = second.results.length > 0 && second.missing < outcome.missing;
    return better ? { ...second, corrected } : outcome;
  }

  /**
   * One full-text term's search, ranked with the code and message finds and judged for
   * relevance (lib/search/relevance.ts). `whole` is Pagefind's search for the whole term.
   */
  private async searchTerm(
    context: TermContext,
    term: string,
    whole: PagefindSearch | null,
  ): Promise<SearchOutcome & { missing: number }> {
    const { pagefind, plan, rows, exact, formats, filters, signal } = context;
    const words = term.match(/[A-Za-z0-9]{3,}/g) ?? [];
    if (whole?.results.length || words.length <= 1) {
      const outcome = await this.searchWithFilters(context, term, whole);
      // A message-long query whose few pages with every word, all read, include none that
      // answers by its code or message (an example elsewhere quoting the values of a message's
      // placeholders): the words one by one find the message's own page, which lacks the values.
      // A short query's pages with every word are its answer, however few.
      const fewRead = (whole?.results.length ?? 0) <= PAGE_SIZE;
      const answered = !outcome.noMatch && isAnswer(outcome.results[0]);
      const messageLong = words.length >= MESSAGE_WORDS;
      if (answered || outcome.noMatch?.kind === "code" || !messageLong || !fewRead) return outcome;
      signal?.throwIfAborted();
    }
    // Pagefind requires every word, so a paraphrase with one extra word finds nothing: fall
    // back to the pages that have the most of the words, and count over what was read.
    const { words: searched, synonyms } = planParaphrase(term, plan.text, {
      systems: formats,
      synonyms: this.synonyms,
      frequentWords: this.frequentWords,
    });
    const perWord = await Promise.all(
      searched.map((word) =>
        Promise.all(formsOf(word, synonyms).map(async (form) => (await pagefind.search(form))?.results ?? [])),
      ),
    );
    const merged = mergeByWord(perWord, this.errorCount).slice(0, PARAPHRASE_READ);
    signal?.throwIfAborted();
    const read = await this.readHits(merged);
    const candidates = this.rank(plan, rows, withHits(read, readHasMessage(plan, read) ? [] : await exact), formats);
    const judged = judgeRelevance(candidates, { plan, rows, words: searched, allWords: false, synonyms });
    const results = judged.confident.filter((result) => passes(result.facets, filters));
    return {
      plan,
      results,
      noMatch: judged.noMatch,
      related: judged.related,
      missing: judged.missing,
      total: results.length,
      facets: countFacets(judged.confident, filters),
      more: async () => [],
    };
  }

  /** The usual case: Pagefind filters and counts all matches; code-index finds are added. */
  private async searchWithFilters(
    context: TermContext,
    term: string,
    unfiltered: PagefindSearch | null,
  ): Promise<SearchOutcome & { missing: number }> {
    const { pagefind, plan, rows, exact, formats, filters, signal } = context;
    const chosen = toPagefindFilters(filters);
    const anyChosen = Object.keys(chosen).length > 0;
    const filtered = term === "" ? null : anyChosen ? await pagefind.search(term, { filters: chosen }) : unfiltered;
    // Reading the results is a round of fetches that a newer search would wait behind.
    signal?.throwIfAborted();
    const matches = filtered?.results ?? [];
    const facets = this.counting ? emptyCounts() : null;
    // Code-index finds count as extra results only when the full text did not match them too.
    const all = unfiltered?.results ?? [];
    const readAll = !anyChosen && all.length <= PAGE_SIZE;
    const fromCodes = this.rank(plan, rows, [], formats);
    if (!readAll) {
      // Finds by part of a code or by a near spelling are seldom among the first page of matches,
      // and only their ids tell whether they are among the rest: look those up while it is read.
      const apart = new Set(rows.filter((row) => row.m !== "code" && row.m !== "sent-code").map((row) => row.path));
      for (const result of fromCodes) {
        if (apart.has(result.path)) this.pagefindIdOf(pagefind, result).catch(() => undefined);
      }
    }
    const known = knownPages(plan, rows);
    const [read] = await Promise.all([
      this.readHits(matches.slice(0, PAGE_SIZE), 0, known),
      term === "" || !facets ? undefined : this.countPerGroup(pagefind, term, filters, facets, unfiltered),
    ]);
    // A page with the exact message has all of its words, so it is among the matches, if not read.
    const hits = withHits(read, readHasMessage(plan, read) ? [] : await exact);
    const judged = judgeRelevance(this.rank(plan, rows, hits, formats), {
      plan,
      rows,
      words: queryWords(term),
      allWords: true,
    });
    if (judged.noMatch) {
      return {
        plan,
        results: [],
        noMatch: judged.noMatch,
        related: judged.related,
        missing: judged.missing,
        total: 0,
        facets,
        more: async () => [],
      };
    }
    const ranked = judged.confident.filter((result) => passes(result.facets, filters));
    const readPaths = new Set(hits.map((hit) => hit.path));
    const unfilteredIds = new Set(all.map((result) => result.id));
    // A read hit is in it (filtered matches are a subset of the unfiltered ones); for the others,
    // unless every match was read, only ids tell, and finding an id costs a second round of fetches.
    const inText = await Promise.all(
      fromCodes.map(
        async (result) =>
          readPaths.has(result.path) ||
          (!readAll && unfilteredIds.has((await this.pagefindIdOf(pagefind, result)) ?? "")),
      ),
    );
    const codeOnly = fromCodes.filter((_, index) => !inText[index]);
    if (facets) addFacetCounts(facets, codeOnly, filters);

    // Matches come in Pagefind's order: once one falls below the relevance floor, the rest are
    // no better, and the count is what was kept.
    const words = queryWords(term);
    const belowFloor = read.some((hit) => !judged.confident.some((result) => result.path === hit.path));
    let next = belowFloor ? matches.length : PAGE_SIZE;
    const shown = new Set(ranked.map((result) => result.path));
    const outcome: SearchOutcome & { missing: number } = {
      plan,
      results: ranked,
      noMatch: null,
      related: [],
      missing: judged.missing,
      total: belowFloor
        ? ranked.length
        : matches.length + codeOnly.filter((result) => passes(result.facets, filters)).length,
      facets,
      more: async () => {
        // A page of matches can be all code finds listed already: read on until one adds something.
        while (next < matches.length) {
          const start = next;
          // Moved on before reading, so a second click reads the page after this one.
          next += PAGE_SIZE;
          const page = (await this.readHits(matches.slice(start, start + PAGE_SIZE), start, known)).map((hit) => ({
            ...hit,
            score: 0,
            reasons: [`text #${hit.rank + 1}`],
          }));
          const floor = new Set(judgeRelevance(page, { plan, rows, words, allWords: true }).confident);
          // A code find shown from its row has no excerpt to judge; the code index found it.
          const kept = page.filter((hit) => floor.has(hit) || (hit.excerpt === undefined && known.size > 0));
          if (kept.length < page.length) next = matches.length;
          const fresh = kept.filter((hit) => !shown.has(hit.path) && shown.add(hit.path));
          if (next >= matches.length) outcome.total = shown.size;
          if (fresh.length > 0) return fresh;
        }
        outcome.total = shown.size;
        return [];
      },
    };
    return outcome;
  }

  /** Filters without a query: every error with the chosen values, counted by Pagefind. */
  private async browse(plan: SearchPlan, filters: Filters): Promise<SearchOutcome> {
    const none: SearchOutcome = {
      plan,
      results: [],
      noMatch: null,
      related: [],
      total: 0,
      facets: emptyCounts(),
      more: async () => [],
    };
    const chosen = toPagefindFilters(filters);
    if (Object.keys(chosen).length === 0) return none;
    const pagefind = await this.loadPagefind();
    const matches = (await pagefind.search(null, { filters: chosen }))?.results ?? [];
    const facets = emptyCounts();
    await this.countPerGroup(pagefind, null, filters, facets, null);
    let next = 0;
    const more = async () => {
      const start = next;
      next += PAGE_SIZE;
      const page = await this.readHits(matches.slice(start, start + PAGE_SIZE), start);
      return page.map((hit) => ({ ...hit, score: 0, reasons: ["filters"] }));
    };
    return { plan, results: await more(), noMatch: null, related: [], total: matches.length, facets, more };
  }

  /**
   * Counts, into `facets`, how many matches each filter value would have given the other
   * groups' choices (a group's own choice does not narrow its counts). `unfiltered`, Pagefind's
   * search for the term without filters, already has the counts of a group when no other group
   * has a choice.
   */
  private async countPerGroup(
    pagefind: Pagefind,
    term: string | null,
    filters: Filters,
    facets: FacetCounts,
    unfiltered: PagefindSearch | null,
  ): Promise<void> {
    await Promise.all(
      FACET_GROUPS.map(async (group) => {
        const others = toPagefindFilters({ ...filters, [group]: [] });
        const reuse = unfiltered !== null && Object.keys(others).length === 0;
        const search = reuse ? unfiltered : await pagefind.search(term, { filters: others });
        Object.assign(facets[group], search?.filters[group] ?? {});
      }),
    );
  }

  /**
   * The Pagefind result id of an error page: from its code-index row, which the build gives it
   * (lib/search/pagefind-ids.ts), or else (under `astro dev`) found through the code spelling
   * every error page indexes (`usernotfound`); undefined when Pagefind does not know the page.
   */
  private async pagefindIdOf(pagefind: Pagefind, result: SearchResult): Promise<string | undefined> {
    if (!this.pagefindIds.has(result.path)) {
      this.pagefindIds.set(
        result.path,
        (async () => {
          const candidates = (await pagefind.search(codeKey(result.code)))?.results.slice(0, 3) ?? [];
          for (const candidate of candidates) {
            if (resultPath((await candidate.data()).url, this.site) === result.path) return candidate.id;
          }
          return undefined;
        })(),
      );
    }
    return this.pagefindIds.get(result.path);
  }

  private rank(plan: SearchPlan, rows: CodeIndexRow[], hits: FacetedHit[], formats: SystemFormat[]): SearchResult[] {
    const facetsByPath = new Map<string, Facets>();
    for (const row of rows) facetsByPath.set(row.path, row.facets);
    for (const hit of hits) facetsByPath.set(hit.path, hit.facets);
    return rankResults(plan, rows, hits, formats).map((result) => ({
      ...result,
      facets: facetsByPath.get(result.path) ?? {},
    }));
  }

  private loadPagefind(): Promise<Pagefind> {
    this.pagefind ??= this.files.pagefind();
    return this.pagefind;
  }

  private loadFormats(): Promise<SystemFormat[]> {
    this.formats ??= this.files.json<SystemFormat[]>("/search/systems.json").catch(() => []);
    return this.formats;
  }

  /** Code-index rows for the plan's keys (lib/search/code-lookup.ts), fetching their shards once. */
  private async lookUpCodes(plan: SearchPlan): Promise<CodeIndexRow[]> {
    const shards = new Map(
      await Promise.all(
        shardsOf(plan).map(async (shard) => {
          let rows = this.shards.get(shard);
          if (!rows) {
            // A missing shard is an ordinary miss: no code starts with those characters.
            rows = this.files
              .json<CodeIndexRow[]>(`/search/codes/${shard}.json`)
              .then((rows) => {
                for (const row of rows) if (row.id) this.pagefindIds.set(row.path, Promise.resolve(row.id));
                return rows;
              })
              .catch(() => []);
            this.shards.set(shard, rows);
          }
          return [shard, await rows] as const;
        }),
      ),
    );
    return matchCodeRows(plan, shards);
  }

  /**
   * The pages whose documented message is the query's (typed, or found in a paste), from the
   * message index, to be ranked as full-text hits just below the page read. Fetched at the start
   * of every search, whether or not the hits turn out to have the message: waiting to see cost
   * the queries whose hits lack it a round of fetches (10 to 20 ms).
   */
  private async lookUpMessages(plan: SearchPlan): Promise<FacetedHit[]> {
    const keys = queryMessageKeys(plan);
    const found = await Promise.all(
      keys.map(async (key) => {
        const shard = messageShard(key);
        let rows = this.messageShards.get(shard);
        if (!rows) {
          // A missing shard is an ordinary miss: no message hashes there.
          rows = this.files.json<MessageIndexRow[]>(`/search/messages/${shard}.json`).catch(() => []);
          this.messageShards.set(shard, rows);
        }
        return (await rows).filter((row) => row.k === key);
      }),
    );
    return found.flat().map((row) => ({
      path: row.path,
      // Set by withHits: after the full-text hits read, however many were read.
      rank: 0,
      system: row.system,
      code: row.code,
      title: row.title,
      message: row.message,
      status: row.status,
      facets: row.facets,
    }));
  }

  /**
   * Reads the metadata, excerpt and filter values of full-text results; `offset` is the rank of
   * the first among all the matches. A result whose page is in `known` is not read: its row has
   * all a result shows but the excerpt.
   */
  private async readHits(
    results: PagefindResult[],
    offset = 0,
    known: ReadonlyMap<string, CodeIndexRow> = new Map(),
  ): Promise<FacetedHit[]> {
    return Promise.all(
      results.map(async (result, index) => {
        const rank = offset + index;
        const row = known.get(result.id);
        if (row) return { ...rowHit(row), rank };
        return pageHit(await result.data(), this.site, rank);
      }),
    );
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
