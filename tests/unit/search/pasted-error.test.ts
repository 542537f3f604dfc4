import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_PASTE_CHARS, parsePastedError, type PastedError } from "../../../src/lib/search/pasted-error";
import { itBundled } from "../bundled-only";

const NOTHING_FOUND = "No error code, message or documentation link was found in the pasted text.";
const REPAIRED = "The JSON was not valid; it was read after adding missing commas.";
const LOOSE = "The JSON could not be parsed; its fields were read one by one.";
const SEARCHED_AS_MESSAGE =
  "No error code or documentation link was recognised; the first 500 characters were searched as a message.";
const READ_AS_TEXT = "The text looks like JSON but could not be parsed; it was read as text.";
const TOO_LARGE = "The JSON is very large; only its first part was read.";
const NO_BODY = "The HTTP response has no body, so only its status could be read.";

function pasted(overrides: Partial<PastedError>): PastedError {
  return {
    shape: "empty",
    status: null,
    codes: [],
    numbers: [],
    context: [],
    messages: [],
    links: [],
    fields: [],
    warnings: [],
    ...overrides,
  };
}

/** Deterministic pseudo-random text over the printable ASCII characters. */
function garbage(length: number, seed = 42): string {
  let state = seed;
  const chars: string[] = [];
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    chars.push(String.fromCharCode(32 + (state % 95)));
  }
  return chars.join("");
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

/** The example response of content/sources/003, as printed: `_links` lacks its trailing comma. */
const entrecodeExample = () =>
  /### Example\n\n( {4}\{[\s\S]*?\n {4}\})\n/.exec(
    readFileSync("content/sources/003_8b4148c69048e271.txt", "utf8"),
  )![1]!;

