/**
 * Search-quality evaluation: the query set (queries.json), running one query through the real
 * search page in a browser, and the summary the benchmark prints (scripts/bench-search.ts).
 *
 * The search page's contract, which everything here relies on:
 * - `GET /search/?q=…` renders ranked results as `a[data-search-result]`, best first; `href` is
 *   the error page's path or absolute URL.
 * - When a query has been processed, `[data-search-results]` carries
 *   `data-search-state="ready"`, `data-search-query="<the q processed>"` and
 *   `data-search-ms="<client-side milliseconds>"`.
 * - Submitting `form[role=search]` (field `input[name=q]` or `textarea[name=q]`) runs a new search
 *   in place, without a page load, and updates those attributes.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";

// ---------------------------------------------------------------------------------------------
// The query set
// ---------------------------------------------------------------------------------------------

export const QUERY_KINDS = [
  "code",
  "code-variant",
  "partial-code",
  "message",
  "paraphrase",
  "typo",
  "dynamic",
  "paste",
  // Written by someone who did not write the ranking (queries-independent.json):
  "no-match",
  "misspelling",
  "log",
  "multi",
  "ticket",
  // Support tickets written later, by another helper who saw neither the ranking nor the tickets
  // above (queries-heldout.json): they measure whether changes made for the tickets generalise.
  "held-out",
] as const;

export type QueryKind = (typeof QUERY_KINDS)[number];

/** One entry of queries.json. */
export interface SearchQuery {
  /** What the user types or pastes into the search field. */
  q: string;
  /**
   * The path of the page that should rank first: `/<system>/<slug>/`; for a paste that holds
   * several errors, their paths, which should fill the first places; null when no error matches
   * (the page must say so and list no confident result).
   */
  expect: string | string[] | null;
  kind: QueryKind;
  /** Why this page is the expected one, when that needs saying. */
  note?: string;
}

export const QUERIES_FILE = fileURLToPath(new URL("./queries.json", import.meta.url));
/** Queries written by someone who did not write the ranking, so they test it rather than echo it. */
export const INDEPENDENT_QUERIES_FILE = fileURLToPath(new URL("./queries-independent.json", import.meta.url));
/** Support tickets held out from the ranking's tuning (kind "held-out"). */
export const HELDOUT_QUERIES_FILE = fileURLToPath(new URL("./queries-heldout.json", import.meta.url));

