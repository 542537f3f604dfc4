/**
 * A fake of what the search engine reads from a built site (src/scripts/search/search-engine.ts
 * `SearchFiles`), made from a catalog: the code and message indexes as the build writes them,
 * and a stand-in for Pagefind that matches as Pagefind does, including its habit of matching
 * a short page word that begins a query word ("x" for "xyzzyplugh") when nothing else does.
 */
import type { Catalog } from "../../../src/lib/catalog-model";
import { buildCodeIndex } from "../../../src/lib/search/code-index";
import { buildMessageIndex } from "../../../src/lib/search/message-index";
import { searchFacets } from "../../../src/lib/search/search-facets";
import { toSystemFormat } from "../../../src/lib/search/system-format";
import { searchVocabulary } from "../../../src/lib/search/spelling";
import type { Pagefind, PagefindResult, SearchFiles } from "../../../src/scripts/search/search-engine";

interface FakePage {
  id: string;
  url: string;
  words: string[];
  text: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export function fakeSearchFiles(
  catalog: Catalog,
  summaries: Record<string, string> = {},
): SearchFiles & {
  fetched: string[];
} {
  const files = new Map<string, unknown>();
  for (const [shard, rows] of buildCodeIndex(catalog)) {
    files.set(
      `/search/codes/${shard}.json`,
      rows.map((row) => ({ ...row, id: `en_${row.path}` })),
    );
  }
  for (const [shard, rows] of buildMessageIndex(catalog)) files.set(`/search/messages/${shard}.json`, rows);
  files.set("/search/systems.json", catalog.systems.map(toSystemFormat));
  files.set("/search/words.json", searchVocabulary(catalog));

  const pages: FakePage[] = catalog.errors.map((error) => {
    const system = catalog.system(error.system)!;
    const summary = summaries[error.path] ?? "";
    const text = [error.code, error.title, error.message ?? "", summary].join(". ");
    const facets = searchFacets(error, system);
    return {
      id: `en_${error.path}`,
      url: error.path,
      words: text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [],
      text,
      meta: {
        code: error.code,
        system: error.system,
        title: error.title,
        ...(error.status === null ? {} : { status: String(error.status) }),
        ...(error.message ? { message: error.message } : {}),
        ...(summary ? { summary } : {}),
      },
      filters: Object.fromEntries(Object.entries(facets).map(([group, value]) => [group, [value]])),
    };
  });

  const matching = (page: FakePage, word: string): string[] => {
    const begun = page.words.filter((candidate) => candidate.startsWith(word));
    return begun.length > 0 ? begun : page.words.filter((candidate) => word.startsWith(candidate));
  };
  const pagefind: Pagefind = {
    init: async () => undefined,
    preload: async () => undefined,
    filters: async () => ({}),
    search: async (term, options) => {
      const words = term?.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      const chosen = Object.entries((options?.filters ?? {}) as Record<string, { any: string[] }>);
      const found = pages.filter(
        (page) =>
          words.every((word) => matching(page, word).length > 0) &&
          chosen.every(([group, { any }]) => any.some((value) => page.filters[group]?.includes(value))),
      );
      const results: PagefindResult[] = found.map((page) => ({
        id: page.id,
        data: async () => {
          const marked = new Set(words.flatMap((word) => matching(page, word)));
          const excerpt = page.text.replace(/[\p{L}\p{N}]+/gu, (word) =>
            marked.has(word.toLowerCase()) ? `<mark>${word}</mark>` : word,
          );
          return { url: page.url, excerpt, meta: page.meta, filters: page.filters };
        },
      }));
      return { results, filters: {} };
    },
  };

  const fetched: string[] = [];
  return {
    fetched,
    async json<T>(path: string): Promise<T> {
      fetched.push(path);
      if (!files.has(path)) throw new Error(`${path}: HTTP 404`);
      return structuredClone(files.get(path)) as T;
    },
    pagefind: async () => pagefind,
  };
}
