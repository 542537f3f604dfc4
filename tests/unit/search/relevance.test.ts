import { describe, expect, it } from "vitest";
import type { CodeIndexRow } from "../../../src/lib/search/code-key";
import { isCodeQuery, judgeRelevance, wordsMatch, wordsNeeded } from "../../../src/lib/search/relevance";
import type { RankedResult } from "../../../src/lib/search/search-ranking";
import { planSearch } from "../../../src/lib/search/search-plan";

const ORIGIN = "https://errors.example.com";

function hit(path: string, excerpt: string, reasons = ["text #1"]): RankedResult {
  return { path, system: "shop", code: path, title: path, status: 400, excerpt, score: 1, reasons };
}

const row = { k: "x", m: "code", system: "shop", code: "X", path: "/shop/x/", title: "X", status: 400, facets: {} };

function judge(query: string, results: RankedResult[], options: { rows?: CodeIndexRow[]; allWords?: boolean } = {}) {
  const plan = planSearch(query, ORIGIN);
  const words = plan.fullText.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return judgeRelevance(results, { plan, rows: options.rows ?? [], words, allWords: options.allWords ?? true });
}

describe("judgeRelevance", () => {
  it("says no error has a code the words name, whatever else the pages share", () => {
    const page = hit("/school/20/", "The <mark>error</mark> <mark>code</mark> of <mark>Hazizz</mark>.");
    const judged = judge("Hazizz error code 155", [page], { allWords: false });
    expect(judged.noMatch).toEqual({ kind: "code", asked: "155" });
    expect(judged.confident).toEqual([]);
  });

  it("does not take a count, a ticket number or a detail of a longer text for a code", () => {
    const page = hit("/school/20/", "The <mark>sign</mark> in <mark>fails</mark> <mark>times</mark> <mark>day</mark>.");
    for (const query of [
      "sign in fails, error 3 times a day",
      "Ticket #48213: sign in fails",
      "sign in fails with error code 500 three times a day",
    ]) {
      const judged = judge(query, [page], { allWords: false });
      expect(judged.noMatch, query).toBeNull();
      expect(judged.confident, query).toEqual([page]);
    }
  });

  it("counts a synonym on a page as the query's word", () => {
    const plan = planSearch("deadline refused homework", ORIGIN);
    const page = hit("/school/72/", "The <mark>due</mark> <mark>date</mark> was <mark>refused</mark>.");
    const input = { plan, rows: [], words: ["deadline", "refused", "homework"], allWords: false };
    expect(judgeRelevance([page], input).confident).toEqual([]);
    const synonyms = [{ word: "deadline", terms: ["due date"] }];
    expect(judgeRelevance([page], { ...input, synonyms }).confident).toEqual([page]);
  });

  it("says no error has a code the code index does not know, and offers what shares its words", () => {
    const judged = judge("user:nonexistent_reason", [hit("/shop/user/", "The <mark>user</mark> is gone.")]);
    expect(judged.noMatch).toEqual({ kind: "code", asked: "user:nonexistent_reason" });
    expect(judged.confident).toEqual([]);
    expect(judged.related.map((result) => result.path)).toEqual(["/shop/user/"]);
  });

  it("trusts the code index: a known code is confident whatever the words", () => {
    const found = hit("/shop/x/", "", ["code code x"]);
    const judged = judge("E_X_1", [found], { rows: [row as CodeIndexRow] });
    expect(judged.noMatch).toBeNull();
    expect(judged.confident).toEqual([found]);
    expect(judged.missing).toBe(0);
  });

  it("does not count a placeholder letter, a common word or a page word that only begins the query word", () => {
    const placeholder = hit("/shop/quota/", "Used <mark>X</mark> MB of Y MB.");
    expect(judge("xyzzyplugh", [placeholder]).noMatch).toEqual({ kind: "words", asked: "xyzzyplugh" });
    expect(judge("X", [placeholder]).noMatch).toEqual({ kind: "words", asked: "X" });
    expect(judge("the", [hit("/shop/a/", "<mark>The</mark> account")]).noMatch).toEqual({
      kind: "words",
      asked: "the",
    });
    const judged = judge("acount lockd", [hit("/shop/13/", "<mark>A</mark> account is <mark>locked</mark>.")]);
    expect(judged.confident).toEqual([]);
    expect(judged.noMatch?.kind).toBe("words");
  });

  it("accepts the pages of a search that required every word, marked in the excerpt or not", () => {
    const marked = hit("/shop/1/", "No <mark>refresh</mark> <mark>token</mark> in the cookie.");
    const elsewhere = hit("/shop/2/", "The <mark>refresh</mark> failed.");
    const judged = judge("refresh token", [marked, elsewhere]);
    expect(judged.confident).toEqual([marked, elsewhere]);
    expect(judged.missing).toBe(0);
  });

  it("asks a paraphrase's pages to share two words and a third of them", () => {
    const two = hit("/shop/1/", "Your <mark>subscription</mark> does not include this <mark>feature</mark>.");
    const one = hit("/shop/2/", "The <mark>feature</mark> is off.");
    const judged = judge("feature fails without subscription plan", [two, one], {
      allWords: false,
    });
    expect(judged.confident).toEqual([two]);
    expect(judged.missing).toBe(3);
  });
});

describe("isCodeQuery", () => {
  it("tells a code from a word", () => {
    for (const code of ["E_NOPE_123", "9999", "user:x", "NoSuchBucket", "FORBIDDEN", "ORA-00942"]) {
      expect(isCodeQuery(planSearch(code, ORIGIN)), code).toBe(true);
    }
    for (const word of ["quota", "xyzzyplugh", "locked out", "X"]) {
      expect(isCodeQuery(planSearch(word, ORIGIN)), word).toBe(false);
    }
  });
});

describe("wordsMatch", () => {
  it("matches the word, its prefix, its stem and a slip, not a short word that begins it", () => {
    expect(wordsMatch("locked", "locked")).toBe(true);
    expect(wordsMatch("verif", "verification")).toBe(true);
    expect(wordsMatch("locking", "locked")).toBe(true);
    expect(wordsMatch("lockd", "locked")).toBe(true);
    expect(wordsMatch("acount", "account")).toBe(true);
    expect(wordsMatch("acount", "a")).toBe(false);
    expect(wordsMatch("xyzzyplugh", "x")).toBe(false);
    expect(wordsMatch("banana", "bad")).toBe(false);
  });

  it("needs all of one or two words, two and a third of more", () => {
    expect([1, 2, 3, 6, 9].map(wordsNeeded)).toEqual([1, 2, 2, 2, 3]);
  });
});