/** `/<system>/<slug>/`, both parts as the site makes them (see src/lib/slug.ts). */
export const EXPECT_PATTERN = /^\/[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/;

const QUERY_FIELDS = new Set(["q", "expect", "kind", "note"]);

function isQueryKind(value: unknown): value is QueryKind {
  return typeof value === "string" && (QUERY_KINDS as readonly string[]).includes(value);
}

/** The expected pages of a query: none for a no-match query. */
export function expectedPaths(query: Pick<SearchQuery, "expect">): string[] {
  return query.expect === null ? [] : typeof query.expect === "string" ? [query.expect] : query.expect;
}

/** The system of the (first) expected page: `/accounts/user-not-found/` → `accounts`; "none" for no match. */
export function expectedSystem(expect: SearchQuery["expect"]): string {
  const [first] = expectedPaths({ expect });
  return first === undefined ? "none" : (first.split("/")[1] ?? "");
}

/**
 * Checks parsed queries.json data and returns it typed. Throws one error listing every problem
 * (entry index, field, what is wrong), so a broken file is fixed in one go.
 */
export function parseQueries(data: unknown, source = "queries.json"): SearchQuery[] {
  if (!Array.isArray(data)) throw new Error(`${source}: expected a JSON array of queries, got ${typeof data}.`);
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const queries: SearchQuery[] = [];
  data.forEach((entry: unknown, index) => {
    const at = `entry ${index}`;
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      problems.push(`${at}: expected an object { q, expect, kind, note? }.`);
      return;
    }
    const record = entry as Record<string, unknown>;
    const label = typeof record.q === "string" ? `${at} (${JSON.stringify(oneLine(record.q, 50))})` : at;
    const before = problems.length;
    for (const key of Object.keys(record)) {
      if (!QUERY_FIELDS.has(key)) problems.push(`${label}: unknown field "${key}" (allowed: q, expect, kind, note).`);
    }
    if (typeof record.q !== "string" || record.q.trim() === "")
      problems.push(`${label}: "q" must be a non-empty string.`);
    const expected = record.expect;
    if (expected === null) {
      if (record.kind !== "no-match") problems.push(`${label}: "expect" is null, so "kind" must be "no-match".`);
    } else if (typeof expected !== "string" && !(Array.isArray(expected) && expected.length >= 2)) {
      problems.push(`${label}: "expect" must be a page path, an array of two or more, or null (no error matches).`);
    } else {
      for (const path of typeof expected === "string" ? [expected] : expected) {
        if (typeof path !== "string" || !EXPECT_PATTERN.test(path)) {
          problems.push(
            `${label}: "expect" must be a page path like "/accounts/user-not-found/" (or an array of them), got ${JSON.stringify(path)}.`,
          );
        }
      }
      if (record.kind === "no-match") problems.push(`${label}: a "no-match" query expects null.`);
    }
    if (!isQueryKind(record.kind)) {
      problems.push(`${label}: "kind" must be one of ${QUERY_KINDS.join(", ")}, got ${JSON.stringify(record.kind)}.`);
    }
    if (record.note !== undefined && typeof record.note !== "string")
      problems.push(`${label}: "note" must be a string.`);
    if (problems.length > before) return;
    const query = record as unknown as SearchQuery;
    const key = `${query.q}\u0000${JSON.stringify(query.expect)}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(`${label}: same q and expect as entry ${first}.`);
      return;
    }
    seen.set(key, index);
    queries.push({
      q: query.q,
      expect: query.expect,
      kind: query.kind,
      ...(query.note !== undefined && { note: query.note }),
    });
  });
  if (problems.length > 0) {
    throw new Error(`${source} has ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
  }
  return queries;
}

/** Reads and validates the query sets (all three files unless told otherwise). */
export function loadQueries(
  files: readonly string[] = [QUERIES_FILE, INDEPENDENT_QUERIES_FILE, HELDOUT_QUERIES_FILE],
): SearchQuery[] {
  return files.flatMap((file) => loadQueryFile(file));
}

function loadQueryFile(file: string): SearchQuery[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    throw new Error(`Cannot read the search query set at ${file}.`, { cause });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new Error(`${file} is not valid JSON: ${(cause as Error).message}`, { cause });
  }
  return parseQueries(data, file);
}

// ---------------------------------------------------------------------------------------------
// Running one query in the browser
// ---------------------------------------------------------------------------------------------

/** How many results count. */
export const TOP_N = 10;

export interface QueryOutcome {
  query: SearchQuery;
  /**
   * 1-based position of `expect` among the first TOP_N distinct result pages; null if absent.
   * For several expected pages, how far the last of them is from filling the first places
   * (1: they are the first ones). For a no-match query, 1 when the page says no error matches
   * and lists no confident result, else null.
   */
  rank: number | null;
  /** Whether the page said that no error matches (`[data-search-no-match]` shown). */
  noMatch: boolean;
  /** The confident results (`a[data-search-result]`), as paths. */
  confident: string[];
  /** The first TOP_N distinct result pages, as paths, best first. */
  hrefs: string[];
  /**
   * `data-search-ms`: the search's own client-side time until results showed (an exact answer
   * shows before the full-text results); null if missing or not a number.
   */
  ms: number | null;
  /** `data-search-ms` of the related list: until every result was in; null as for `ms`. */
  allMs: number | null;
  /** Wall-clock time from submitting the query to results ready, as the benchmark saw it. */
  wallMs: number;
  /**
   * How the query reached the page: in place through the search form, a page load of
   * `/search/?q=…`, or a form submission that reloaded the page (a contract violation).
   */
  via: "form" | "navigation" | "form-reload";
  /** Why the query produced no results to judge (timeout, HTTP error, …). */
  error?: string;
}