describe("parsePastedError: the catalog's response shapes", () => {
  it("reads RFC 7807 problem+json with HAL links and an embedded error, top-level first", () => {
    const body = JSON.stringify({
      status: 404,
      code: 1100,
      title: "Account not found",
      type: "https://entrecode.de/doc/errors/1100",
      detail: "accountID",
      _links: { describedby: { title: "Error Description", href: "https://entrecode.de/doc/errors/1100" } },
      _embedded: { error: { code: 1101, title: "Other error", type: "https://entrecode.de/doc/errors/1101" } },
    });
    const result = parsePastedError(body);
    expect(result.shape).toBe("problem+json");
    expect(result.status).toBe(404);
    expect(result.codes).toEqual(["1100", "1101"]);
    expect(result.messages.slice(0, 2)).toEqual(["Account not found", "accountID"]);
    expect(result.messages.at(-1)).toBe("Other error");
    // `type` and `describedby.href` are the same link, listed once, before the embedded one.
    expect(result.links).toEqual(["https://entrecode.de/doc/errors/1100", "https://entrecode.de/doc/errors/1101"]);
    expect(result.warnings).toEqual([]);
  });

  it("collects the describedby href when it differs from type", () => {
    const result = parsePastedError(
      JSON.stringify({
        type: "https://errors.example.com/a",
        status: 400,
        title: "Bad",
        _links: { describedby: { href: "https://errors.example.com/b" } },
      }),
    );
    expect(result.links).toEqual(["https://errors.example.com/a", "https://errors.example.com/b"]);
  });

  itBundled("reads the invalid JSON example of content/sources/003 after adding the missing comma", () => {
    expect(() => JSON.parse(entrecodeExample())).toThrow();
    const result = parsePastedError(entrecodeExample());
    expect(result.shape).toBe("problem+json");
    expect(result.status).toBe(400);
    expect(result.codes).toEqual(["2202", "2201"]);
    expect(result.messages[0]).toBe("Missing property in query string");
    expect(result.messages).toContain("Missing property in JSON Body");
    expect(result.messages.indexOf("Missing property in JSON Body")).toBeGreaterThan(
      result.messages.indexOf("Missing property in query string"),
    );
    expect(result.links[0]).toBe("https://entrecode.de/doc/errors/2202");
    expect(result.links).toContain("https://entrecode.de/doc/errors/2201");
    expect(result.fields).toEqual([
      "status",
      "code",
      "title",
      "type",
      "detail",
      "_links",
      "_embedded",
      "_links.up",
      "_links.describedby",
      "_embedded.error",
      "_links.up.title",
      "_links.up.href",
      "_links.describedby.title",
      "_links.describedby.href",
      "_embedded.error.code",
      "_embedded.error.title",
      "_embedded.error.type",
      "_embedded.error.detail",
    ]);
    expect(result.warnings).toEqual([REPAIRED]);
  });

  it('reads an {"error": {...}} object with its status', () => {
    const body =
      '{"error":{"status":409,"message":"This email is already in use, please try another one.","code":"EmailAlreadyExists"}}';
    expect(parsePastedError(body)).toEqual(
      pasted({
        shape: "error object",
        status: 409,
        codes: ["EmailAlreadyExists"],
        messages: ["This email is already in use, please try another one."],
        fields: ["error", "error.status", "error.message", "error.code"],
      }),
    );
  });

  it("reads the example of content/sources/001 as printed, multi-line", () => {
    const body = `{
  "error": {
      "status": 409,
      "message": "This email is already in use, please try another one.",
      "code": "EmailAlreadyExists"
  }
}`;
    const result = parsePastedError(body);
    expect(result.shape).toBe("error object");
    expect(result.codes).toEqual(["EmailAlreadyExists"]);
    expect(result.warnings).toEqual([]);
  });

  it('reads a {"detail": ...} body', () => {
    expect(parsePastedError('{"detail":"Storage quota exceeded. Used 48 MB of 50 MB."}')).toEqual(
      pasted({ shape: "detail", messages: ["Storage quota exceeded. Used 48 MB of 50 MB."], fields: ["detail"] }),
    );
  });

  it('reads an MQTT error; its "status": "error" is not an HTTP status', () => {
    const body = '{"status":"error","error_code":"NOT_FOUND","message":"Playset \'evening\' not found"}';
    expect(parsePastedError(body)).toEqual(
      pasted({
        shape: "mqtt",
        codes: ["NOT_FOUND"],
        messages: ["Playset 'evening' not found"],
        fields: ["status", "error_code", "message"],
      }),
    );
  });

  it("reads an OAuth-style error string as a code and error_description as a message", () => {
    expect(parsePastedError('{"error":"invalid_grant","error_description":"Bad verification code"}')).toEqual(
      pasted({
        shape: "json",
        codes: ["invalid_grant"],
        messages: ["Bad verification code"],
        fields: ["error", "error_description"],
      }),
    );
  });

  it("reads an error string with spaces as a message", () => {
    expect(parsePastedError('{"error":"Something went badly wrong"}').messages).toEqual(["Something went badly wrong"]);
  });
});

describe("parsePastedError: raw HTTP responses", () => {
  const response = [
    "HTTP/1.1 404 Not Found",
    "Content-Type: application/problem+json",
    "Date: Mon, 23 Nov 2026 10:00:00 GMT",
    "",
    '{"type":"https://errors.example.com/accounts/user-not-found/","status":404,"title":"User not found","code":"user:not_found"}',
  ];
  const expected = pasted({
    shape: "http response",
    status: 404,
    codes: ["user:not_found"],
    messages: ["User not found"],
    links: ["https://errors.example.com/accounts/user-not-found/"],
    fields: ["type", "status", "title", "code"],
  });

  it("reads the status line and the JSON body after the headers", () => {
    expect(parsePastedError(response.join("\n"))).toEqual(expected);
  });

  it("reads CRLF line endings alike", () => {
    expect(parsePastedError(response.join("\r\n"))).toEqual(expected);
  });

  it("takes the status from the status line over the body's status", () => {
    const paste = 'HTTP/2 409\n\n{"status":400,"code":"user:handle_already_exists"}';
    const result = parsePastedError(paste);
    expect(result.status).toBe(409);
    expect(result.codes).toEqual(["user:handle_already_exists"]);
  });

  it("reads a body that follows the status line without headers", () => {
    const result = parsePastedError('HTTP/1.1 404 Not Found\n{"code":"user:not_found"}');
    expect(result).toEqual(
      pasted({ shape: "http response", status: 404, codes: ["user:not_found"], fields: ["code"] }),
    );
  });

  it("reads only the status of a response without a body", () => {
    const paste = "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer\r\nContent-Length: 0\r\n\r\n";
    expect(parsePastedError(paste)).toEqual(pasted({ shape: "http response", status: 401, warnings: [NO_BODY] }));
    expect(parsePastedError("HTTP/2 503")).toEqual(
      pasted({ shape: "http response", status: 503, warnings: [NO_BODY] }),
    );
  });

  // BUG: a body that is not JSON goes through the plain-text reader, which overwrites the shape
  // with "text" (or "code"), so planSearch then treats the whole response, status line and
  // headers included, as a typed query.
  it("keeps the http response shape for a plain-text body", () => {
    const paste =
      "HTTP/1.1 429 Too Many Requests\nContent-Type: text/plain\n\nUpload rate limit exceeded. Please try again later.";
    expect(parsePastedError(paste)).toEqual(
      pasted({
        shape: "http response",
        status: 429,
        messages: ["Upload rate limit exceeded. Please try again later."],
      }),
    );
  });
});

