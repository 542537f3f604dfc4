import { describe, expect, it } from "vitest";
import { FREQUENT_MIN_PAGES, FREQUENT_SHARE, frequentWords, pageWords } from "../../../src/lib/search/frequent-words";
import { withoutWords } from "../../../src/lib/search/stop-words";

/** `count` page texts: every page has `everywhere`, the first `share` of them also `often`, each its own code. */
function pages(count: number, share = FREQUENT_SHARE): string[] {
  return Array.from(
    { length: count },
    (_, index) =>
      `The service returns this error. Code E${index} ${index < count * share ? "quota" : ""} ${index % 10 === 0 ? "rarely" : ""}`,
  );
}

describe("pageWords", () => {
  it("takes letters only, lower case, three or more, once", () => {
    expect([...pageWords("The Service's quota_exceeded (HTTP 429): QUOTA at v2")]).toEqual([
      "the",
      "service",
      "quota",
      "exceeded",
      "http",
    ]);
  });
});

describe("frequentWords", () => {
  it("finds the words on at least half of a large catalog's pages, most frequent first (ties in alphabetical order), without common words", () => {
    expect(frequentWords(pages(2 * FREQUENT_MIN_PAGES))).toEqual(["code", "error", "returns", "service", "quota"]);
  });

  it("never takes a negation, however common", () => {
    const notFound = Array.from(
      { length: FREQUENT_MIN_PAGES },
      (_, index) => `Order ${index} not found: no such order`,
    );
    expect(frequentWords(notFound)).toEqual(["found", "order"]);
  });

  it("leaves a word on just under half of the pages", () => {
    expect(frequentWords(pages(2 * FREQUENT_MIN_PAGES, 0.49))).not.toContain("quota");
  });

  it("finds none in a small catalog, where every page has the word", () => {
    expect(frequentWords(pages(FREQUENT_MIN_PAGES - 1))).toEqual([]);
  });

  it("finds none without pages", () => {
    expect(frequentWords([])).toEqual([]);
  });
});

describe("withoutWords", () => {
  const frequent = new Set(["service", "request"]);

  it("drops the words, whatever their case and the punctuation around them", () => {
    expect(withoutWords("token timed out waiting upstream Service, current plan.", frequent)).toBe(
      "token timed out waiting upstream current plan.",
    );
  });

  it("keeps the text as it is when nothing else is left", () => {
    expect(withoutWords("  service request ", frequent)).toBe("service request");
  });

  it("keeps everything when there are no words to drop", () => {
    expect(withoutWords("service unavailable", new Set())).toBe("service unavailable");
  });
});