export interface RunQueryOptions {
  /** How long to wait for `data-search-state="ready"` with the query. Default 10 s. */
  timeoutMs?: number;
  /**
   * Submit later queries in place through the search form (default), or load
   * `/search/?q=…` for every query (false), which measures fresh pages only.
   */
  inPlace?: boolean;
}

interface RunnerState {
  /** The q of the last query run on this page, or null before the first. */
  lastQuery: string | null;
  /** Why in-place queries were given up for this page; null while they work. */
  formDisabled: string | null;
}

const runners = new WeakMap<Page, RunnerState>();

function runnerState(page: Page): RunnerState {
  let state = runners.get(page);
  if (!state) {
    state = { lastQuery: null, formDisabled: null };
    runners.set(page, state);
  }
  return state;
}

/** Whether later queries on this page still go through the in-page form, and if not, why. */
export function formModeStatus(page: Page): { usable: boolean; reason: string | null } {
  const state = runnerState(page);
  return { usable: state.formDisabled === null, reason: state.formDisabled };
}

/** Query text as a page would compare it: line breaks unified, whitespace collapsed, trimmed. */
export function normalizeQueryText(q: string): string {
  return q.replace(/\r\n?/g, "\n").replace(/\s+/g, " ").trim();
}

/**
 * A result href as a page path: absolute URLs (any origin) lose their origin, query and hash;
 * page paths get their trailing slash (pages answer with and without it).
 */
export function hrefToPath(href: string, baseURL: string): string {
  const url = new URL(href, baseURL);
  let path = url.pathname;
  try {
    path = decodeURI(path);
  } catch {
    // keep it encoded
  }
  if (!path.endsWith("/") && !/\.[A-Za-z0-9]+$/.test(path)) path += "/";
  return path;
}

/** The search page's URL for a query. */
export function searchUrl(baseURL: string, q: string): string {
  return `${baseURL.replace(/\/+$/, "")}/search/?q=${encodeURIComponent(q)}`;
}

/** What the in-page script reports. */
type InPageResult =
  | {
      status: "ready";
      query: string;
      ms: string | null;
      allMs: string | null;
      hrefs: string[];
      confident: string[];
      noMatch: boolean;
      elapsed: number;
    }
  | { status: "timeout"; state: string | null; query: string | null; elapsed: number }
  | { status: "no-field"; count: number }
  | { status: "cannot-hold"; value: string };

/**
 * Runs in the page, as plain JavaScript source: functions handed to `page.evaluate` are
 * serialized, and the TypeScript runners (tsx) add helpers such as `__name` to them that do not
 * exist in the page.
 *
 * With `submit`, it puts `q` into the search form's field and submits the form
 * (`requestSubmit`, which is what pressing Enter does); without, it only waits. Either way it
 * resolves once `[data-search-results]` is ready for `q`, reading the results in the same task
 * so they belong to that query.
 */
