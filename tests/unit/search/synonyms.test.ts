import { describe, expect, it } from "vitest";
import { DEFAULT_SYNONYMS, synonymsOf, type SynonymGroups } from "../../../src/lib/search/synonyms";

const groups: SynonymGroups = [
  ["sign up", "register", "registration"],
  ["recovery code", "backup code"],
  ["deadline", "due date"],
];

describe("synonyms of a query's words", () => {
  it("gives a word its group's other forms", () => {
    expect(synonymsOf("the deadline is not accepted", ["deadline", "accepted"], groups)).toEqual([
      { word: "deadline", terms: ["due date"] },
    ]);
  });

  it("finds a phrase whatever its case and hyphens, and gives each of its words the other forms", () => {
    expect(synonymsOf("Sign-Up refused", ["sign", "refused"], groups)).toEqual([
      { word: "sign", terms: ["register", "registration"] },
    ]);
  });

  it("reads a plural as the form", () => {
    expect(synonymsOf("used all recovery codes", ["used", "recovery", "codes"], groups)).toEqual([
      { word: "recovery", terms: ["backup code"] },
    ]);
  });

  it("never offers a form that holds the word itself", () => {
    // "code" is in both forms: "backup code" would not be another word for it.
    const found = synonymsOf("recovery code", ["recovery", "code"], groups);
    expect(found.find((entry) => entry.word === "code")).toEqual({ word: "code", terms: [] });
  });

  it("matches whole words only", () => {
    expect(synonymsOf("registered deadlines", ["registered", "deadlines"], groups)).toEqual([]);
  });

  it("ships groups of at least two distinct forms each", () => {
    for (const group of DEFAULT_SYNONYMS) {
      expect(new Set(group.map((form) => form.toLowerCase())).size, group.join(", ")).toBeGreaterThanOrEqual(2);
    }
  });
});
