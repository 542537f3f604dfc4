/**
 * The search page: reads the query (from `?q=`, or a long paste handed over from another
 * page), runs it, and renders results, filters and what was recognised in a paste. Everything
 * pasted is shown as text, never as markup.
 *
 * Contract for tests and tools: results are `a[data-search-result]`, best first; when a query is
 * done, `[data-search-results]` has data-search-state="ready", data-search-query (the query)
 * and data-search-ms (how long it took until results showed). A query with an exact answer (a
 * code or message the indexes find directly) shows that answer first; the full-text results
 * follow in `[data-search-related-results]` (links `a[data-search-related-result]`). That list
 * gets the same three attributes once every result of the query is in, with or without an
 * answer, so its data-search-ms is the whole search's time.
 */
import type { PasteShape } from "../../lib/search/pasted-error";
import { highlightWords } from "../../lib/search/highlight";
import type { SynonymGroups } from "../../lib/search/synonyms";
import { FACET_GROUPS, type FacetGroup } from "../../lib/search/search-facets";
import { BASE_PATH, href } from "../../data/base-path";
import { MAX_URL_QUERY, PASTE_STORAGE_KEY } from "./paste-handoff";
import { SearchEngine, type Filters, type SearchAnswer, type SearchOutcome, type SearchResult } from "./search-engine";

const GROUP_LABELS: Record<FacetGroup, string> = { system: "System", status: "HTTP status", category: "Category" };
const SHAPE_NAMES: Record<PasteShape, string> = {
  "http response": "an HTTP response",
  "problem+json": "a problem+json body",
  "error object": "an error object",
  detail: "a detail body",
  mqtt: "an MQTT error message",
  json: "JSON",
  code: "a code",
  log: "a log line",
  text: "text",
  empty: "nothing",
};

/** Typing pauses this long before the query's index chunks are fetched: whole words, not every letter. */
const PREPARE_DELAY_MS = 150;

const app = document.querySelector<HTMLElement>("[data-search-app]")!;
const form = document.querySelector<HTMLFormElement>("[data-search-form]")!;
const field = form.querySelector<HTMLTextAreaElement>("[data-search-field]")!;
const list = app.querySelector<HTMLOListElement>("[data-search-results]")!;
const summary = app.querySelector<HTMLElement>("[data-search-summary]")!;
const interpretation = app.querySelector<HTMLElement>("[data-search-interpretation]")!;
const filterPanel = app.querySelector<HTMLDetailsElement>("[data-search-filters]")!;
const filterGroups = filterPanel.querySelector<HTMLElement>("[data-search-filter-groups]")!;
const moreButton = app.querySelector<HTMLButtonElement>("[data-search-more]")!;
const related = app.querySelector<HTMLElement>("[data-search-related]")!;
const relatedSummary = related.querySelector<HTMLElement>("[data-search-related-summary]")!;
const relatedList = related.querySelector<HTMLOListElement>("[data-search-related-results]")!;
const relatedHeading = related.querySelector<HTMLElement>("h2")!;
const noMatch = app.querySelector<HTMLElement>("[data-search-no-match]")!;
/** The page's own title; a search puts its query in front. */
const pageTitle = document.title;

const engine = new SearchEngine({
  site: new URL(BASE_PATH, location.origin).href,
  frequentWords: new Set(app.dataset.frequentWords?.split(" ").filter(Boolean)),
  errorCount: Number(app.dataset.errorCount) || 1,
  synonyms: readSynonyms(app.dataset.synonyms),
});
let filters: Filters = {};
let latest = 0;
/** Stops the previous search's full text from reading results no one will see. */
let superseded = new AbortController();
/** Counts the result lists rendered, so a late "Show more" cannot add to a newer search's list. */
let renders = 0;

app.hidden = false;
document.querySelector<HTMLElement>("[data-search-no-script]")!.hidden = true;
engine.warmUp();
start();