const IN_PAGE_SEARCH = String.raw`async ({ q, submit, timeout, fieldSelector }) => {
  const norm = (s) => String(s).replace(/\r\n?/g, "\n").replace(/\s+/g, " ").trim();
  const wanted = norm(q);
  const t0 = performance.now();
  const read = () => {
    const el = document.querySelector("[data-search-results]");
    if (!el) return null;
    if (el.getAttribute("data-search-state") !== "ready") return null;
    const query = el.getAttribute("data-search-query");
    if (query === null || norm(query) !== wanted) return null;
    // After an exact answer, the rest of the results: done when that list is too.
    const rest = document.querySelector("[data-search-related-results]");
    const restState = rest ? rest.getAttribute("data-search-state") : "ready";
    if (restState === "loading" || (rest && restState === "ready" && norm(rest.getAttribute("data-search-query") || "") !== wanted)) return null;
    const hrefs = Array.from(document.querySelectorAll("a[data-search-result], a[data-search-related-result]"), (a) => a.getAttribute("href") || "");
    const confident = Array.from(document.querySelectorAll("a[data-search-result]"), (a) => a.getAttribute("href") || "");
    const none = document.querySelector("[data-search-no-match]");
    const noMatch = Boolean(none && !none.hidden);
    const ms = el.getAttribute("data-search-ms");
    const allMs = rest && restState === "ready" ? rest.getAttribute("data-search-ms") : ms;
    return { status: "ready", query, ms, allMs, hrefs, confident, noMatch, elapsed: performance.now() - t0 };
  };
  if (submit) {
    const fields = Array.from(document.querySelectorAll(fieldSelector));
    if (fields.length === 0) return { status: "no-field", count: 0 };
    const results = document.querySelector("[data-search-results]");
    const current = results ? norm(results.getAttribute("data-search-query") || "") : null;
    const visible = fields.filter((f) => f.getClientRects().length > 0);
    const field =
      visible.find((f) => current !== null && norm(f.value) === current) || visible[0] || fields[0];
    const proto = Object.getPrototypeOf(field);
    const setter = Object.getOwnPropertyDescriptor(proto, "value");
    if (setter && setter.set) setter.set.call(field, q);
    else field.value = q;
    if (field.value !== q.replace(/\r\n?/g, "\n")) return { status: "cannot-hold", value: field.value };
    field.dispatchEvent(new Event("input", { bubbles: true }));
    if (!field.form) return { status: "no-field", count: fields.length };
    window.__searchBenchMarker = true;
    field.form.requestSubmit();
  }
  const now = read();
  if (now) return now;
  return await new Promise((resolve) => {
    let done = false;
    const finish = (value) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      clearInterval(poll);
      resolve(value);
    };
    const check = () => {
      const value = read();
      if (value) finish(value);
    };
    const observer = new MutationObserver(check);
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
    const poll = setInterval(check, 50);
    const timer = setTimeout(() => {
      const el = document.querySelector("[data-search-results]");
      finish({
        status: "timeout",
        state: el ? el.getAttribute("data-search-state") : null,
        query: el ? el.getAttribute("data-search-query") : null,
        elapsed: performance.now() - t0,
      });
    }, timeout);
  });
}`;

const FIELD_SELECTOR = 'form[role="search"] input[name="q"], form[role="search"] textarea[name="q"]';

function inPage(page: Page, args: { q: string; submit: boolean; timeout: number }): Promise<InPageResult> {
  const call = `(${IN_PAGE_SEARCH})(${JSON.stringify({ ...args, fieldSelector: FIELD_SELECTOR })})`;
  return page.evaluate(call) as Promise<InPageResult>;
}

function isOnSearchPage(page: Page, baseURL: string): boolean {
  try {
    const current = new URL(page.url());
    return current.origin === new URL(baseURL).origin && /^\/search\/?$/.test(current.pathname);
  } catch {
    return false;
  }
}

function describeTimeout(result: { state: string | null; query: string | null }, timeoutMs: number): string {
  if (result.state === null && result.query === null) {
    return `no [data-search-results] element after ${timeoutMs} ms`;
  }
  return (
    `not ready for this query after ${timeoutMs} ms ` +
    `(data-search-state=${JSON.stringify(result.state)}, data-search-query=${JSON.stringify(oneLine(result.query ?? "", 60))})`
  );
}

function outcomeFrom(
  query: SearchQuery,
  baseURL: string,
  result: Extract<InPageResult, { status: "ready" }>,
  wallMs: number,
  via: QueryOutcome["via"],
): QueryOutcome {
  const paths = distinctPaths(result.hrefs, baseURL);
  const confident = distinctPaths(result.confident, baseURL);
  return {
    query,
    rank: rankOf(query, paths, confident, result.noMatch),
    noMatch: result.noMatch,
    confident,
    hrefs: paths,
    ms: milliseconds(result.ms),
    allMs: milliseconds(result.allMs),
    wallMs,
    via,
  };
}

