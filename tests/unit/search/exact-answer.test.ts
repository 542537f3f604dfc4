import { describe, expect, it } from "vitest";
import type { CodeIndexRow, KeyMatch } from "../../../src/lib/search/code-key";
import { exactAnswer } from "../../../src/lib/search/exact-answer";
import { planSearch } from "../../../src/lib/search/search-plan";
import type { TextHit } from "../../../src/lib/search/search-ranking";

const ORIGIN = "http://localhost:4321";
const plan = (query: string) => planSearch(query, ORIGIN);

function row(k: string, m: KeyMatch, path: string): CodeIndexRow {
  return { k, m, system: "accounts", code: k, path, title: "A title", status: 404, facets: {} };
}

function hit(path: string, message: string): TextHit {
  return { path, rank: 0, system: "accounts", code: "x", title: "A title", message, status: 404 };
}

describe("exactAnswer", () => {
  it("answers a code with the pages whose code, or the code their API sends, it is", () => {
    const rows = [
      row("usernotfound", "code", "/accounts/user-not-found/"),
      row("usernotfound", "sent-code", "/player/user-404/"),
    ];
    expect(exactAnswer(plan("user:not_found"), rows, [])?.rows.map((found) => found.path)).toEqual([
      "/accounts/user-not-found/",
      "/player/user-404/",
    ]);
  });

  it("leaves part, near and prefix finds to the full-text ranking", () => {
    const rows = [
      row("202", "part", "/data-manager/2202/"),
      row("userntofound", "near", "/accounts/user-not-found/"),
      row("missingrequired", "prefix", "/a/missing-required-query/"),
    ];
    expect(exactAnswer(plan("202"), rows, [])).toBeNull();
    expect(exactAnswer(plan("userntofound"), rows, [])).toBeNull();
    expect(exactAnswer(plan("missingrequired"), rows, [])).toBeNull();
  });

  it("does not take a number in a log line for an exact code", () => {
    const query = "2026-11-30T10:00:00Z ERROR request failed 2202";
    expect(plan(query).numberKeys).toContain("2202");
    expect(exactAnswer(plan(query), [row("2202", "code", "/data-manager/2202/")], [])).toBeNull();
  });

  it("answers a message with the message-index finds", () => {
    const found = hit("/accounts/user-not-found/", "User not found.");
    expect(exactAnswer(plan("User not found."), [], [found])).toEqual({ rows: [], hits: [found] });
  });

  it("has no answer without exact finds", () => {
    expect(exactAnswer(plan("token expired"), [], [])).toBeNull();
  });

  it("has no answer when a pasted link names a page it lacks: that page ranks first", () => {
    const query = JSON.stringify({ type: `${ORIGIN}/accounts/user-banned/`, code: "user:not_found" });
    expect(plan(query).linkedPaths).toEqual(["/accounts/user-banned/"]);
    expect(exactAnswer(plan(query), [row("usernotfound", "code", "/accounts/user-not-found/")], [])).toBeNull();
    const linked = row("userbanned", "code", "/accounts/user-banned/");
    expect(exactAnswer(plan(query), [linked], [])?.rows).toEqual([linked]);
  });

  it("has no answer for a pasted code several pages share, unless a message tells them apart", () => {
    const query = JSON.stringify({ code: "VALIDATION_ERROR", message: "Field 'title' is required" });
    const shared = [
      row("validationerror", "sent-code", "/mqtt/title-required/"),
      row("validationerror", "sent-code", "/mqtt/name-too-long/"),
    ];
    expect(exactAnswer(plan(query), shared, [])).toBeNull();
    const message = hit("/mqtt/title-required/", "Field 'title' is required");
    expect(exactAnswer(plan(query), shared, [message])?.hits).toEqual([message]);
    // Typed, the same code is the answer: the pages' titles rank them.
    expect(exactAnswer(plan("VALIDATION_ERROR"), shared, [])?.rows).toHaveLength(2);
  });
});
