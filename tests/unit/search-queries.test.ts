/**
 * The search-quality query set (tests/search/queries.json) against the bundled catalog, read
 * straight from content/ (no build): every expected page exists, exact codes and copied
 * messages really belong to their page, and the set is as broad as the benchmark needs; skipped
 * on another catalog. Also the pure parts of tests/search/evaluate.ts, on any catalog.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import {
  QUERY_KINDS,
  checkTargets,
  expectedPaths,
  expectedSystem,
  formatSummary,
  hrefToPath,
  loadQueries,
  parseQueries,
  percentile,
  rankOf,
  summarize,
  type QueryOutcome,
  type SearchQuery,
} from "../search/evaluate";
import { CONTENT_DIR } from "../../src/data/content-dir";
import { describeBundled } from "./bundled-only";

const queries = loadQueries();

function errorFile(expect: string): string | undefined {
  const [, system, slug] = expect.split("/");
  return [".md", ".mdx"]
    .map((ext) => join(CONTENT_DIR, "errors", system!, `${slug}${ext}`))
    .find((file) => existsSync(file));
}

interface Frontmatter {
  code: string;
  title: string;
  message?: string;
  source?: { text?: string };
}

function frontmatter(file: string): Frontmatter {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, "utf8"));
  if (!match) throw new Error(`${file}: no YAML frontmatter`);
  return parse(match[1]!) as Frontmatter;
}

const flat = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

describeBundled("tests/search/queries.json", () => {
  it("is a valid query set", () => {
    expect(queries.length).toBeGreaterThanOrEqual(90);
  });

  it("expects only pages that exist in content/errors", () => {
    const missing = queries.flatMap(expectedPaths).filter((path) => errorFile(path) === undefined);
    expect(missing).toEqual([]);
  });

  it("expects no page for a no-match query, whose code no error has", () => {
    const codes = new Set(
      readdirSync(`${CONTENT_DIR}/errors`, { recursive: true, encoding: "utf8" })
        .filter((path) => /\.mdx?$/.test(path))
        .map((path) => frontmatter(join(CONTENT_DIR, "errors", path)).code.toLowerCase()),
    );
    for (const query of queries.filter((q) => q.kind === "no-match")) {
      expect(query.expect, query.q).toBeNull();
      expect(codes.has(query.q.trim().toLowerCase()), `${query.q} is a code of the catalog`).toBe(false);
    }
  });

  it("has at least 20 pasted responses and every kind of query", () => {
    expect(queries.filter((query) => query.kind === "paste").length).toBeGreaterThanOrEqual(20);
    expect(new Set(queries.map((query) => query.kind))).toEqual(new Set(QUERY_KINDS));
  });

  it("covers all 8 systems", () => {
    const systems = readdirSync(`${CONTENT_DIR}/systems`).map((file) => file.replace(/\.ya?ml$/, ""));
    expect(systems).toHaveLength(8);
    expect(new Set(queries.map((query) => expectedSystem(query.expect)))).toEqual(new Set([...systems, "none"]));
  });

  it("uses the page's exact code for every query of kind code", () => {
    for (const query of queries.filter((q) => q.kind === "code")) {
      expect(frontmatter(errorFile(expectedPaths(query)[0]!)!).code, query.q).toBe(query.q);
    }
  });

  it("copies every query of kind message from the page's title, message or source text", () => {
    for (const query of queries.filter((q) => q.kind === "message")) {
      const data = frontmatter(errorFile(expectedPaths(query)[0]!)!);
      const texts = [data.title, data.message ?? "", data.source?.text ?? ""].map(flat);
      expect(
        texts.some((text) => text.includes(flat(query.q))),
        `${query.q} is not in ${query.expect}`,
      ).toBe(true);
    }
  });
});

describe("rankOf", () => {
  it("ranks one expected page by its position", () => {
    expect(rankOf({ expect: "/a/1/" }, ["/a/2/", "/a/1/"], [], false)).toBe(2);
    expect(rankOf({ expect: "/a/1/" }, ["/a/2/"], [], false)).toBeNull();
  });

  it("ranks several expected pages by how far the last is from filling the first places", () => {
    expect(rankOf({ expect: ["/a/1/", "/a/2/"] }, ["/a/2/", "/a/1/", "/a/3/"], [], false)).toBe(1);
    expect(rankOf({ expect: ["/a/1/", "/a/2/"] }, ["/a/1/", "/a/3/", "/a/2/"], [], false)).toBe(2);
    expect(rankOf({ expect: ["/a/1/", "/a/2/"] }, ["/a/1/"], [], false)).toBeNull();
  });

  it("counts a no-match query as answered only when the page says so and is not confident", () => {
    expect(rankOf({ expect: null }, ["/a/1/"], [], true)).toBe(1);
    expect(rankOf({ expect: null }, ["/a/1/"], ["/a/1/"], true)).toBeNull();
    expect(rankOf({ expect: null }, [], [], false)).toBeNull();
  });
});

describe("parseQueries", () => {
  const valid: SearchQuery = { q: "31", expect: "/hazizz/31/", kind: "code" };

  it("accepts valid entries and keeps notes", () => {
    expect(parseQueries([valid, { ...valid, q: "code 31", kind: "code-variant", note: "n" }])).toEqual([
      valid,
      { q: "code 31", expect: "/hazizz/31/", kind: "code-variant", note: "n" },
    ]);
  });

  it("lists every problem at once", () => {
    const bad = [
      valid,
      { ...valid },
      { q: "", expect: "hazizz/31", kind: "code" },
      { q: "x", expect: "/hazizz/31/", kind: "exact" },
      { q: "y", expect: "/hazizz/31/", kind: "code", expected: "/hazizz/31/" },
      "z",
    ];
    let message = "";
    try {
      parseQueries(bad, "q.json");
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^q\.json has 6 problem\(s\)/);
    expect(message).toContain("entry 1");
    expect(message).toContain("same q and expect as entry 0");
    expect(message).toContain('"q" must be a non-empty string');
    expect(message).toContain('"expect" must be a page path');
    expect(message).toContain('"kind" must be one of');
    expect(message).toContain('unknown field "expected"');
    expect(message).toContain("entry 5: expected an object");
  });

  it("rejects a file that is not an array", () => {
    expect(() => parseQueries({ queries: [] })).toThrow(/expected a JSON array/);
  });
});

describe("evaluation helpers", () => {
  it("turns result hrefs into page paths", () => {
    const base = "http://localhost:4398";
    expect(hrefToPath("/accounts/user-not-found/", base)).toBe("/accounts/user-not-found/");
    expect(hrefToPath("/accounts/user-not-found", base)).toBe("/accounts/user-not-found/");
    expect(hrefToPath("https://errors.example.com/hazizz/31/#fields", base)).toBe("/hazizz/31/");
    expect(hrefToPath("../data-manager/2202/?q=x", `${base}/search/`)).toBe("/data-manager/2202/");
    expect(hrefToPath("/hazizz/31.json", base)).toBe("/hazizz/31.json");
  });

  it("uses nearest-rank percentiles", () => {
    expect(percentile([], 0.95)).toBeNull();
    expect(percentile([5], 0.95)).toBe(5);
    expect(
      percentile(
        [...Array(20).keys()].map((i) => i + 1),
        0.95,
      ),
    ).toBe(19);
    expect(
      percentile(
        [...Array(100).keys()].map((i) => i + 1),
        0.95,
      ),
    ).toBe(95);
  });

  it("summarizes accuracy, MRR, latency and misses", () => {
    const outcome = (q: string, kind: SearchQuery["kind"], rank: number | null, ms: number | null): QueryOutcome => ({
      query: { q, expect: "/hazizz/31/", kind },
      rank,
      noMatch: false,
      confident: [],
      hrefs: rank === null ? ["/hazizz/30/"] : [...Array(rank - 1).fill("/hazizz/30/"), "/hazizz/31/"],
      ms,
      allMs: ms,
      wallMs: 10,
      via: "form",
    });
    const summary = summarize([
      outcome("a", "code", 1, 2),
      outcome("b", "code", 2, 4),
      outcome("c", "typo", null, 6),
      outcome("d", "paste", 1, null),
    ]);
    expect(summary.total).toBe(4);
    expect(summary.top1).toBe(0.5);
    expect(summary.top3).toBe(0.75);
    expect(summary.mrr).toBeCloseTo((1 + 0.5 + 0 + 1) / 4);
    expect(summary.latency).toEqual({ median: 4, p95: 6, max: 6, samples: 3 });
    expect(summary.byKind.code).toMatchObject({ count: 2, top1: 0.5, top3: 1, mrr: 0.75, medianMs: 3 });
    expect(Object.keys(summary.byKind)).toEqual(["code", "typo", "paste"]);
    expect(summary.misses.map((miss) => [miss.q, miss.rank])).toEqual([
      ["c", null],
      ["b", 2],
    ]);
    expect(checkTargets(summary).map((target) => target.pass)).toEqual([false, false, true]);
    expect(formatSummary(summary)).toContain("not in top 10");
  });
});