function distinctPaths(hrefs: readonly string[], baseURL: string): string[] {
  const paths: string[] = [];
  for (const href of hrefs) {
    if (href === "") continue;
    let path: string;
    try {
      path = hrefToPath(href, baseURL);
    } catch {
      continue;
    }
    if (!paths.includes(path)) paths.push(path);
    if (paths.length === TOP_N) break;
  }
  return paths;
}

/** See QueryOutcome.rank. */
export function rankOf(
  query: Pick<SearchQuery, "expect">,
  paths: readonly string[],
  confident: readonly string[],
  noMatch: boolean,
): number | null {
  const expected = expectedPaths(query);
  if (expected.length === 0) return noMatch && confident.length === 0 ? 1 : null;
  const positions = expected.map((path) => paths.indexOf(path));
  if (positions.includes(-1)) return null;
  return Math.max(...positions) + 1 - (expected.length - 1);
}

function milliseconds(attribute: string | null): number | null {
  const ms = attribute === null ? null : Number.parseFloat(attribute);
  return ms !== null && Number.isFinite(ms) ? ms : null;
}

function failed(query: SearchQuery, error: string, wallMs: number, via: QueryOutcome["via"]): QueryOutcome {
  return { query, rank: null, noMatch: false, confident: [], hrefs: [], ms: null, allMs: null, wallMs, via, error };
}

async function viaNavigation(
  page: Page,
  baseURL: string,
  query: SearchQuery,
  timeoutMs: number,
): Promise<QueryOutcome> {
  const started = performance.now();
  let response: Awaited<ReturnType<Page["goto"]>>;
  try {
    response = await page.goto(searchUrl(baseURL, query.q), { waitUntil: "domcontentloaded", timeout: timeoutMs });
  } catch (error) {
    return failed(query, `loading the search page failed: ${(error as Error).message}`, 0, "navigation");
  }
  if (response && response.status() >= 400) {
    return failed(
      query,
      `the search page answered HTTP ${response.status()}`,
      performance.now() - started,
      "navigation",
    );
  }
  const remaining = Math.max(1000, timeoutMs - (performance.now() - started));
  let result: InPageResult;
  try {
    result = await inPage(page, { q: query.q, submit: false, timeout: remaining });
  } catch (error) {
    return failed(
      query,
      `waiting for results failed: ${(error as Error).message}`,
      performance.now() - started,
      "navigation",
    );
  }
  const wallMs = performance.now() - started;
  if (result.status === "ready") return outcomeFrom(query, baseURL, result, wallMs, "navigation");
  if (result.status === "timeout") return failed(query, describeTimeout(result, timeoutMs), wallMs, "navigation");
  return failed(query, `unexpected in-page result ${result.status}`, wallMs, "navigation");
}

/**
 * Submits the query through the search form, in place. Returns null when the form cannot carry
 * this query (for example an `<input>` strips the line breaks of a pasted response) or stopped
 * working, so the caller loads `/search/?q=…` instead; the latter also disables the form for
 * this page (see formModeStatus).
 */
