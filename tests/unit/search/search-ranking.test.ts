import { describe, expect, it } from "vitest";
import type { CodeIndexRow, KeyMatch } from "../../../src/lib/search/code-key";
import { planSearch } from "../../../src/lib/search/search-plan";
import { rankResults, type SystemFormat, type TextHit } from "../../../src/lib/search/search-ranking";

const ORIGIN = "http://localhost:4321";
const plan = (query: string) => planSearch(query, ORIGIN);

interface Page {
  system: string;
  code: string;
  slug: string;
  title: string;
  status: number | null;
  message?: string;
}

/** Pages modelled on the real catalog. */
const pages = {
  dm2202: {
    system: "data-manager",
    code: "2202",
    slug: "2202",
    title: "Missing property in query string",
    status: 400,
  },
  dm2201: { system: "data-manager", code: "2201", slug: "2201", title: "Missing property in JSON Body", status: 400 },
  userNotFound: {
    system: "accounts",
    code: "user:not_found",
    slug: "user-not-found",
    title: "User not found",
    status: 404,
  },
  systemNotFound: {
    system: "accounts",
    code: "system:not_found",
    slug: "system-not-found",
    title: "Not found",
    status: 404,
  },
  forbidden: { system: "accounts", code: "FORBIDDEN", slug: "forbidden", title: "Forbidden", status: 403 },
  userBanned: { system: "accounts", code: "user:banned", slug: "user-banned", title: "User is banned", status: 403 },
  mqttNotFound: {
    system: "artwork-player-mqtt",
    code: "NOT_FOUND",
    slug: "not-found",
    title: "Requested resource doesn't exist",
    status: null,
  },
  validationError: {
    system: "artwork-player-mqtt",
    code: "VALIDATION_ERROR",
    slug: "validation-error",
    title: "Invalid field values or criteria",
    status: null,
  },
  numericField: {
    system: "artwork-player-mqtt",
    code: "validation-operator-not-valid-for-numeric-field",
    slug: "validation-operator-not-valid-for-numeric-field",
    title: "Operator not valid for numeric field",
    status: null,
    message: "Operator 'X' not valid for numeric field 'Y'",
  },
  booleanField: {
    system: "artwork-player-mqtt",
    code: "validation-operator-not-valid-for-boolean-field",
    slug: "validation-operator-not-valid-for-boolean-field",
    title: "Operator not valid for boolean field",
    status: null,
    message: "Operator 'X' not valid for boolean field 'Y'",
  },
  hazizz31: { system: "hazizz", code: "31", slug: "31", title: "User not found", status: 404 },
  player401: {
    system: "artwork-player",
    code: "auth-401-user-not-found",
    slug: "auth-401-user-not-found",
    title: "User not found",
    status: 401,
    message: "User not found",
  },
  player404: {
    system: "artwork-player",
    code: "player-404-user-not-found",
    slug: "player-404-user-not-found",
    title: "User not found",
    status: 404,
    message: "User not found",
  },
} satisfies Record<string, Page>;

const pathOf = (page: Page) => `/${page.system}/${page.slug}/`;

function row(page: Page, k: string, m: KeyMatch): CodeIndexRow {
  const { system, code, title, status } = page;
  return { k, m, system, code, path: pathOf(page), title, status, facets: { system } };
}

function hit(page: Page, rank: number): TextHit {
  const { system, code, title, status } = page;
  return { path: pathOf(page), rank, system, code, title, status, message: page.message ?? null };
}

const formats: SystemFormat[] = [
  { id: "hazizz", name: "Hazizz", fields: ["type", "status", "title", "code"], documented: false },
  { id: "accounts", name: "Accounts", fields: ["type", "status", "title", "code"], documented: false },
  { id: "artwork-player", name: "Artwork Player", fields: ["detail"], documented: true },
  {
    id: "artwork-player-mqtt",
    name: "Artwork Player MQTT",
    fields: ["status", "error_code", "message"],
    documented: true,
  },
  {
    id: "data-manager",
    name: "Data Manager",
    fields: ["status", "code", "title", "type", "detail", "verbose", "_links", "_links.describedby"],
    documented: true,
  },
];

