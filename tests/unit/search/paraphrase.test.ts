import { describe, expect, it } from "vitest";
import { formsOf, MAX_WORD_SEARCHES, planParaphrase } from "../../../src/lib/search/paraphrase";

const systems = [{ id: "data-manager", name: "Data Manager" }];
const synonyms = [
  ["deadline", "due date"],
  ["remove", "delete"],
];

describe("a paraphrase's word searches", () => {
  it("searches the longest words first, without the words of a system's name", () => {
    const text = "Saving an entry in the Data Manager fails with an unknown language";
    const plan = planParaphrase(text, text, { systems, synonyms, frequentWords: new Set() });
    expect(plan.words).toEqual(["language", "unknown", "saving", "entry", "fails", "with", "the"]);
  });

  it("keeps at most the longest words of a long ticket", () => {
    const text = Array.from({ length: 20 }, (_, index) => `word${"x".repeat(index)}`).join(" ");
    const plan = planParaphrase(text, text, { systems, synonyms, frequentWords: new Set() });
    expect(plan.words).toHaveLength(MAX_WORD_SEARCHES);
    expect(plan.words[0]).toBe(`word${"x".repeat(19)}`);
  });

  it("searches a word's synonyms after it, but not a synonym nearly every page has", () => {
    const text = "remove the deadline";
    const plan = planParaphrase(text, text, { systems, synonyms, frequentWords: new Set(["delete"]) });
    expect(formsOf("deadline", plan.synonyms)).toEqual(["deadline", "due date"]);
    expect(formsOf("remove", plan.synonyms)).toEqual(["remove"]);
  });
});