describe("parsePastedError: bare codes, messages and log lines", () => {
  it.each(["2202", "user:not_found", "FILE_TOO_LARGE", "EmailAlreadyExists", "auth-401-user-not-found"])(
    "reads %j as a bare code",
    (code) => {
      expect(parsePastedError(`  ${code}\n`)).toEqual(pasted({ shape: "code", codes: [code] }));
    },
  );

  it("reads a bare message as text", () => {
    expect(parsePastedError("Account is locked")).toEqual(pasted({ shape: "text", messages: ["Account is locked"] }));
  });

  it("reads words that look like a code as text, not as a code", () => {
    expect(parsePastedError("user not found")).toEqual(pasted({ shape: "text", messages: ["user not found"] }));
  });

  it("reads the code, status and context words of a log line", () => {
    const line = "2026-11-23T10:00:00Z ERROR request failed code=user:not_found status=404";
    expect(parsePastedError(line)).toEqual(
      pasted({
        shape: "log",
        status: 404,
        codes: ["user:not_found"],
        // Without the timestamp and the words every log line has.
        context: ["user", "not", "found"],
        messages: [line],
      }),
    );
  });

  it("reads numbers in a log line as possible codes, leaving out timestamps, ids and process numbers", () => {
    const line = "Nov 23 10:00:01 player-cmd[4121]: ERROR datamanager request failed with 2212";
    expect(parsePastedError(line)).toEqual(
      pasted({ shape: "log", numbers: ["2212"], context: ["player", "cmd", "datamanager"], messages: [line] }),
    );
    const withId = parsePastedError("ERROR user_id=12345 failed with 2212");
    expect(withId.numbers).toEqual(["2212"]);
    expect(withId.context).toEqual([]);
  });

  it("reads the status after an arrow in a log line, and not as a possible code", () => {
    const line = "2026-11-23 10:00:00,123 WARN [main] POST /v1/players/register -> 409 Player already registered";
    const result = parsePastedError(line);
    expect(result.shape).toBe("log");
    expect(result.status).toBe(409);
    expect(result.numbers).toEqual([]);
    expect(result.context).toEqual(["main", "players", "register", "player", "already", "registered"]);
  });

  it("reads numbers in a short typed query as possible codes, without context words", () => {
    expect(parsePastedError("failed 13")).toEqual(pasted({ shape: "text", numbers: ["13"], messages: ["failed 13"] }));
  });

  it("reads a number named as a code as a code, but an HTTP status after 'error' as the status", () => {
    expect(parsePastedError("error 13").codes).toEqual(["13"]);
    expect(parsePastedError("Hazizz error code 155").codes).toEqual(["155"]);
    expect(parsePastedError("see #3110 in the docs").codes).toEqual(["3110"]);
    const status = parsePastedError("error 500 when uploading");
    expect([status.codes, status.status]).toEqual([[], 500]);
  });

  it("reads prose with braces in it as text", () => {
    const text = "I got an error {something} when calling the api";
    expect(parsePastedError(text)).toEqual(pasted({ shape: "text", messages: [text] }));
  });

  it("finds identifier-shaped words and links in prose", () => {
    const text = "The API said USER_NOT_FOUND, see https://docs.example.com/errors#user for EmailAlreadyExists";
    const result = parsePastedError(text);
    expect(result.shape).toBe("text");
    expect(result.codes).toEqual(["USER_NOT_FOUND", "EmailAlreadyExists"]);
    expect(result.links).toEqual(["https://docs.example.com/errors#user"]);
  });

  it("drops the sentence's full stop from a named code", () => {
    expect(parsePastedError("The error code: NOT_FOUND.").codes).toEqual(["NOT_FOUND"]);
  });

  it("reads JSON after a log prefix", () => {
    const result = parsePastedError('2026-11-23 ERROR {"code":"user:not_found","status":404}');
    expect(result).toEqual(
      pasted({ shape: "json", status: 404, codes: ["user:not_found"], fields: ["code", "status"] }),
    );
  });

  it("reads the words around JSON in a log line as context", () => {
    const result = parsePastedError('2026-11-23 ERROR {"code":"user:not_found","status":404} from accounts-api');
    expect(result.codes).toEqual(["user:not_found"]);
    expect(result.context).toEqual(["accounts", "api"]);
  });

  it("reads a log with a JSON body on each of several lines, every body of it", () => {
    const result = parsePastedError(
      [
        'HTTP 404 POST /api/player/p_19ac/command {"detail":"Player not found or not registered"}',
        '[mqtt] <- player/p_19ac/response {"status":"error","error_code":"INTERNAL_ERROR","message":"Server-side failure"}',
      ].join("\n"),
    );
    expect(result.codes).toEqual(["INTERNAL_ERROR"]);
    expect(result.messages.sort()).toEqual(["Player not found or not registered", "Server-side failure"]);
    expect(result.status).toBe(404);
    expect(result.context).toContain("mqtt");
  });

  it("reads an empty or blank paste as empty, without warnings", () => {
    expect(parsePastedError("")).toEqual(pasted({}));
    expect(parsePastedError("  \n\t ")).toEqual(pasted({}));
  });
});