describe("rankResults", () => {
  it("puts an exact code before text matches", () => {
    const results = rankResults(
      plan("2202"),
      [row(pages.dm2202, "2202", "code")],
      [hit(pages.dm2201, 0), hit(pages.dm2202, 1)],
      formats,
    );
    expect(results.map(({ path, score, reasons }) => ({ path, score, reasons }))).toEqual([
      { path: "/data-manager/2202/", score: 500 + 57, reasons: ["code code 2202", "text #2"] },
      { path: "/data-manager/2201/", score: 60, reasons: ["text #1"] },
    ]);
  });

  it("ignores code rows for keys the plan did not ask for", () => {
    const results = rankResults(plan("2202"), [row(pages.dm2201, "2201", "code")], [], formats);
    expect(results).toEqual([]);
  });

  it("gives a code part less than a whole code", () => {
    const shop202 = { system: "shop", code: "202", slug: "202", title: "Card declined", status: 402 };
    const results = rankResults(plan("202"), [row(pages.dm2202, "202", "part"), row(shop202, "202", "code")], [], []);
    expect(results.map(({ path, score, reasons }) => ({ path, score, reasons }))).toEqual([
      { path: "/shop/202/", score: 500, reasons: ["code code 202"] },
      { path: "/data-manager/2202/", score: 250, reasons: ["code part 202"] },
    ]);
  });

  it("ranks an MQTT message sent as VALIDATION_ERROR on its own page, before VALIDATION_ERROR", () => {
    const paste = JSON.stringify({
      status: "error",
      error_code: "VALIDATION_ERROR",
      message: "Operator 'gt' not valid for numeric field 'year'",
    });
    const rows = [
      row(pages.validationError, "validationerror", "code"),
      row(pages.numericField, "validationerror", "sent-code"),
      row(pages.booleanField, "validationerror", "sent-code"),
    ];
    const hits = [hit(pages.numericField, 0), hit(pages.booleanField, 1), hit(pages.validationError, 2)];
    const results = rankResults(plan(paste), rows, hits, formats);
    expect(results.map((result) => result.code)).toEqual([
      "validation-operator-not-valid-for-numeric-field",
      "validation-operator-not-valid-for-boolean-field",
      "VALIDATION_ERROR",
    ]);
    expect(results[0]).toMatchObject({
      score: 450 + 60 + 300 + 150,
      reasons: ["code sent-code validationerror", "text #1", "message 1.00", "format 1.00"],
    });
    // The boolean page shares 5 of its title's 6 words with the message's 8: Dice 10/14.
    expect(results[1]!.score).toBeCloseTo(450 + 57 + 300 * (10 / 14) + 150, 10);
    expect(results[2]).toMatchObject({
      score: 500 + 54 + 150,
      reasons: ["code code validationerror", "text #3", "format 1.00"],
    });
  });

  it("ranks the sent-code page first on its title alone, without full-text hits", () => {
    const paste = JSON.stringify({
      status: "error",
      error_code: "VALIDATION_ERROR",
      message: "Operator 'gt' not valid for numeric field 'year'",
    });
    const rows = [
      row(pages.validationError, "validationerror", "code"),
      row(pages.numericField, "validationerror", "sent-code"),
    ];
    const results = rankResults(plan(paste), rows, [], formats);
    expect(results.map((result) => result.code)).toEqual([
      "validation-operator-not-valid-for-numeric-field",
      "VALIDATION_ERROR",
    ]);
  });

  it("lets the pasted HTTP status break a tie between two pages with the same message", () => {
    const hits = [hit(pages.player401, 0), hit(pages.player404, 1)];
    const withStatus = rankResults(
      plan('HTTP/1.1 404 Not Found\nContent-Type: application/json\n\n{"detail":"User not found"}'),
      [],
      hits,
      formats,
    );
    expect(withStatus.map(({ code, score }) => ({ code, score }))).toEqual([
      { code: "player-404-user-not-found", score: 57 + 300 + 200 + 100 + 150 },
      { code: "auth-401-user-not-found", score: 60 + 300 + 200 - 100 + 150 },
    ]);
    // Without a status, the full-text order stands.
    const withoutStatus = rankResults(plan('{"detail":"User not found"}'), [], hits, formats);
    expect(withoutStatus.map((result) => result.code)).toEqual([
      "auth-401-user-not-found",
      "player-404-user-not-found",
    ]);
  });

  it('favours the system whose format has only `detail` for a {"detail": ...} paste', () => {
    const hits = [hit(pages.hazizz31, 0), hit(pages.userNotFound, 1), hit(pages.player404, 2)];
    const results = rankResults(plan('{"detail":"User not found"}'), [], hits, formats);
    expect(results.map(({ system, score, reasons }) => ({ system, score, reasons }))).toEqual([
      {
        system: "artwork-player",
        score: 54 + 300 + 200 + 150,
        reasons: ["text #3", "message 1.00", "message exact", "format 1.00"],
      },
      { system: "hazizz", score: 60 + 300, reasons: ["text #1", "message 1.00"] },
      { system: "accounts", score: 57 + 300, reasons: ["text #2", "message 1.00"] },
    ]);
  });

  it("counts an undocumented format at half weight", () => {
    const paste = JSON.stringify({ type: "https://x.example/e", status: 404, title: "Something else", code: "nope" });
    const results = rankResults(plan(paste), [], [hit(pages.hazizz31, 0)], formats);
    expect(
      results.map(({ path, system, code, title, status, score, reasons }) => ({
        path,
        system,
        code,
        title,
        status,
        score,
        reasons,
      })),
    ).toEqual([
      {
        path: "/hazizz/31/",
        system: "hazizz",
        code: "31",
        title: "User not found",
        status: 404,
        score: 60 + 100 + 150 * 0.5,
        reasons: ["text #1", "format 0.50"],
      },
    ]);
  });

  it("puts a page the paste links to first", () => {
    const paste = JSON.stringify({
      type: "http://localhost:4321/accounts/user-banned/",
      status: 403,
      title: "Forbidden",
      code: "FORBIDDEN",
    });
    const results = rankResults(
      plan(paste),
      [row(pages.forbidden, "forbidden", "code")],
      [hit(pages.userBanned, 5)],
      [],
    );
    expect(results.map(({ path, score, reasons }) => ({ path, score, reasons }))).toEqual([
      { path: "/accounts/user-banned/", score: 1000 + 45 + 100, reasons: ["linked", "text #6"] },
      { path: "/accounts/forbidden/", score: 500 + 300 + 100, reasons: ["code code forbidden", "message 1.00"] },
    ]);
  });

  it("keeps the full-text order among candidates that score alike", () => {
    const hits = Array.from({ length: 25 }, (_, rank) =>
      hit(
        { system: "shop", code: `${100 + rank}`, slug: `${100 + rank}`, title: "Something else", status: null },
        rank,
      ),
    );
    const results = rankResults(plan("quota exceeded"), [], hits, formats);
    expect(results.map((result) => result.code)).toEqual(hits.map((page) => page.code));
    // Past rank 20 the rank is worth nothing: equal scores, order kept.
    expect(results.slice(20).map((result) => result.score)).toEqual([0, 0, 0, 0, 0]);
    expect(results[20]!.reasons).toEqual(["text #21"]);
  });

  it("keeps the full-text order between two equally good message matches", () => {
    const twin = { ...pages.player404, code: "player-404-user-not-found-2", slug: "player-404-user-not-found-2" };
    const results = rankResults(plan("user not found"), [], [hit(twin, 0), hit(pages.player404, 1)], []);
    expect(results.map((result) => result.code)).toEqual(["player-404-user-not-found-2", "player-404-user-not-found"]);
  });

  it("scores a typed query by how many of its words a page has", () => {
    const results = rankResults(
      plan("user not found"),
      [row(pages.userNotFound, "usernotfound", "code")],
      [hit(pages.systemNotFound, 0)],
      formats,
    );
    expect(results.map(({ code, score }) => ({ code, score }))).toEqual([
      { code: "user:not_found", score: 500 + 300 },
      // "not" is a stop word: 1 of the 2 other words (0.75 * 1/2), and a Dice similarity of 0.8
      // over all words (0.25 * 0.8).
      { code: "system:not_found", score: 60 + 300 * (0.375 + 0.2) },
    ]);
  });

  /** A page of the artwork player's shape with another code, title and message. */
  const messagePage = (code: string, title: string, message: string): Page => ({
    ...pages.player404,
    code,
    slug: code.toLowerCase().replace(/_/g, "-"),
    title,
    message,
  });

  it("puts a typed message's own page before a longer message with the same words", () => {
    const exactPage = messagePage("member-missing", "Member is missing", "The member is missing from the request.");
    const longer = messagePage(
      "member-missing-in-body",
      "Member is missing",
      "The member is missing from the request in request body.",
    );
    // Full-text order puts the longer one first; the words the full-text query left out still count here.
    const query = plan("The member is missing from the request.");
    const results = rankResults(query, [], [hit(longer, 0), hit(exactPage, 1)], []);
    expect(results.map((result) => result.code)).toEqual(["member-missing", "member-missing-in-body"]);
  });

  it("puts the page with exactly the typed message before pages whose messages have all its words", () => {
    // At 10,000 errors, "workspace" won the first place: its message has every typed word too.
    const exactPage = messagePage(
      "region-409-already-exists-for-this-region",
      "Region already exists",
      "The region already exists for this region.",
    );
    const other = messagePage(
      "WORKSPACE_ALREADY_EXISTS_FOR_THIS_REGION",
      "Workspace already exists for this region",
      "The workspace already exists for this region.",
    );
    const query = plan("the region already exists for this region");
    const results = rankResults(query, [], [hit(other, 0), hit(exactPage, 10)], []);
    expect(results.map(({ code, reasons }) => ({ code, reasons }))).toEqual([
      { code: exactPage.code, reasons: ["text #11", "message 1.00", "message exact"] },
      { code: other.code, reasons: ["text #1", "message 0.96"] },
    ]);
  });

  it("does not score a bare code as a message", () => {
    // `not_found` would equal the title "Not found" as a message, and lift the part match above
    // the exact code.
    const rows = [row(pages.systemNotFound, "notfound", "part"), row(pages.mqttNotFound, "notfound", "code")];
    const results = rankResults(plan("not_found"), rows, [hit(pages.systemNotFound, 0)], formats);
    expect(results.map(({ code, score, reasons }) => ({ code, score, reasons }))).toEqual([
      { code: "NOT_FOUND", score: 500, reasons: ["code code notfound"] },
      { code: "system:not_found", score: 250 + 60, reasons: ["code part notfound", "text #1"] },
    ]);
  });

  it("gives an entry one code bonus, whatever number of rows match it", () => {
    const paste = JSON.stringify({ code: "user:not_found", reason: "not_found" });
    const rows = [row(pages.userNotFound, "usernotfound", "code"), row(pages.userNotFound, "notfound", "part")];
    const results = rankResults(plan(paste), rows, [], []);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ score: 500, reasons: ["code code usernotfound"] });
  });

  // Rows arrive in the order of their shards (`no` before `us` here): a `part` row that comes
  // first must not keep the whole code from counting.
  it("counts an entry's best code match, whatever the order of the rows", () => {
    const paste = JSON.stringify({ reason: "not_found", code: "user:not_found", status: 404 });
    const rows = [
      row(pages.userNotFound, "notfound", "part"),
      row(pages.mqttNotFound, "notfound", "code"),
      row(pages.userNotFound, "usernotfound", "code"),
    ];
    const results = rankResults(plan(paste), rows, [], []);
    expect(results.map(({ code, score, reasons }) => ({ code, score, reasons }))).toEqual([
      { code: "user:not_found", score: 500 + 100, reasons: ["code code usernotfound"] },
      { code: "NOT_FOUND", score: 500, reasons: ["code code notfound"] },
    ]);
    const reversed = rankResults(plan(paste), [...rows].reverse(), [], []);
    expect(reversed.map(({ code, score }) => ({ code, score }))).toEqual([
      { code: "user:not_found", score: 600 },
      { code: "NOT_FOUND", score: 500 },
    ]);
  });

  it("weighs near and prefix matches between a whole code and a part", () => {
    const dm2203 = { ...pages.dm2202, code: "22031", slug: "22031", title: "Other" };
    const results = rankResults(
      plan("2203"),
      [row(pages.dm2202, "2203", "near"), row(dm2203, "2203", "prefix"), row(pages.dm2201, "2203", "part")],
      [],
      [],
    );
    expect(results.map(({ code, score, reasons }) => ({ code, score, reasons }))).toEqual([
      { code: "2202", score: 400, reasons: ["code near 2203"] },
      { code: "22031", score: 350, reasons: ["code prefix 2203"] },
      { code: "2201", score: 250, reasons: ["code part 2203"] },
    ]);
  });

  it("counts a number in a log line as weaker evidence, for whole codes and parts only", () => {
    const line = "Nov 23 10:00:01 player-cmd[4121]: ERROR datamanager request failed with 2212";
    const dm2212 = {
      system: "data-manager",
      code: "2212",
      slug: "2212",
      title: "Invalid format for property in query string",
      status: 400,
    };
    const rows = [
      row(dm2212, "2212", "code"),
      row({ ...pages.numericField, code: "sent", slug: "sent" }, "2212", "sent-code"),
      row({ ...pages.player404, code: "near", slug: "near" }, "2212", "near"),
    ];
    const results = rankResults(plan(line), rows, [], []);
    // 250 for the number, and 2 × 25 for naming the system ("datamanager") in the line.
    expect(results.map(({ code, score, reasons }) => ({ code, score, reasons }))).toEqual([
      { code: "2212", score: 250 + 50, reasons: ["code code 2212", "context 2"] },
    ]);
  });

  it("scores a log line by how much of a page's title it holds, and by the words around it", () => {
    const line = "2026-11-23 10:00:00,123 WARN [main] POST /v1/players/register -> 409 Player already registered";
    const registered = {
      system: "artwork-player",
      code: "player-400-player-already-registered",
      slug: "player-400-player-already-registered",
      title: "Player already registered",
      status: 400,
      message: "Player already registered",
    };
    const handle = {
      system: "accounts",
      code: "user:handle_already_exists",
      slug: "user-handle-already-exists",
      title: "Handle already taken",
      status: 409,
    };
    const results = rankResults(plan(line), [], [hit(registered, 0), hit(handle, 1)], []);
    expect(results.map(({ code, score, reasons }) => ({ code, score, reasons }))).toEqual([
      {
        code: "player-400-player-already-registered",
        // All 3 title words (0.75) and a Dice similarity of 6/20 (0.25 × 0.3); the status differs;
        // 3 slug words in the line.
        score: 60 + 300 * (0.75 + 0.075) - 100 + 3 * 25,
        reasons: ["text #1", "message 0.82", "context 3"],
      },
      { code: "user:handle_already_exists", score: 57 + 100 + 25, reasons: ["text #2", "context 1"] },
    ]);
  });

  it("drops the message it compared from the results", () => {
    const results = rankResults(plan("user not found"), [], [hit(pages.player404, 0)], []);
    expect(results[0]).not.toHaveProperty("message");
  });

  it("passes the excerpt of a full-text hit on", () => {
    const results = rankResults(
      plan("user not found"),
      [],
      [{ ...hit(pages.player404, 0), excerpt: "<mark>User</mark>" }],
      [],
    );
    expect(results[0]!.excerpt).toBe("<mark>User</mark>");
  });

  it("ranks a page of the system a ticket names above a page of another that the text put first", () => {
    const ticket = plan("the Data Manager refuses a query with a missing property");
    const other = { ...pages.dm2201, system: "app-manager", code: "3201", slug: "3201" };
    const results = rankResults(ticket, [], [hit(other, 0), hit(pages.dm2201, 1)], formats);
    expect(results.map((result) => result.code)).toEqual(["2201", "3201"]);
    expect(results[0]!.reasons).toContain("system named");
  });
});
