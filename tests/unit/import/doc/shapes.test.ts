/**
 * Each shape teams write, on small documents that isolate it: several codes in one cell,
 * `extensions.code`, statuses written into the prose, remedies and causes, non-error tables,
 * examples, headings that name types, and prose that mentions a code in passing.
 */
import { describe, expect, it } from "vitest";
import { cellCodes, looksLikeCode, statusInText } from "../../../../scripts/import/doc/code-token";
import { docEntry } from "../../../../scripts/import/doc/doc-entry";
import { parseErrorDoc } from "../../../../scripts/import/doc/parse-doc";
import { parseMarkdown } from "../../../../scripts/import/markdown-table";

const BILLING = `# Billing API errors

Every error response carries \`extensions.code\`. A \`CARD_DECLINED\` error is the most common one.

## Payments

| \`extensions.code\` | Message | Remediation | Cause |
| --- | --- | --- | --- |
| \`CARD_DECLINED\` | The card was declined. | Ask the customer for another card. | The issuer refused the charge. |
| \`CARD_EXPIRED\`, \`CARD_INVALID\` | The card cannot be charged. | Ask for a valid card. | |
| \`PASSWORD_PWNED\` | The password appears on a public breach list. 403. | | |
| - | | | |

## Request fields

| Field | Type | Description |
| --- | --- | --- |
| amount | integer | Amount in cents |

## Rate limits

| Operation | Limit | Window |
| --- | --- | --- |
| charge | 100 | 1 minute |

## Types

### BillingError

The base type of every error.

\`\`\`http
HTTP/1.1 402 Payment Required
\`\`\`
`;

describe("a table with extensions.code, several codes in a cell, remedies and causes", () => {
  const parsed = parseErrorDoc(BILLING);
  const entries = parsed.errors.map((error) => docEntry(error, "billing", "docs/billing.md"));

  it("makes one error per code; codes in one cell share the row's text", () => {
    expect(
      entries.map(({ code, title, status, category, message }) => [code, title, status, category, message]),
    ).toEqual([
      ["CARD_DECLINED", "The card was declined", null, "payments", "The card was declined."],
      ["CARD_EXPIRED", "The card cannot be charged", null, "payments", "The card cannot be charged."],
      ["CARD_INVALID", "The card cannot be charged", null, "payments", "The card cannot be charged."],
      [
        "PASSWORD_PWNED",
        "The password appears on a public breach list",
        403,
        "payments",
        "The password appears on a public breach list.",
      ],
    ]);
    expect(entries[1]!.source.notes).toEqual([
      "The document lists CARD_EXPIRED, CARD_INVALID in one row; they share its text.",
    ]);
    expect(entries[3]!.source.notes).toEqual(["The status 403 is read from the document's text."]);
  });

  it("puts the document's remedy under What to do and its cause under Causes, and invents none", () => {
    expect(entries[0]!.body).toBe(
      "The card was declined.\n\n## What to do\n\nAsk the customer for another card.\n\n## Causes\n\nThe issuer refused the charge.",
    );
    expect(entries[3]!.body).toBe("The password appears on a public breach list.");
  });

  it("skips the non-error tables, the example and the row without a code, each with its line and reason", () => {
    expect(parsed.skipped).toEqual([
      { line: 12, what: "row", why: 'its code cell "-" is not a code (one word, or codes joined by commas or "or")' },
      {
        line: 16,
        what: "table (Field | Type | Description)",
        why: "no column holds codes (Code, Error code, Error, extensions.code, or an HTTP status column)",
      },
      {
        line: 22,
        what: "table (Operation | Limit | Window)",
        why: "no column holds codes (Code, Error code, Error, extensions.code, or an HTTP status column)",
      },
      { line: 32, what: "code block (http)", why: "an example, not an error" },
    ]);
  });
});