async function viaForm(
  page: Page,
  baseURL: string,
  query: SearchQuery,
  timeoutMs: number,
  state: RunnerState,
): Promise<QueryOutcome | null> {
  const started = performance.now();
  let result: InPageResult;
  try {
    result = await inPage(page, { q: query.q, submit: true, timeout: timeoutMs });
  } catch (error) {
    // The page went away under the script: the form submission loaded a page.
    if (!/context was destroyed|navigat/i.test((error as Error).message)) {
      state.formDisabled = `in-place query failed: ${(error as Error).message}`;
      return null;
    }
    state.formDisabled = "submitting the search form loads a new page";
    try {
      await page.waitForLoadState("domcontentloaded", { timeout: timeoutMs });
      const after = await inPage(page, { q: query.q, submit: false, timeout: timeoutMs });
      if (after.status === "ready")
        return outcomeFrom(query, baseURL, after, performance.now() - started, "form-reload");
    } catch {
      // fall back to loading the URL
    }
    return null;
  }
  const wallMs = result.status === "ready" || result.status === "timeout" ? result.elapsed : 0;
  switch (result.status) {
    case "ready": {
      const reloaded = await page
        .evaluate("window.__searchBenchMarker === true")
        .then((marker) => marker !== true)
        .catch(() => true);
      if (reloaded) state.formDisabled = "submitting the search form loads a new page";
      return outcomeFrom(query, baseURL, result, wallMs, reloaded ? "form-reload" : "form");
    }
    case "cannot-hold":
      // Not the form's fault: this text does not fit the field (line breaks in an <input>).
      return null;
    case "no-field":
      state.formDisabled =
        result.count === 0
          ? "no input[name=q] or textarea[name=q] inside form[role=search]"
          : "the search field is not inside a form";
      return null;
    case "timeout":
      state.formDisabled = `an in-place query did not finish: ${describeTimeout(result, timeoutMs)}`;
      return null;
  }
}

/**
 * Runs one query through the search page and reports where the expected page ranked.
 *
 * The first query on a page loads `/search/?q=…`. Later ones are typed into the page's search
 * form and submitted in place, which is how people refine a search and avoids measuring page
 * loads; a query goes through a page load instead when the field cannot hold it exactly (an
 * `<input>` drops line breaks), when it equals the previous query (the page would already be
 * "ready" for it), or for good once the form proved unreliable (no field, a submission that
 * reloads the page, a submission that never finishes). `formModeStatus(page)` tells which.
 * With `inPlace: false` every query loads the page.
 *
 * Never throws for a failed query: the outcome carries `error` and `rank: null`.
 */
export async function runQuery(
  page: Page,
  baseURL: string,
  query: SearchQuery,
  options: RunQueryOptions = {},
): Promise<QueryOutcome> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const state = runnerState(page);
  let outcome: QueryOutcome | null = null;
  const formCandidate =
    options.inPlace !== false &&
    state.formDisabled === null &&
    state.lastQuery !== null &&
    normalizeQueryText(state.lastQuery) !== normalizeQueryText(query.q) &&
    isOnSearchPage(page, baseURL);
  if (formCandidate) outcome = await viaForm(page, baseURL, query, timeoutMs, state);
  outcome ??= await viaNavigation(page, baseURL, query, timeoutMs);
  state.lastQuery = outcome.error === undefined ? query.q : null;
  return outcome;
}

// ---------------------------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------------------------

export interface GroupStats {
  count: number;
  /** Fractions from 0 to 1. */
  top1: number;
  top3: number;
  /** Mean reciprocal rank over the first TOP_N results. */
  mrr: number;
  /** Median data-search-ms of the group; null without samples. */
  medianMs: number | null;
}

export interface Miss {
  q: string;
  kind: QueryKind;
  expect: SearchQuery["expect"];
  rank: number | null;
  /** The first three results. */
  got: string[];
  error?: string;
}

export interface LatencyStats {
  median: number | null;
  p95: number | null;
  max: number | null;
  samples: number;
}

export interface Summary {
  total: number;
  /** Queries that produced no results to judge (timeouts, HTTP errors). */
  errors: number;
  top1: number;
  top3: number;
  mrr: number;
  /** data-search-ms: what the search itself took in the page, until results showed. */
  latency: LatencyStats;
  /** data-search-ms of the related list: until every result was in (after an exact answer, the full text too). */
  complete: LatencyStats;
  /**
   * Submit to every result in, seen from outside (includes page loads for queries run via
   * navigation).
   */
  wallClock: LatencyStats;
  /** How many queries ran in place through the form, and how many loaded a page. */
  via: Record<QueryOutcome["via"], number>;
  byKind: Partial<Record<QueryKind, GroupStats>>;
  bySystem: Record<string, GroupStats>;
  /** Every query whose expected page did not rank first, worst first. */
  misses: Miss[];
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Nearest-rank percentile (p from 0 to 1). */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index]!;
}

