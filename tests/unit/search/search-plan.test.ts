import { describe, expect, it } from "vitest";
import { planSearch, type SearchPlan } from "../../../src/lib/search/search-plan";

const ORIGIN = "http://localhost:4321";

/** The plan without the query and the parsed paste, which other tests cover. */
function lookups(query: string): Omit<SearchPlan, "query" | "paste" | "text"> {
  const { codeKeys, numberKeys, linkedPaths, fullText, messages, status } = planSearch(query, ORIGIN);
  return { codeKeys, numberKeys, linkedPaths, fullText, messages, status };
}

describe("planSearch", () => {
  it("looks up a bare code by its key and searches its text", () => {
    expect(lookups("2202")).toEqual({
      codeKeys: ["2202"],
      numberKeys: [],
      linkedPaths: [],
      fullText: "2202",
      messages: [],
      status: null,
    });
    expect(lookups("user:not_found")).toEqual({
      codeKeys: ["usernotfound"],
      numberKeys: [],
      linkedPaths: [],
      fullText: "user:not_found",
      messages: [],
      status: null,
    });
  });

  it("also tries typed words as a code", () => {
    expect(lookups("user not found")).toEqual({
      codeKeys: ["usernotfound"],
      numberKeys: [],
      linkedPaths: [],
      fullText: "user not found",
      messages: ["user not found"],
      status: null,
    });
  });

  it("does not try a query longer than 80 characters as a code", () => {
    const long = "the user could not be found although the account was created a few minutes earlier today";
    expect(long.length).toBeGreaterThan(80);
    expect(lookups(long).codeKeys).toEqual([]);
  });

  it("searches a paste by its message and looks up its codes", () => {
    const paste =
      '{"error":{"status":409,"message":"This email is already in use, please try another one.","code":"EmailAlreadyExists"}}';
    const plan = planSearch(paste, ORIGIN);
    expect(plan.query).toBe(paste);
    expect(plan.paste.shape).toBe("error object");
    expect(lookups(paste)).toEqual({
      codeKeys: ["emailalreadyexists"],
      numberKeys: [],
      linkedPaths: [],
      fullText: "email already use, please try another one.",
      messages: ["This email is already in use, please try another one."],
      status: 409,
    });
  });

  it("searches a paste without a message by its first code", () => {
    expect(lookups('{"status":"error","error_code":"RATE_LIMITED"}')).toEqual({
      codeKeys: ["ratelimited"],
      numberKeys: [],
      linkedPaths: [],
      fullText: "RATE_LIMITED",
      messages: [],
      status: null,
    });
  });

  it("keeps at most three messages, the most telling fields first", () => {
    const paste = JSON.stringify({ title: "One", detail: "Two", message: "Three", description: "Four" });
    expect(lookups(paste).messages).toEqual(["Three", "One", "Two"]);
  });

  it("links a type URL on the site's own origin to its page", () => {
    const paste = JSON.stringify({
      type: "http://localhost:4321/accounts/user-not-found/",
      status: 404,
      title: "User not found",
      code: "user:not_found",
    });
    expect(lookups(paste)).toEqual({
      codeKeys: ["usernotfound"],
      numberKeys: [],
      linkedPaths: ["/accounts/user-not-found/"],
      fullText: "User not found",
      messages: ["User not found"],
      status: 404,
    });
  });

  it("links a pasted page URL, with or without its trailing slash, query or fragment", () => {
    expect(lookups("http://localhost:4321/accounts/user-not-found").linkedPaths).toEqual(["/accounts/user-not-found/"]);
    expect(lookups("http://localhost:4321/accounts/user-not-found/?ref=mail#causes").linkedPaths).toEqual([
      "/accounts/user-not-found/",
    ]);
  });

  it("does not link a URL of another origin, or a site URL that is not an error page", () => {
    expect(lookups("https://errordex.example/accounts/user-not-found/").linkedPaths).toEqual([]);
    expect(lookups("http://localhost:4321/search/").linkedPaths).toEqual([]);
    expect(lookups("http://localhost:4321/accounts/user-not-found/extra/").linkedPaths).toEqual([]);
  });

  it("still looks up the code a foreign page URL names", () => {
    expect(lookups("https://errordex.example/accounts/user-not-found/").codeKeys).toContain("usernotfound");
  });

  it("looks up the code at the end of an entrecode documentation link", () => {
    const plan = lookups("https://entrecode.de/doc/errors/2202");
    expect(plan.codeKeys[0]).toBe("2202");
    expect(plan.linkedPaths).toEqual([]);
  });

  it("looks up the codes a pasted problem's type links name", () => {
    const paste = JSON.stringify({
      status: 400,
      title: "Missing property",
      type: "https://entrecode.de/doc/errors/2202",
    });
    expect(lookups(paste).codeKeys).toEqual(["2202"]);
  });

  it("looks up the code an #error- fragment names", () => {
    // The anchors of the entrecode error table: `<a name="error-202">`.
    expect(lookups('{"type":"https://entrecode.de/doc/errors#error-202"}').codeKeys).toContain("202");
    expect(lookups("https://entrecode.de/doc/errors#error-202").codeKeys).toContain("202");
    expect(lookups("https://entrecode.de/doc/errors#causes").codeKeys).not.toContain("causes");
  });

  it("joins hyphenated one-letter prefixes the way the catalog spells them", () => {
    expect(lookups("e-mail already in use").fullText).toBe("email already use");
    expect(lookups("E-Mail not verified").fullText).toBe("EMail not verified");
    // Not a one-letter prefix, or not followed by a word: unchanged.
    expect(lookups("auth-401 re-try").fullText).toBe("auth-401 re-try");
  });

  it("leaves out words nearly every page has, but not negations", () => {
    expect(lookups("The region already exists for this region.").fullText).toBe("region already exists region.");
    expect(lookups("User is not found").fullText).toBe("User not found");
    expect(lookups("no access").fullText).toBe("no access");
    // What results are compared with keeps every word.
    expect(planSearch("The region already exists for this region.", ORIGIN).text).toBe(
      "The region already exists for this region.",
    );
    // Nothing but common words: searched as typed.
    expect(lookups(" this is it ").fullText).toBe("this is it");
  });

  it("caps the full text at 200 characters", () => {
    const long = `quota ${"exceeded ".repeat(40)}`.trim();
    expect(lookups(long).fullText).toBe(long.slice(0, 200));
    expect(lookups(long).fullText).toHaveLength(200);
    const message = "m".repeat(450);
    expect(lookups(JSON.stringify({ detail: message })).fullText).toBe("m".repeat(200));
  });

  it("takes the status of a pasted HTTP response", () => {
    const paste = 'HTTP/1.1 404 Not Found\nContent-Type: application/json\n\n{"detail":"User not found"}';
    expect(lookups(paste)).toEqual({
      codeKeys: [],
      numberKeys: [],
      linkedPaths: [],
      fullText: "User not found",
      messages: ["User not found"],
      status: 404,
    });
  });

  it("searches a log line by its words less the noise, and looks up its code", () => {
    const line = "2026-11-23T10:00:00Z ERROR request failed code=user:not_found status=404";
    expect(lookups(line)).toEqual({
      codeKeys: ["usernotfound"],
      numberKeys: [],
      linkedPaths: [],
      fullText: "user not found",
      messages: [line],
      status: 404,
    });
  });

  it("looks up the numbers of a log line as weaker number keys", () => {
    const line = "Nov 23 10:00:01 player-cmd[4121]: ERROR datamanager request failed with 2212";
    expect(lookups(line)).toEqual({
      codeKeys: [],
      numberKeys: ["2212"],
      linkedPaths: [],
      fullText: "player cmd datamanager 2212",
      messages: [line],
      status: null,
    });
  });

  it("does not repeat a code key as a number key", () => {
    const plan = lookups("request failed with 13, see https://x.example/doc/errors/13");
    expect(plan.codeKeys).toContain("13");
    expect(plan.numberKeys).toEqual([]);
    expect(lookups("failed 13").numberKeys).toEqual(["13"]);
  });

  it("plans nothing for an empty query", () => {
    expect(lookups("   ")).toEqual({
      codeKeys: [],
      numberKeys: [],
      linkedPaths: [],
      fullText: "",
      messages: [],
      status: null,
    });
  });

  // BUG (follows from parsePastedError): a raw response with a plain-text body is planned as a
  // typed query, so the full-text search gets the status line and headers too.
  it("searches a raw response with a plain-text body by its body", () => {
    const paste = "HTTP/1.1 404 Not Found\nContent-Type: text/plain\n\nPlayer not found";
    expect(lookups(paste).fullText).toBe("Player not found");
  });

  // BUG (follows from parsePastedError): an RFC 7807 `instance` is taken for a documentation link,
  // and its last segment is looked up as a code.
  it("does not look up an RFC 7807 instance as a code", () => {
    const paste = '{"type":"about:blank","status":404,"title":"Not Found","instance":"/orders/13"}';
    expect(lookups(paste).codeKeys).toEqual([]);
  });
});