describe("lists and headings", () => {
  it("reads bold, numeric and `CODE:` items; a status in parentheses is the status", () => {
    const parsed = parseErrorDoc(
      "# Errors\n\n- **0002** - Bad Request (400)\n- 128 Missing required parameter\n- E_LOCKED: The account is locked.\n",
    );
    expect(parsed.errors.map(({ code, title, description, status }) => [code, title, description, status])).toEqual([
      ["0002", "Bad Request", undefined, 400],
      ["128", undefined, "Missing required parameter", undefined],
      ["E_LOCKED", undefined, "The account is locked.", undefined],
    ]);
  });

  it("reads labelled causes and resolutions under an error's heading; type and step headings make no error", () => {
    const parsed = parseErrorDoc(
      [
        "# Camera errors",
        "",
        "## 7400101 - Invalid parameter",
        "",
        "**Error Message**",
        "",
        "Parameter missing or parameter type incorrect.",
        "",
        "**Possible Causes**",
        "",
        "A value outside the allowed range.",
        "",
        "**Resolution Steps**",
        "",
        "Pass the parameters the interface documents.",
        "",
        "## DirectusException (Base)",
        "",
        "The base class.",
        "",
        "### 1. Always check the status",
        "",
        "Read it first.",
      ].join("\n"),
    );
    expect(parsed.errors).toEqual([
      {
        code: "7400101",
        line: 3,
        text: "## 7400101 - Invalid parameter",
        title: "Invalid parameter",
        message: "Parameter missing or parameter type incorrect.",
        remediation: "Pass the parameters the interface documents.",
        causes: "A value outside the allowed range.",
        category: { id: "general", name: "General" },
        notes: [],
      },
    ]);
  });

  it("leaves a list that does not start with codes, and says so", () => {
    const parsed = parseErrorDoc("## See also\n\n- [Sentry](https://sentry.io) - monitoring\n- HTTP `401`\n");
    expect(parsed.errors).toEqual([]);
    expect(parsed.skipped).toEqual([{ line: 3, what: "list", why: "its items do not start with codes" }]);
  });

  it("ignores a frontmatter block, keeping line numbers", () => {
    const parsed = parseErrorDoc("---\nsidebar_position: 4\ntitle: Errors\n---\n\n- `E1`: First\n");
    expect(parsed.errors.map(({ code, line }) => [code, line])).toEqual([["E1", 6]]);
  });
});

describe("code tokens and statuses", () => {
  const cell = (markdown: string) => {
    const paragraph = parseMarkdown(markdown).children[0];
    return paragraph?.type === "paragraph" ? cellCodes(paragraph.children) : undefined;
  };

  it("splits a cell that lists several codes, and refuses a cell of prose", () => {
    expect(cell("`invalid_scope` or `insufficient_scope`")).toEqual(["invalid_scope", "insufficient_scope"]);
    expect(cell("E0001, E0002")).toEqual(["E0001", "E0002"]);
    expect(cell("auth/invalid-email")).toEqual(["auth/invalid-email"]);
    expect(cell("400 Bad Request")).toBeUndefined();
    expect(cell("`a` means `b`")).toBeUndefined();
  });

  it("tells codes from words", () => {
    expect(["FORBIDDEN", "user_not_found", "user:not_found", "EmailAlreadyExists", "2202"].every(looksLikeCode)).toBe(
      true,
    );
    expect(["Errors", "the", "A", "-"].some(looksLikeCode)).toBe(false);
  });

  it("reads a status only where the text states one", () => {
    expect(statusInText("The password appears on a public breach list. 403.")).toBe(403);
    expect(statusInText("Bad Request (400)")).toBe(400);
    expect(statusInText("Responds with HTTP 429 when over the limit")).toBe(429);
    expect(statusInText("At most 500 items per page")).toBeUndefined();
    expect(statusInText("Used 200 of 200 slots.")).toBeUndefined();
  });
});

describe("section headings in capitals", () => {
  const parsed = parseErrorDoc(
    [
      "# Errors",
      "",
      "## 400 Bad Request",
      "",
      "The request is malformed.",
      "",
      "## 404 Not Found",
      "",
      "No such resource.",
      "",
      "## RATE_LIMITED",
      "",
      "Too many requests.",
      "",
      "## E42",
      "",
      "The answer.",
      "",
      "## **Overview**",
      "",
      "What the API returns.",
      "",
      "## FAQ",
      "",
      "Ask us anything.",
      "",
      "## API",
      "",
      "See the reference.",
      "",
      "## JSON",
      "",
      "Bodies are JSON.",
    ].join("\n"),
  );

  it("are sections, not errors: a bare word in capitals needs an _ or a digit to be a code", () => {
    expect(parsed.errors.map(({ code }) => code)).toEqual(["400", "404", "RATE_LIMITED", "E42"]);
  });

  it("leave the statuses of the numbered headings alone, and give the named ones none", () => {
    expect(parsed.errors.map(({ code, status }) => [code, status])).toEqual([
      ["400", 400],
      ["404", 404],
      ["RATE_LIMITED", undefined],
      ["E42", undefined],
    ]);
  });
});

