import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { renderErrorFile } from "../../../../scripts/import/error-file";
import type { ImportedError } from "../../../../scripts/import/imported-error";
import {
  parseCodeBlocks,
  parseExampleResponse,
  titleFromCode,
} from "../../../../scripts/import/seeds/parse-code-blocks";
import { errorSchema } from "../../../../src/schemas/error";
import { describeBundled } from "../../bundled-only";

describeBundled("the bundled document content/sources/001_f63e619d1439348f.txt", () => {
  const DOCUMENT = "001_f63e619d1439348f.txt";
  const text = readFileSync(new URL(`../../../../content/sources/${DOCUMENT}`, import.meta.url), "utf8");
  const system = parseYaml(
    readFileSync(new URL("../../../../content/systems/sso-groups.yaml", import.meta.url), "utf8"),
  ) as { categories: Array<{ id: string }> };

  const result = parseCodeBlocks(text, DOCUMENT);
  const byCode = new Map(result.errors.map((error) => [error.code, error]));
  const get = (code: string): ImportedError => {
    const error = byCode.get(code);
    if (!error) throw new Error(`no error with code ${code}`);
    return error;
  };

  const lines = text.split("\n");
  const listStart = lines.indexOf("### List of errors");

  describe("parseCodeBlocks (document 001, sso-groups)", () => {
    it("makes one row and one error per block of the list, counted by its code lines", () => {
      const codeLines = lines.slice(listStart).filter((line) => /^\s*code\s*:/.test(line));
      expect(codeLines.length).toBe(19);
      expect(result.rows.length).toBe(codeLines.length);
      expect(result.errors.length).toBe(codeLines.length);
      const openings = lines
        .map((line, index) => ({ line, number: index + 1 }))
        .filter(({ line, number }) => number > listStart && line === "```{")
        .map(({ number }) => number);
      expect(result.rows.map((row) => row.line)).toEqual(openings);
    });

    it("keeps each block's exact lines as its source text", () => {
      for (const row of result.rows) {
        const end = lines.findIndex((line, index) => index >= row.line && line === "}```");
        expect(row.text).toBe(lines.slice(row.line - 1, end + 1).join("\n"));
        expect(row.codes).toEqual([{ system: "sso-groups", code: expect.any(String) }]);
        const error = get(row.codes[0]!.code);
        expect(error.source).toMatchObject({ document: DOCUMENT, line: row.line, text: row.text });
      }
    });

    it("gives every code once", () => {
      const codes = result.errors.map((error) => error.code);
      expect(new Set(codes).size).toBe(codes.length);
    });

    it("joins wrapped messages with single spaces", () => {
      expect(get("GroupNotFound").message).toBe("The group of the given api token does not exist.");
      expect(get("UnauthorizedRequest").message).toBe("The request is unauthorized, an api token is required.");
      expect(get("InvalidSSOTokenPayload").message).toBe("One of the required fields in payload is invalid");
      expect(get("InternalError").message).toBe("The server encountered an internal error.");
      for (const error of result.errors) {
        expect(error.message).toBeDefined();
        expect(error.message).not.toMatch(/\s{2}|\n|'/);
      }
    });

    it("reads the broken-quote block as written and notes both quirks", () => {
      const error = get("failedToCreateSession");
      expect(error.status).toBe(500);
      expect(error.message).toBe("An error occurred, failed to create user session. User may not be logged in.");
      expect(error.title).toBe("Failed to create session");
      expect(error.category).toBe("server");
      expect(error.source.notes).toHaveLength(2);
      expect(error.source.notes[0]).toMatch(/opening quote has no closing quote/);
      expect(error.source.notes[1]).toMatch(/lower-case letter/);
      expect(error.source.notes[1]).toMatch(/kept exactly as written/);
      expect(result.errors.filter((e) => e.source.notes.length > 0).map((e) => e.code)).toEqual([
        "failedToCreateSession",
      ]);
    });

    it("makes no entry from the example response, which agrees with the list entry", () => {
      const example = parseExampleResponse(text, DOCUMENT);
      expect(example).toEqual({
        line: 15,
        status: 409,
        message: "This email is already in use, please try another one.",
        code: "EmailAlreadyExists",
      });
      const entry = get("EmailAlreadyExists");
      expect(entry.status).toBe(example!.status);
      expect(entry.message).toBe(example!.message);
      expect(entry.source.line).not.toBe(example!.line);
      expect(result.rows.every((row) => row.line > listStart)).toBe(true);
    });

    it("throws when the example response disagrees with the list", () => {
      const changed = text.replace('"status": 409', '"status": 400');
      expect(() => parseCodeBlocks(changed, DOCUMENT)).toThrow(/line 15: the example response .* disagrees/);
    });

    it("titles errors from the code words in sentence case, keeping SSO and API", () => {
      expect(get("EmailAlreadyExists").title).toBe("Email already exists");
      expect(get("SSOTokenFailedToParse").title).toBe("SSO token failed to parse");
      expect(get("InvalidSSOTokenPayload").title).toBe("Invalid SSO token payload");
      expect(get("ApiIsDisabled").title).toBe("API is disabled");
      expect(get("InvalidApiToken").title).toBe("Invalid API token");
      expect(get("OutOfRangeSuggestedUsername").title).toBe("Out of range suggested username");
      expect(titleFromCode("MissingRequiredQueryParameter")).toBe("Missing required query parameter");
    });

    it("files codes into the categories of the system", () => {
      const expected: Record<string, string[]> = {
        server: ["InternalError", "FailedToCreateUser", "failedToCreateSession"],
        request: ["InvalidRequestDomain", "InvalidInput", "MissingRequiredQueryParameter"],
        "api-token": ["GroupNotFound", "ApiIsDisabled", "InvalidApiToken", "UnauthorizedRequest", "NotGroupMember"],
        user: [
          "UsernameAlreadyExists",
          "EmailAlreadyExists",
          "InvalidEmailDomain",
          "InvalidUsername",
          "OutOfRangeUsername",
          "OutOfRangeSuggestedUsername",
        ],
        "sso-token": ["SSOTokenFailedToParse", "InvalidSSOTokenPayload"],
      };
      for (const [category, codes] of Object.entries(expected)) {
        expect(system.categories.map((c) => c.id)).toContain(category);
        for (const code of codes) expect(get(code).category).toBe(category);
      }
      expect(Object.values(expected).flat().sort()).toEqual(result.errors.map((e) => e.code).sort());
    });

    it("throws for a code it has no category for", () => {
      const changed = text.replace("'InternalError'", "'BrandNewError'");
      expect(() => parseCodeBlocks(changed, DOCUMENT)).toThrow(
        `${DOCUMENT}, line 26: code BrandNewError is not in the parser's category table`,
      );
    });

    it("throws naming the line for a block it cannot read", () => {
      expect(() =>
        parseCodeBlocks(text.replace("status                      : 500", "status : five"), DOCUMENT),
      ).toThrow(/line 26: the status "five"/);
      expect(() =>
        parseCodeBlocks(
          text.replace("  message                     : 'Request is invalid'", "  detail : 'x'"),
          DOCUMENT,
        ),
      ).toThrow(/line 34: unknown field "detail"/);
      expect(() => parseCodeBlocks(`${text}\nstray text\n`, DOCUMENT)).toThrow(/expected an error block/);
    });

    it("relates only grounded pairs, symmetrically", () => {
      expect(get("InvalidUsername").related).toEqual(["OutOfRangeUsername", "OutOfRangeSuggestedUsername"]);
      expect(get("FailedToCreateUser").related).toEqual(["failedToCreateSession"]);
      expect(get("failedToCreateSession").related).toEqual(["FailedToCreateUser"]);
      for (const error of result.errors) {
        for (const code of error.related ?? []) expect(get(code).related).toContain(error.code);
      }
      expect(get("EmailAlreadyExists").related).toBeUndefined();
    });

    it("writes bodies that name the code and status, with advice only where the message gives it", () => {
      for (const error of result.errors) {
        expect(error.body).toMatch(new RegExp(`^The API returns \`${error.code}\` with HTTP status ${error.status} `));
        expect(error.body).not.toMatch(/^# /m);
      }
      const advised = result.errors.filter((e) => e.body.includes("## What to do")).map((e) => e.code);
      expect(advised).toEqual(["UsernameAlreadyExists", "EmailAlreadyExists"]);
      expect(get("EmailAlreadyExists").body).toContain("Choose another email address");
      expect(get("UsernameAlreadyExists").body).toContain("Choose another username");
    });

    it("renders content files that satisfy the error schema", () => {
      for (const error of result.errors) {
        const frontmatter = parseYaml(renderErrorFile(error).split("---\n")[1]!) as unknown;
        expect(errorSchema.safeParse(frontmatter).success, error.code).toBe(true);
      }
    });

    it("is deterministic", () => {
      expect(parseCodeBlocks(text, DOCUMENT)).toEqual(result);
    });
  });
});