function start(): void {
  const params = new URLSearchParams(location.search);
  for (const group of FACET_GROUPS) {
    const values = params.getAll(group);
    if (values.length > 0) filters[group] = values;
  }
  let query = params.get("q") ?? "";
  if (location.hash === "#paste") {
    query = sessionStorage.getItem(PASTE_STORAGE_KEY) ?? query;
    sessionStorage.removeItem(PASTE_STORAGE_KEY);
  }
  field.value = query;
  void run(query, "replace");
}

// The filter index is fetched only for readers who open the filters (see SearchEngine.countFilters).
filterPanel.addEventListener("toggle", () => {
  if (!filterPanel.open || filterGroups.dataset.counted === "true") return;
  filterGroups.replaceChildren(element("p", "text-sm", "Counting results…"));
  void engine.countFilters().then(
    () => run(field.value, "replace"),
    (error: unknown) => renderFailure(error),
  );
});

form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(preparing);
  void run(field.value, "push");
});

// What a query needs is fetched before Enter: a paste is a whole query, so at once, exact
// message included; typing once it pauses, without the message index (a half-typed message
// hashes to a shard of its own).
let preparing: ReturnType<typeof setTimeout> | undefined;
field.addEventListener("input", (event) => {
  clearTimeout(preparing);
  if (event instanceof InputEvent && event.inputType === "insertFromPaste") {
    prepare(field.value, true);
  } else {
    preparing = setTimeout(() => prepare(field.value, false), PREPARE_DELAY_MS);
  }
});

/**
 * Fetches what `text` needs; once it is in, and the field still holds it, the form's
 * data-search-prepared says so (for tests, which wait on it rather than on time).
 */
function prepare(text: string, exactMessage: boolean): void {
  void engine.prepare(text, { exactMessage }).then(() => {
    if (field.value === text) form.dataset.searchPrepared = text;
  });
}

field.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});

addEventListener("popstate", () => {
  filters = {};
  start();
});

async function run(query: string, history: "push" | "replace"): Promise<void> {
  const run = ++latest;
  const asked = truncate(query.replace(/\s+/g, " ").trim(), 50);
  document.title = asked ? `${asked} – ${pageTitle}` : pageTitle;
  superseded.abort();
  superseded = new AbortController();
  list.dataset.searchState = "loading";
  relatedList.dataset.searchState = "loading";
  const started = performance.now();
  // The exact answer first, the full text once it is in: started together, Pagefind's work (its
  // chunks fetched and unpacked by a worker on the same two cores) delayed the answer by ~15 ms
  // at p95 at 10,000 errors. Without an answer, the full-text search reports what failed.
  const answer = await engine.answer(query, filters).catch(() => null);
  if (run !== latest) return;
  const searching = engine.search(query, filters, superseded.signal);
  if (answer) {
    renderAnswer(query, answer);
    updateUrl(query, history);
    markDone(list, query, started);
  }
  let outcome: SearchOutcome;
  try {
    outcome = await searching;
  } catch (error) {
    if (run !== latest) return;
    if (answer) {
      relatedSummary.textContent = "More results could not be loaded: the full-text index is unavailable.";
      related.hidden = false;
    } else {
      renderFailure(error);
      list.dataset.searchState = "error";
    }
    relatedList.dataset.searchState = "error";
    return;
  }
  if (run !== latest) return;
  if (answer) {
    renderRelated(answer, outcome);
    markDone(relatedList, query, started);
  } else {
    render(query, outcome);
    updateUrl(query, history);
    markDone(list, query, started);
    markDone(relatedList, query, started);
  }
}

function markDone(target: HTMLElement, query: string, started: number): void {
  target.dataset.searchQuery = query;
  target.dataset.searchMs = (performance.now() - started).toFixed(1);
  target.dataset.searchState = "ready";
}

