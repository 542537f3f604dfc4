import { describe, expect, it } from "vitest";
import { highlightWords } from "../../../src/lib/search/highlight";

describe("highlightWords", () => {
  it("marks the words that answer the query, slips included, and nothing else", () => {
    expect(highlightWords("The account is locked, so it fails.", ["acount", "lockd", "the"])).toEqual([
      { text: "The ", marked: false },
      { text: "account", marked: true },
      { text: " is ", marked: false },
      { text: "locked", marked: true },
      { text: ", so it fails.", marked: false },
    ]);
  });

  it("marks no placeholder letter", () => {
    expect(highlightWords("Used X MB of Y MB.", ["x"])).toEqual([{ text: "Used X MB of Y MB.", marked: false }]);
  });
});
