import { describe, expect, it } from "vitest";
import type { CodeIndexRow } from "../../../src/lib/search/code-key";
import { planSearch } from "../../../src/lib/search/search-plan";
import {
  knownPages,
  mergeByWord,
  queryWords,
  readHasMessage,
  rowHit,
  withHits,
  type FacetedHit,
} from "../../../src/lib/search/text-hits";

const ORIGIN = "https://errors.example.com";

function hit(path: string, rank: number, message: string | null = null): FacetedHit {
  return { path, rank, system: "shop", code: path, title: path, message, status: 404, facets: {} };
}

const row: CodeIndexRow = {
  k: "1101",
  m: "code",
  system: "shop",
  code: "1101",
  path: "/shop/1101/",
  title: "Order not found",
  status: 404,
  facets: { system: "Shop API" },
  id: "en_1",
};

describe("the candidates stage", () => {
  it("weighs a paraphrase's rare words above its common ones", () => {
    const rare = [{ id: "deadline" }];
    const common = [{ id: "save-1" }, { id: "save-2" }, { id: "save-3" }, { id: "deadline" }];
    expect(mergeByWord([[common], [rare]], 100).map((result) => result.id)).toEqual([
      "deadline",
      "save-1",
      "save-2",
      "save-3",
    ]);
    // One rare word outweighs one common word.
    expect(mergeByWord([[common], [[{ id: "only-rare" }]]], 100)[0]?.id).toBe("only-rare");
  });

  it("counts a word once per page, whichever of its forms found the page", () => {
    // "deadline" searched as itself and as "due date": a page with both counts the word once.
    const deadline = [[{ id: "both" }], [{ id: "both" }, { id: "due-date-only" }]];
    const merged = mergeByWord([deadline, [[{ id: "due-date-only" }]]], 100);
    expect(merged.map((result) => result.id)).toEqual(["due-date-only", "both"]);
  });

  it("ranks the reader's own word above an equally rare synonym", () => {
    const word = [[{ id: "own-word" }], [{ id: "synonym" }]];
    expect(mergeByWord([word], 100).map((result) => result.id)).toEqual(["own-word", "synonym"]);
  });

  it("adds the message index's pages after the hits read, once, ranked as next", () => {
    const read = [hit("/a/", 0), hit("/b/", 1)];
    expect(withHits(read, [hit("/b/", 0), hit("/c/", 0), hit("/c/", 0)])).toEqual([...read, hit("/c/", 2)]);
  });

  it("knows when a hit read already has the query's message", () => {
    const plan = planSearch("Order not found", ORIGIN);
    expect(readHasMessage(plan, [hit("/a/", 0, "Order not found")])).toBe(true);
    expect(readHasMessage(plan, [hit("/a/", 0, "Order paid")])).toBe(false);
  });

  it("shows a bare code's pages from their rows, by Pagefind id, and only for a bare code", () => {
    expect([...knownPages(planSearch("1101", ORIGIN), [row]).keys()]).toEqual(["en_1"]);
    expect(knownPages(planSearch("order 1101 missing", ORIGIN), [row]).size).toBe(0);
    expect(rowHit(row)).toEqual({
      path: "/shop/1101/",
      system: "shop",
      code: "1101",
      title: "Order not found",
      message: null,
      status: 404,
      facets: { system: "Shop API" },
    });
  });

  it("splits a term into the words Pagefind counts", () => {
    expect(queryWords("Order 'X' not-found, É")).toEqual(["order", "x", "not", "found", "é"]);
  });
});
