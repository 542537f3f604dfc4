import { describe, expect, it } from "vitest";
import { correctSpelling, editDistance, searchVocabulary } from "../../../src/lib/search/spelling";
import { searchCatalog } from "./search-catalog";

describe("searchVocabulary", () => {
  const vocabulary = searchVocabulary(searchCatalog());

  it("holds the words of titles, messages and codes: lower case, three letters or more, sorted, once", () => {
    expect(vocabulary).toEqual([
      "already",
      "banned",
      "card",
      "declined",
      "doesn",
      "exist",
      "field",
      "found",
      "not",
      "nullable",
      "order",
      "paid",
      "requested",
      "resource",
      "user",
      "validation",
    ]);
  });

  it("holds no words shorter than three letters, and no digits", () => {
    // "is" (titles), "X" (messages) and 1101 (codes) are left out.
    expect(vocabulary).not.toContain("is");
    expect(vocabulary).not.toContain("x");
    expect(vocabulary.some((word) => /[^a-z]/.test(word))).toBe(false);
  });
});

describe("correctSpelling", () => {
  const vocabulary = ["account", "locked"];

  it("replaces an unknown word by the closest known one", () => {
    expect(correctSpelling("acount is locked", vocabulary)).toBe("account is locked");
  });

  it("corrects every unknown word of the query", () => {
    expect(correctSpelling("acount is lockd", vocabulary)).toBe("account is locked");
  });

  it("is undefined when nothing changed", () => {
    expect(correctSpelling("account is locked", vocabulary)).toBeUndefined();
    expect(correctSpelling("ACCOUNT Locked", vocabulary)).toBeUndefined();
    expect(correctSpelling("", vocabulary)).toBeUndefined();
  });

  it("is undefined when no known word is close enough", () => {
    expect(correctSpelling("quota exceeded", vocabulary)).toBeUndefined();
  });

  it("leaves words shorter than four letters alone", () => {
    expect(correctSpelling("acc is lockd", ["ace", "locked"])).toBe("acc is locked");
    expect(correctSpelling("acc", ["ace"])).toBeUndefined();
  });

  it("puts the vocabulary's lower-case word in place", () => {
    expect(correctSpelling("Acount Locked", vocabulary)).toBe("account Locked");
  });

  it("allows one edit in a word under seven letters and two in a longer one", () => {
    // "oredr": one swap. "odrre": two swaps, too many for five letters.
    expect(correctSpelling("oredr", ["order"])).toBe("order");
    expect(correctSpelling("odrre", ["order"])).toBeUndefined();
    // "valdaton": two letters missing from a ten-letter word.
    expect(correctSpelling("valdaton", ["validation"])).toBe("validation");
    expect(correctSpelling("vldaton", ["validation"])).toBeUndefined();
  });

  it("prefers the earlier word of the vocabulary on a tie", () => {
    expect(correctSpelling("loked", ["locked", "looked"])).toBe("locked");
  });

  it("corrects against a catalog's vocabulary", () => {
    expect(correctSpelling("ordr not fuond", searchVocabulary(searchCatalog()))).toBe("order not found");
  });
});

describe("editDistance", () => {
  it.each([
    ["account", "acount", 1],
    ["account", "account", 0],
    ["", "abc", 3],
    ["abc", "", 3],
    ["kitten", "sitting", 3],
    ["locked", "lokced", 1],
    ["found", "fuond", 1],
    // Optimal string alignment: a swapped pair is not edited again, so this is 3, not 2.
    ["ca", "abc", 3],
  ])("%j to %j is %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it("counts swapping two neighbours as one edit", () => {
    expect(editDistance("ab", "ba")).toBe(1);
    expect(editDistance("declined", "delcined")).toBe(1);
  });

  it("gives up at the ceiling", () => {
    expect(editDistance("kitten", "sitting", 2)).toBe(2);
    expect(editDistance("abcdef", "uvwxyz", 3)).toBe(3);
    expect(editDistance("abc", "", 1)).toBe(1);
  });

  it("returns the distance when it is below the ceiling", () => {
    expect(editDistance("account", "acount", 3)).toBe(1);
    expect(editDistance("kitten", "sitting", 4)).toBe(3);
  });
});