function updateUrl(query: string, history: "push" | "replace"): void {
  const params = new URLSearchParams();
  if (query !== "" && query.length <= MAX_URL_QUERY) params.set("q", query);
  for (const group of FACET_GROUPS) for (const value of filters[group] ?? []) params.append(group, value);
  const search = params.toString();
  const url = `${location.pathname}${search ? `?${search}` : ""}`;
  if (url === `${location.pathname}${location.search}${location.hash}`) return;
  if (history === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}

function render(query: string, outcome: SearchOutcome): void {
  shownWords = (outcome.corrected ?? outcome.plan.text).split(/[^\p{L}\p{N}]+/u);
  renderInterpretation(query, outcome);
  renderFilters(outcome);
  related.hidden = true;
  relatedList.replaceChildren();
  list.replaceChildren(...outcome.results.map((result) => renderResult(result, "data-search-result")));
  renderNoMatch(outcome);
  if (outcome.noMatch) {
    summary.textContent = "";
    moreButton.hidden = true;
    ++renders;
    return;
  }
  showMore(outcome, list, "data-search-result", new Set(), (shown) => {
    summary.textContent = summaryText(query, outcome, shown);
  });
}

/**
 * The plain answer that no error matches, with close matches below it under "Did you mean";
 * hidden when the query has results.
 */
function renderNoMatch({ noMatch: none, related: close }: SearchOutcome): void {
  noMatch.hidden = none === null;
  relatedHeading.textContent = "More results";
  if (!none) return;
  const asked = truncate(none.asked.replace(/\s+/g, " "), 80);
  noMatch.querySelector("[data-search-no-match-text]")!.textContent =
    none.kind === "code" ? `No error has the code ${asked}.` : `No error matches “${asked}”.`;
  noMatch.querySelector("[data-search-no-match-hint]")!.textContent =
    none.kind === "code"
      ? "Check the code as the API sent it (any spelling works: user:not_found, USER_NOT_FOUND), or search for its message."
      : "Try the error's code, or its message as the API sent it.";
  relatedHeading.textContent = "Did you mean";
  relatedList.replaceChildren(...close.map((result) => renderResult(result, "data-search-related-result")));
  relatedSummary.textContent = close.length > 0 ? "Errors that share some of what you searched for:" : "";
  related.hidden = close.length === 0;
}

/** An exact answer, shown before the full text is in; its filter counts come with the full text. */
function renderAnswer(query: string, answer: SearchAnswer): void {
  renderInterpretation(query, { plan: answer.plan });
  noMatch.hidden = true;
  relatedHeading.textContent = "More results";
  if (filterGroups.dataset.counted === "true")
    filterGroups.replaceChildren(element("p", "text-sm", "Counting results…"));
  related.hidden = true;
  relatedList.replaceChildren();
  moreButton.hidden = true;
  ++renders;
  const count = answer.results.length;
  const what = answer.by.code && answer.by.message ? "code or message" : answer.by.code ? "code" : "message";
  summary.textContent = `${count} ${count === 1 ? "error has" : "errors have"} exactly this ${what}.`;
  list.replaceChildren(...answer.results.map((result) => renderResult(result, "data-search-result")));
}

/** The full-text results after an exact answer, without the pages the answer lists. */
function renderRelated(answer: SearchAnswer, outcome: SearchOutcome): void {
  shownWords = outcome.plan.text.split(/[^\p{L}\p{N}]+/u);
  renderFilters(outcome);
  const answered = new Set(answer.results.map((result) => result.path));
  const others = outcome.results.filter((result) => !answered.has(result.path));
  // The answer's pages are among the matches: either in the full text or added from the indexes.
  const total = () => Math.max(others.length, outcome.total - answered.size);
  relatedList.replaceChildren(...others.map((result) => renderResult(result, "data-search-related-result")));
  related.hidden = total() === 0;
  showMore(
    outcome,
    relatedList,
    "data-search-related-result",
    answered,
    (shown) => {
      const count = Math.max(shown, total());
      relatedSummary.textContent = `${count} more ${count === 1 ? "result" : "results"}${shown < count ? `, showing the first ${shown}` : ""}.`;
    },
    others.length,
    total,
  );
}

/**
 * Wires "Show more results" to append the outcome's next results to `target`, leaving out
 * `skip`, and reports how many are shown through `report`.
 */
function showMore(
  outcome: SearchOutcome,
  target: HTMLOListElement,
  attribute: ResultAttribute,
  skip: ReadonlySet<string>,
  report: (shown: number) => void,
  initial = outcome.results.length,
  // A function: the count can shrink once reading on finds that the rest fall below the floor.
  total = () => outcome.total,
): void {
  let shown = initial;
  moreButton.hidden = shown >= total();
  const rendering = ++renders;
  moreButton.onclick = async () => {
    moreButton.disabled = true;
    try {
      const next = (await outcome.more()).filter((result) => !skip.has(result.path));
      // A newer search has replaced the list meanwhile.
      if (rendering !== renders) return;
      target.append(...next.map((result) => renderResult(result, attribute)));
      shown += next.length;
      moreButton.hidden = next.length === 0 || shown >= total();
      report(shown);
    } finally {
      moreButton.disabled = false;
    }
  };
  report(shown);
}

function summaryText(query: string, outcome: SearchOutcome, shown: number): string {
  const chosen = FACET_GROUPS.some((group) => (filters[group]?.length ?? 0) > 0);
  if (query.trim() === "" && !chosen) return "Type a code or a message, or paste an error response.";
  if (outcome.total === 0) {
    return chosen
      ? "No errors match this search with these filters. Clear a filter, or browse all errors below."
      : "No errors match this search. Try fewer words, or browse all errors below.";
  }
  const count = `${outcome.total} ${outcome.total === 1 ? "result" : "results"}`;
  return shown < outcome.total ? `${count}, showing the first ${shown}.` : `${count}.`;
}

type ResultAttribute = "data-search-result" | "data-search-related-result";

/** The words of the query the results are shown for, to mark in their explanations. */
let shownWords: string[] = [];

function renderResult(result: SearchResult, attribute: ResultAttribute): HTMLLIElement {
  const item = element("li", "rounded-lg border border-slate-200 p-3 dark:border-slate-800");
  const link = element("a", "flex flex-wrap items-baseline gap-x-3 gap-y-1 text-base");
  link.href = href(result.path);
  link.setAttribute(attribute, "");
  link.append(
    element("span", "font-mono font-semibold wrap-break-word", result.code),
    element("span", "", result.title),
  );
  const meta = element("p", "mt-1 flex flex-wrap gap-x-3 text-sm text-slate-700 dark:text-slate-300");
  meta.append(element("span", "", result.facets.system ?? result.system));
  meta.append(element("span", "font-mono", result.facets.status ?? "no HTTP status"));
  if (result.facets.category) meta.append(element("span", "", result.facets.category));
  item.append(link, meta);
  // What the error means, with the words asked for marked; Pagefind's excerpt only where the
  // page has no explanation (its excerpt centres on the code and facts a result shows anyway).
  if (result.summary) item.append(renderSummary(result.summary));
  else if (result.excerpt) item.append(renderExcerpt(result.excerpt));
  return item;
}

function renderSummary(summary: string): HTMLElement {
  const paragraph = element("p", "mt-1 text-sm text-slate-800 dark:text-slate-200");
  for (const run of highlightWords(summary, shownWords)) {
    paragraph.append(
      run.marked
        ? element("mark", "bg-yellow-200 text-slate-950 dark:bg-yellow-700 dark:text-white", run.text)
        : document.createTextNode(run.text),
    );
  }
  return paragraph;
}

/** Pagefind marks matches with <mark> in an otherwise escaped excerpt; rebuild it as text nodes. */
function renderExcerpt(excerpt: string): HTMLElement {
  const paragraph = element("p", "mt-1 text-sm text-slate-800 dark:text-slate-200");
  const text = excerpt.replace(/<(?!\/?mark>)[^>]*>/g, "");
  text.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((part) => {
    const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    if (marked)
      paragraph.append(
        element("mark", "bg-yellow-200 text-slate-950 dark:bg-yellow-700 dark:text-white", decode(marked[1]!)),
      );
    else if (part) paragraph.append(document.createTextNode(decode(part)));
  });
  return paragraph;
}

/**
 * Pagefind's excerpt text, HTML-escaped, as plain text. Parsed inside <body>: before it, the
 * HTML parser drops whitespace, and the spaces between two marked words went with it.
 */
function decode(escaped: string): string {
  return new DOMParser().parseFromString(`<!doctype html><body>${escaped}`, "text/html").body.textContent ?? "";
}

function renderInterpretation(query: string, { plan, corrected }: Pick<SearchOutcome, "plan" | "corrected">): void {
  const { paste } = plan;
  const lines: string[] = [];
  const pasted = !["text", "code", "empty"].includes(paste.shape);
  if (pasted) {
    const parts = [`Read as ${SHAPE_NAMES[paste.shape]}`];
    if (paste.status !== null) parts.push(`HTTP status ${paste.status}`);
    if (paste.codes.length > 0) parts.push(`code ${paste.codes.slice(0, 3).join(", ")}`);
    if (paste.messages.length > 0) parts.push(`message “${truncate(paste.messages[0]!, 120)}”`);
    lines.push(`${parts.join("; ")}.`);
  }
  if (corrected) lines.push(`No page matched “${truncate(query, 80)}” well; showing results for “${corrected}”.`);
  lines.push(...paste.warnings);
  interpretation.replaceChildren(...lines.map((line) => element("p", "", line)));
}

function renderFilters({ facets, total }: SearchOutcome): void {
  const chosen = FACET_GROUPS.some((group) => (filters[group]?.length ?? 0) > 0);
  filterGroups.dataset.counted = String(facets !== null);
  if (facets === null) {
    // Not counted yet: opening the panel loads the counts and runs the search again.
    filterGroups.replaceChildren();
    filterPanel.hidden = total === 0 && !chosen;
    return;
  }
  const groups = FACET_GROUPS.map((group) => {
    // Values no result has are noise, unless the reader chose them (so they can be unchosen).
    const values = new Set([
      ...Object.entries(facets[group]).flatMap(([value, count]) => (count > 0 ? [value] : [])),
      ...(filters[group] ?? []),
    ]);
    if (values.size === 0) return undefined;
    const fieldset = element("fieldset", "");
    fieldset.append(element("legend", "font-medium", GROUP_LABELS[group]));
    const options = element("div", "mt-1 space-y-1 text-sm");
    for (const value of [...values].sort((a, b) => a.localeCompare(b, "en", { numeric: true }))) {
      const label = element("label", "flex items-center gap-2");
      const box = element("input", "h-4 w-4");
      box.type = "checkbox";
      box.name = group;
      box.value = value;
      box.checked = filters[group]?.includes(value) ?? false;
      box.addEventListener("change", () => {
        const chosen = new Set(filters[group] ?? []);
        if (box.checked) chosen.add(value);
        else chosen.delete(value);
        filters = { ...filters, [group]: [...chosen] };
        void run(field.value, "replace");
      });
      label.append(box, element("span", "", `${value} (${facets[group][value] ?? 0})`));
      options.append(label);
    }
    fieldset.append(options);
    return fieldset;
  }).filter((fieldset) => fieldset !== undefined);
  // Keep focus on the checkbox the reader just used when the groups are rebuilt.
  const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement : undefined;
  const focusKey = focused && filterGroups.contains(focused) ? `${focused.name}\u0000${focused.value}` : undefined;
  filterGroups.replaceChildren(...groups);
  if (focusKey) {
    const [name, value] = focusKey.split("\u0000");
    [...filterGroups.querySelectorAll<HTMLInputElement>("input")]
      .find((box) => box.name === name && box.value === value)
      ?.focus();
  }
  filterPanel.hidden = groups.length === 0;
}

function renderFailure(error: unknown): void {
  related.hidden = true;
  noMatch.hidden = true;
  summary.textContent =
    "Search is unavailable: its index could not be loaded. Browse all errors below. " +
    (error instanceof Error ? `(${error.message})` : "");
  list.replaceChildren();
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** The site's synonym groups (errordex()'s `search` option), as the page carries them. */
function readSynonyms(json: string | undefined): SynonymGroups | undefined {
  if (!json) return undefined;
  try {
    return JSON.parse(json) as SynonymGroups;
  } catch {
    // The build writes this attribute; a page that lacks it searches with errordex's own groups.
    return undefined;
  }
}
