import { describe, expect, it } from "vitest";
import { filterSummary, filterText, matchesFilterText } from "../../src/lib/error-filter";

const row = filterText({ code: "user:not_found", title: "User not found", message: "No user has this id." });

describe("the system index's filter box", () => {
  it("keeps rows whose code, title or message hold every typed word", () => {
    expect(matchesFilterText(row, "")).toBe(true);
    expect(matchesFilterText(row, "user:not_found")).toBe(true);
    expect(matchesFilterText(row, "USER NOT_FOUND")).toBe(true);
    expect(matchesFilterText(row, "this id")).toBe(true);
    expect(matchesFilterText(row, "not fou")).toBe(true);
    expect(matchesFilterText(row, "user locked")).toBe(false);
  });

  it("matches words from their start, so a letter inside a word does not match", () => {
    expect(matchesFilterText(row, "ound")).toBe(false);
  });

  it("says what is shown", () => {
    expect(filterSummary({ shown: 71, total: 71, statuses: [], text: " " })).toBe("");
    expect(filterSummary({ shown: 3, total: 71, statuses: ["404"], text: "" })).toBe(
      "Showing 3 of 71 errors with status 404.",
    );
    expect(filterSummary({ shown: 1, total: 71, statuses: ["401", "403"], text: "lock " })).toBe(
      "Showing 1 of 71 errors with status 401 or 403 matching “lock”.",
    );
  });
});