describe("a bold word at the start of a list item", () => {
  const parsed = parseErrorDoc(
    [
      "# Errors",
      "",
      "- **Authentication**: every request needs a token",
      "- **NOTE**: tokens expire after an hour",
      "- **JavaScript**: the SDK throws these",
      "- **0002** - Bad Request (400)",
      "- **CARD_DECLINED**: The card was declined.",
      "- **EmailAlreadyExists**: The email is taken.",
      "- **auth.expired**: The session expired.",
    ].join("\n"),
  );

  it("is a code only when it is plainly one", () => {
    expect(parsed.errors.map(({ code }) => code)).toEqual([
      "0002",
      "CARD_DECLINED",
      "EmailAlreadyExists",
      "auth.expired",
    ]);
  });

  it("is reported when it is not, with the way to make it one", () => {
    const why = (word: string) =>
      `it starts with the bold word "${word}", which reads as a word, not a code; set a code in backticks to import it`;
    expect(parsed.skipped).toEqual([
      { line: 3, what: "list item", why: why("Authentication") },
      { line: 4, what: "list item", why: why("NOTE") },
      { line: 5, what: "list item", why: why("JavaScript") },
    ]);
  });
});

describe("nothing is dropped silently", () => {
  it("keeps the text of reference-style links and images, with the definition's URL", () => {
    const parsed = parseErrorDoc(
      [
        "- E1: See [the auth guide][auth] for tokens.",
        "- E2: Shown as ![a red cross][cross] in the console.",
        "- E3: Read [the FAQ] first.",
        "",
        "[auth]: https://example.com/auth",
        "[cross]: https://example.com/cross.png",
        "[the faq]: https://example.com/faq",
      ].join("\n"),
    );
    expect(parsed.errors.map(({ description }) => description)).toEqual([
      "See [the auth guide](https://example.com/auth) for tokens.",
      "Shown as a red cross in the console.",
      "Read [the FAQ](https://example.com/faq) first.",
    ]);
  });

  it("keeps a list item's nested list as nested Markdown, and reports its code block", () => {
    const parsed = parseErrorDoc(
      [
        "- E1: The token was refused.",
        "  - it expired",
        "  - it was revoked",
        "    1. by an admin",
        "",
        "  ```json",
        '  { "error": "E1" }',
        "  ```",
        "",
        "  > Tokens last an hour.",
        "- E2: Second.",
      ].join("\n"),
    );
    expect(parsed.errors[0]!.description).toBe(
      "The token was refused.\n\n- it expired\n- it was revoked\n  1. by an admin",
    );
    expect(parsed.skipped).toEqual([
      { line: 6, what: "code block (json)", why: "an example, not an error" },
      { line: 10, what: "blockquote", why: "not read as part of the error E1; write it as a paragraph of the item" },
    ]);
  });

  it("keeps nested items under an error's heading, and reports its HTML", () => {
    const parsed = parseErrorDoc(
      [
        "## E2: Quota exceeded",
        "",
        "The plan's quota is used up.",
        "",
        "Causes:",
        "",
        "- the plan's quota",
        "  - monthly",
        "  - daily",
        "",
        "<div>Contact sales</div>",
      ].join("\n"),
    );
    expect(parsed.errors[0]!.causes).toBe("- the plan's quota\n  - monthly\n  - daily");
    expect(parsed.skipped).toEqual([
      { line: 11, what: "HTML", why: "not read as part of the error E2; only Markdown is read, write it as Markdown" },
    ]);
  });
});

describe("a status column", () => {
  it('reads "400 Bad Request" as the status 400, and skips a row whose status is no error', () => {
    const parsed = parseErrorDoc(
      "| Code | Status | Message |\n| --- | --- | --- |\n| E1 | 400 Bad Request | Bad. |\n| E2 | 200 OK | Fine. |\n| E3 | 429 | Slow down. |\n",
    );
    expect(parsed.errors.map(({ code, status, notes }) => [code, status, notes])).toEqual([
      ["E1", 400, []],
      ["E3", 429, []],
    ]);
    expect(parsed.skipped).toEqual([{ line: 4, what: "row", why: "its status 200 OK is not an error status" }]);
  });
});