function latencyStats(values: readonly number[]): LatencyStats {
  return {
    median: median(values),
    p95: percentile(values, 0.95),
    max: values.length === 0 ? null : Math.max(...values),
    samples: values.length,
  };
}

function groupStats(outcomes: readonly QueryOutcome[]): GroupStats {
  const count = outcomes.length;
  const ratio = (n: number) => (count === 0 ? 0 : n / count);
  return {
    count,
    top1: ratio(outcomes.filter((o) => o.rank === 1).length),
    top3: ratio(outcomes.filter((o) => o.rank !== null && o.rank <= 3).length),
    mrr: ratio(outcomes.reduce((sum, o) => sum + (o.rank === null ? 0 : 1 / o.rank), 0)),
    medianMs: median(outcomes.flatMap((o) => (o.ms === null ? [] : [o.ms]))),
  };
}

export function summarize(outcomes: readonly QueryOutcome[]): Summary {
  const overall = groupStats(outcomes);
  const byKind: Partial<Record<QueryKind, GroupStats>> = {};
  for (const kind of QUERY_KINDS) {
    const group = outcomes.filter((o) => o.query.kind === kind);
    if (group.length > 0) byKind[kind] = groupStats(group);
  }
  const systems = [...new Set(outcomes.map((o) => expectedSystem(o.query.expect)))].sort();
  const bySystem: Record<string, GroupStats> = {};
  for (const system of systems) {
    bySystem[system] = groupStats(outcomes.filter((o) => expectedSystem(o.query.expect) === system));
  }
  const via: Record<QueryOutcome["via"], number> = { form: 0, navigation: 0, "form-reload": 0 };
  for (const outcome of outcomes) via[outcome.via] += 1;
  const misses: Miss[] = outcomes
    .filter((o) => o.rank !== 1)
    .map((o) => ({
      q: o.query.q,
      kind: o.query.kind,
      expect: o.query.expect,
      rank: o.rank,
      got: o.hrefs.slice(0, 3),
      ...(o.error !== undefined && { error: o.error }),
    }))
    .sort((a, b) => (b.rank ?? TOP_N + 1) - (a.rank ?? TOP_N + 1));
  return {
    total: outcomes.length,
    errors: outcomes.filter((o) => o.error !== undefined).length,
    top1: overall.top1,
    top3: overall.top3,
    mrr: overall.mrr,
    latency: latencyStats(outcomes.flatMap((o) => (o.ms === null ? [] : [o.ms]))),
    complete: latencyStats(outcomes.flatMap((o) => (o.allMs === null ? [] : [o.allMs]))),
    wallClock: latencyStats(outcomes.filter((o) => o.error === undefined).map((o) => o.wallMs)),
    via,
    byKind,
    bySystem,
    misses,
  };
}

// ---------------------------------------------------------------------------------------------
// Targets and formatting
// ---------------------------------------------------------------------------------------------

export interface TargetResult {
  name: string;
  target: string;
  actual: string;
  pass: boolean;
}

/** The quality bar: top-1 >= 95 %, top-3 = 100 %, p95 of data-search-ms < 50 ms. */
export function checkTargets(summary: Summary): TargetResult[] {
  const p95 = summary.latency.p95;
  return [
    { name: "top-1 accuracy", target: ">= 95 %", actual: percent(summary.top1), pass: summary.top1 >= 0.95 },
    { name: "top-3 accuracy", target: "= 100 %", actual: percent(summary.top3), pass: summary.top3 === 1 },
    {
      name: "latency p95 (data-search-ms)",
      target: "< 50 ms",
      actual: p95 === null ? "no samples" : `${formatMs(p95)} ms`,
      pass: p95 !== null && p95 < 50,
    },
  ];
}

