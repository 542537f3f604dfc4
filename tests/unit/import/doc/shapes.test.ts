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
