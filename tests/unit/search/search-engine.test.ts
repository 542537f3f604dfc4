import { describe, expect, it } from "vitest";
import { SearchEngine } from "../../../src/scripts/search/search-engine";
import { fakeSearchFiles } from "./fake-search-files";
import { searchCatalog } from "./search-catalog";

const catalog = searchCatalog();
const summaries = {
  "/shop/1101/": "No order has the id you sent, or it belongs to another account.",
  "/shop/1201/": "The payment provider declined the card, so the order stays unpaid.",
  "/accounts/user-banned/": "The user was banned by a moderator and may not sign in.",
};

function engine(): SearchEngine {
  return new SearchEngine({
    site: "https://errors.example.com/",
    errorCount: catalog.errors.length,
    files: fakeSearchFiles(catalog, summaries),
  });
}

const paths = (results: Array<{ path: string }>) => results.map((result) => result.path);

describe("SearchEngine, on a fake index", () => {
  it("answers a known code exactly, before the full text", async () => {
    const answer = await engine().answer("1101", {});
    expect(answer && paths(answer.results)).toEqual(["/shop/1101/"]);
    expect(answer?.by).toEqual({ code: true, message: false });
  });

  it("says no error has a code it does not know", async () => {
    const outcome = await engine().search("E_NOPE_123", {});
    expect(outcome.noMatch).toEqual({ kind: "code", asked: "E_NOPE_123" });
    expect(outcome.results).toEqual([]);
    expect(await engine().answer("E_NOPE_123", {})).toBeNull();
  });

  it("does not take a placeholder letter for a match", async () => {
    const outcome = await engine().search("xyzzyplugh", {});
    expect(outcome.noMatch).toEqual({ kind: "words", asked: "xyzzyplugh" });
    expect(outcome.results).toEqual([]);
  });

  it("finds words, shows the page's explanation and counts the filters", async () => {
    const outcome = await engine().search("card declined", {});
    expect(outcome.noMatch).toBeNull();
    expect(paths(outcome.results)[0]).toBe("/shop/1201/");
    expect(outcome.results[0]?.summary).toBe(summaries["/shop/1201/"]);
  });

  it("corrects a slip of the keyboard when the words as typed find no page with all of them", async () => {
    const outcome = await engine().search("crad declined", {});
    expect(outcome.corrected).toBe("card declined");
    expect(paths(outcome.results)[0]).toBe("/shop/1201/");
  });

  it("finds a near spelling of a code through the code index", async () => {
    const outcome = await engine().search("user:not_fuond", {});
    expect(paths(outcome.results)[0]).toBe("/accounts/user-not-found/");
  });

  it("ranks a pasted body by its code and message", async () => {
    const pasted = JSON.stringify({ error: { status: 403, code: "user:banned", message: "User is banned" } });
    const outcome = await engine().search(pasted, {});
    expect(paths(outcome.results)[0]).toBe("/accounts/user-banned/");
  });

  it("filters by status", async () => {
    const outcome = await engine().search("not found", { status: ["404 Not Found"] });
    expect(paths(outcome.results).sort()).toEqual(["/accounts/user-not-found/", "/shop/1101/"]);
    expect(outcome.results.every((result) => result.facets.status === "404 Not Found")).toBe(true);
  });
});