export function formatTargets(results: readonly TargetResult[]): string {
  const width = Math.max(...results.map((r) => r.name.length));
  return results
    .map(
      (r) =>
        `  ${r.pass ? "✓ pass" : "✗ FAIL"}  ${r.name.padEnd(width)}  ${r.actual.padStart(10)}  (target ${r.target})`,
    )
    .join("\n");
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)} %`;
}

function formatMs(ms: number | null): string {
  if (ms === null) return "–";
  return ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0);
}

/** A query on one line, for tables: line breaks shown as ⏎, long text cut with …. */
export function oneLine(text: string, max = 70): string {
  const flat = text.replace(/\r?\n/g, "⏎").replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function table(header: string[], rows: string[][], alignRight: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (alignRight[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].map((l) => `  ${l}`).join("\n");
}

function groupRows(groups: Record<string, GroupStats | undefined>): string[][] {
  return Object.entries(groups).flatMap(([name, g]) =>
    g
      ? [
          [
            name,
            String(g.count),
            percent(g.top1),
            percent(g.top3),
            g.mrr.toFixed(3),
            g.medianMs === null ? "–" : formatMs(g.medianMs),
          ],
        ]
      : [],
  );
}

/** The summary as readable text: totals, latency, per-kind and per-system tables, misses. */
export function formatSummary(summary: Summary): string {
  const n = summary.total;
  const count = (fraction: number) => Math.round(fraction * n);
  const lat = summary.latency;
  const wall = summary.wallClock;
  const lines: string[] = [
    `Search quality: ${n} queries, ${summary.errors} without results to judge`,
    "",
    `  top-1 accuracy   ${percent(summary.top1).padStart(8)}  (${count(summary.top1)}/${n})`,
    `  top-3 accuracy   ${percent(summary.top3).padStart(8)}  (${count(summary.top3)}/${n})`,
    `  MRR (top ${TOP_N})      ${summary.mrr.toFixed(3).padStart(8)}`,
    "",
    `  latency, data-search-ms (${lat.samples} samples):  median ${formatMs(lat.median)} ms   p95 ${formatMs(lat.p95)} ms   max ${formatMs(lat.max)} ms`,
    `  every result in, data-search-ms:                median ${formatMs(summary.complete.median)} ms   p95 ${formatMs(summary.complete.p95)} ms   max ${formatMs(summary.complete.max)} ms`,
    `  wall-clock per query (${wall.samples} samples):    median ${formatMs(wall.median)} ms   p95 ${formatMs(wall.p95)} ms   max ${formatMs(wall.max)} ms`,
    `  ran in place via the form: ${summary.via.form}, via a page load: ${summary.via.navigation}` +
      (summary.via["form-reload"] > 0
        ? `, form submissions that reloaded the page: ${summary.via["form-reload"]}`
        : ""),
    "",
    "By kind",
    table(["kind", "n", "top-1", "top-3", "MRR", "median ms"], groupRows(summary.byKind), [
      false,
      true,
      true,
      true,
      true,
      true,
    ]),
    "",
    "By system (of the expected page)",
    table(["system", "n", "top-1", "top-3", "MRR", "median ms"], groupRows(summary.bySystem), [
      false,
      true,
      true,
      true,
      true,
      true,
    ]),
    "",
  ];
  if (summary.misses.length === 0) {
    lines.push("Misses: none, every expected page ranked first.");
  } else {
    lines.push(`Misses (${summary.misses.length}, expected page not first; worst first)`);
    for (const miss of summary.misses) {
      const rank =
        miss.error !== undefined ? "error" : miss.rank === null ? `not in top ${TOP_N}` : `rank ${miss.rank}`;
      lines.push(`  ✗ ${rank.padEnd(14)} [${miss.kind}] ${oneLine(miss.q)}`);
      lines.push(`      expected ${miss.expect === null ? "no match" : [miss.expect].flat().join(" + ")}`);
      if (miss.error !== undefined) lines.push(`      error    ${miss.error}`);
      else
        lines.push(
          `      got      ${miss.got.length === 0 ? "(no results)" : miss.got.map((p, i) => `${i + 1}. ${p}`).join("   ")}`,
        );
    }
  }
  return lines.join("\n");
}