describe("parsePastedError: JSON that does not parse", () => {
  it("reads the single-quoted pseudo fields of content/sources/001 one by one", () => {
    const block = `{
  status                      : 403
  message                     : 'Api usage for this group is disabled.'
  code                        : 'ApiIsDisabled'
}`;
    expect(parsePastedError(block)).toEqual(
      pasted({
        shape: "json",
        status: 403,
        codes: ["ApiIsDisabled"],
        messages: ["Api usage for this group is disabled."],
        warnings: [LOOSE],
      }),
    );
  });

  it("reads unquoted keys with double-quoted values", () => {
    const result = parsePastedError('{ code: "user:banned", message: "User is banned" oops }');
    expect(result.codes).toEqual(["user:banned"]);
    expect(result.messages).toEqual(["User is banned"]);
    expect(result.warnings).toEqual([LOOSE]);
  });

  it("reads JSON-looking text without any fields as text, and says so", () => {
    expect(parsePastedError("{{{{ not json at all ]]]")).toEqual(
      pasted({ shape: "text", messages: ["{{{{ not json at all ]]]"], warnings: [READ_AS_TEXT] }),
    );
  });
});

describe("parsePastedError: hostile input comes back as plain data", () => {
  const markup = "<img src=x onerror=alert(1)>";

  it("returns markup in a message value verbatim", () => {
    expect(parsePastedError(JSON.stringify({ message: markup }))).toEqual(
      pasted({ shape: "json", messages: [markup], fields: ["message"] }),
    );
  });

  it("returns markup pasted as bare text verbatim", () => {
    const result = parsePastedError(markup);
    expect(result.messages).toEqual([markup]);
    expect(result.codes).toEqual([]);
    expect(result.links).toEqual([]);
    expect(result.status).toBeNull();
  });

  it("does not take markup in a code field for a code", () => {
    const result = parsePastedError('{"code":"<script>alert(1)</script>","message":"x"}');
    expect(result.codes).toEqual([]);
  });

  it("reads a __proto__ key as data without touching Object.prototype", () => {
    const result = parsePastedError('{"__proto__":{"code":"POLLUTED_CODE","polluted":"yes"}}');
    expect(result.codes).toEqual(["POLLUTED_CODE"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("does not take a URL in a message field for a message", () => {
    expect(parsePastedError('{"detail":"https://evil.example/x"}')).toEqual(
      pasted({ shape: "detail", fields: ["detail"], warnings: [NOTHING_FOUND] }),
    );
  });
});

describe("parsePastedError: bounded work", () => {
  it("reads a megabyte of garbage quickly, and only its first 100,000 characters", () => {
    const input = garbage(1_000_000);
    const { value: result, ms } = timed(() => parsePastedError(input));
    expect(ms).toBeLessThan(500);
    expect(MAX_PASTE_CHARS).toBe(100_000);
    expect(result.warnings[0]).toBe("Only the first 100,000 of 1,000,000 characters were read.");
    // Not JSON-looking, so it is read as text: the message is capped, and so are the codes.
    expect(result.messages).toEqual([input.slice(0, 500).trim()]);
    expect(result.codes.length).toBeLessThanOrEqual(21);
  });

  it("reads a megabyte of JSON-looking garbage quickly and says nothing was found", () => {
    const input = `{${garbage(1_000_000, 7)}`;
    const { value: result, ms } = timed(() => parsePastedError(input));
    expect(ms).toBeLessThan(500);
    expect(result.shape).toBe("json");
    expect(result.codes).toEqual([]);
    expect(result.messages).toEqual([]);
    expect(result.warnings[0]).toBe("Only the first 100,000 of 1,000,001 characters were read.");
    expect(result.warnings.at(-1)).toBe(NOTHING_FOUND);
  });

  it("reads JSON nested 10,000 deep without overflowing", () => {
    const arrays = "[".repeat(10_000) + "]".repeat(10_000);
    const { value: result, ms } = timed(() => parsePastedError(arrays));
    expect(ms).toBeLessThan(500);
    expect(result).toEqual(pasted({ shape: "json", warnings: [TOO_LARGE, NOTHING_FOUND] }));

    const objects = '{"a":'.repeat(10_000) + '{"code":"DEEP_CODE"}' + "}".repeat(10_000);
    const deep = parsePastedError(objects);
    expect(deep.shape).toBe("json");
    expect(deep.codes).toEqual([]);
    expect(deep.fields).toHaveLength(100);
    expect(deep.warnings).toEqual([TOO_LARGE, NOTHING_FOUND]);
  });

  it("finds a code nested 1,500 deep, within the visit limit", () => {
    const objects = '{"a":'.repeat(1_500) + '{"code":"DEEP_CODE"}' + "}".repeat(1_500);
    const result = parsePastedError(objects);
    expect(result.codes).toEqual(["DEEP_CODE"]);
    expect(result.warnings).toEqual([]);
  });

  it("does not overflow on unbalanced deep nesting", () => {
    expect(parsePastedError("{".repeat(50_000))).toEqual(
      pasted({ shape: "text", messages: ["{".repeat(500)], warnings: [READ_AS_TEXT, SEARCHED_AS_MESSAGE] }),
    );
    expect(parsePastedError("[".repeat(99_999) + "]")).toEqual(
      pasted({ shape: "text", messages: ["[".repeat(500)], warnings: [READ_AS_TEXT, SEARCHED_AS_MESSAGE] }),
    );
  });

  it("stops visiting a huge array, keeping what came before it", () => {
    const body = JSON.stringify({ code: "TOP_CODE", errors: Array.from({ length: 30_000 }, () => 1) });
    const { value: result, ms } = timed(() => parsePastedError(body));
    expect(ms).toBeLessThan(500);
    expect(result).toEqual(
      pasted({ shape: "json", codes: ["TOP_CODE"], fields: ["code", "errors"], warnings: [TOO_LARGE] }),
    );
  });

  it("reads the first 1,999 entries of a huge array of errors", () => {
    const body = JSON.stringify(Array.from({ length: 3_000 }, (_, i) => ({ code: `E${i}` })));
    const result = parsePastedError(body);
    expect(result.codes).toHaveLength(1_999);
    expect(result.codes[0]).toBe("E0");
    expect(result.codes.at(-1)).toBe("E1998");
    expect(result.fields).toEqual(["code"]);
    expect(result.warnings).toEqual([TOO_LARGE]);
  });

  it("does not warn about an array just under the visit limit", () => {
    const body = `[${Array.from({ length: 1_998 }, () => 1).join(",")}]`;
    expect(parsePastedError(body).warnings).toEqual([NOTHING_FOUND]);
  });

  // BUG (minor): exactly 2,000 nodes are all visited, yet the "only its first part" warning fires
  // (`visited >= MAX_NODES` after the loop cannot tell a full read from a cut-off one).
  it("does not warn about an array of exactly 2,000 nodes, all of which were read", () => {
    const body = `[${Array.from({ length: 1_999 }, () => 1).join(",")}]`;
    expect(parsePastedError(body).warnings).toEqual([NOTHING_FOUND]);
  });

  // BUG: the loose-field pattern has no anchor before its key, so a long run of letters makes it
  // retry from every position: quadratic. 99,998 letters take about 15 s.
  it("reads a long run of letters inside braces quickly", () => {
    const input = `{${"a".repeat(60_000)}}`;
    const { ms } = timed(() => parsePastedError(input));
    expect(ms).toBeLessThan(500);
  });

  // BUG: the comma-repair pattern `(\s*\n\s*)(")` backtracks quadratically over a long run of
  // whitespace after a value. 49,990 lines take about 3 s.
  it("repairs JSON with a long run of blank lines quickly", () => {
    const input = `{"a":1${" \n".repeat(49_990)}x}`;
    const { ms } = timed(() => parsePastedError(input));
    expect(ms).toBeLessThan(500);
  });
});

describe("parsePastedError: fields and status", () => {
  it("lists the body's field paths breadth-first", () => {
    const result = parsePastedError(
      JSON.stringify({ error: { code: "X_Y" }, _links: { describedby: { href: "https://e.example/doc" } } }),
    );
    expect(result).toEqual(
      pasted({
        shape: "error object",
        codes: ["X_Y"],
        links: ["https://e.example/doc"],
        fields: ["error", "_links", "error.code", "_links.describedby", "_links.describedby.href"],
      }),
    );
  });

  it("caps the field list at 100 paths", () => {
    const body = JSON.stringify(Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`f${i}`, i])));
    const result = parsePastedError(body);
    expect(result.fields).toHaveLength(100);
    expect(result.fields.at(-1)).toBe("f99");
  });

  it("reads a status given as a numeric string", () => {
    const result = parsePastedError('{"type":"https://e.example/x","title":"Not found","status":"404"}');
    expect(result.shape).toBe("problem+json");
    expect(result.status).toBe(404);
  });

  it.each([
    ['{"status":200,"code":"OK_CODE","message":"fine"}'],
    ['{"status":"301","code":"MOVED","message":"moved"}'],
    ['{"status":600,"code":"ODD","message":"odd"}'],
    ['{"status":"404 Not Found","code":"TEXT","message":"text"}'],
  ])("ignores a status that is not a 4xx or 5xx number: %s", (body) => {
    expect(parsePastedError(body).status).toBeNull();
  });

  it("does not let an ignored 2xx status hide an error status deeper in the body", () => {
    expect(parsePastedError('{"status":200,"error":{"status":404,"code":"user:not_found"}}').status).toBe(404);
  });

  // BUG: RFC 7807 `instance` names the occurrence (`/orders/13`), not documentation, yet it is
  // collected as a documentation link; planSearch then looks up its last segment ("13") as a code.
  it("does not take an RFC 7807 instance for a documentation link", () => {
    const result = parsePastedError('{"type":"about:blank","status":404,"title":"Not Found","instance":"/orders/13"}');
    expect(result.links).toEqual([]);
  });
});
