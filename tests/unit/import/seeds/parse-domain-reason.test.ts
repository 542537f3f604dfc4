import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { renderErrorFile } from "../../../../scripts/import/error-file";
import type { ImportedError } from "../../../../scripts/import/imported-error";
import { parseDomainReason } from "../../../../scripts/import/seeds/parse-domain-reason";
import { errorSchema } from "../../../../src/schemas/error";
import { describeBundled } from "../../bundled-only";

describeBundled("the bundled document content/sources/002_5112b2511fce967e.txt", () => {
  const DOCUMENT = "002_5112b2511fce967e.txt";
  const text = readFileSync(new URL(`../../../../content/sources/${DOCUMENT}`, import.meta.url), "utf8");
  const system = parseYaml(
    readFileSync(new URL("../../../../content/systems/accounts.yaml", import.meta.url), "utf8"),
  ) as {
    categories: Array<{ id: string }>;
  };

  const result = parseDomainReason(text, DOCUMENT);
  const byCode = new Map(result.errors.map((error) => [error.code, error]));
  const get = (code: string): ImportedError => {
    const error = byCode.get(code);
    if (!error) throw new Error(`no error with code ${code}`);
    return error;
  };

  /**
   * The data rows counted without the parser: lines with a pipe that are neither a header nor a
   * separator, each with the section heading (the nearest line above without a pipe).
   */
  function countedRows(): Array<{ line: number; text: string; section: string }> {
    const rows: Array<{ line: number; text: string; section: string }> = [];
    let section = "";
    text.split("\n").forEach((line, index) => {
      if (!line.includes("|")) section = line.trim();
      else if (!line.startsWith("| Code |") && !/^\|-/.test(line)) rows.push({ line: index + 1, text: line, section });
    });
    return rows;
  }

  describe("parseDomainReason (document 002, accounts)", () => {
    it("accounts for every data row exactly once, with its line and exact text", () => {
      const counted = countedRows();
      expect(counted.length).toBe(76);
      expect(result.rows.length).toBe(counted.length);
      expect(result.errors.length).toBe(counted.length);
      expect(result.rows.map(({ line, text: row }) => ({ line, text: row }))).toEqual(
        counted.map(({ line, text: row }) => ({ line, text: row })),
      );
      for (const row of result.rows) {
        expect(row.codes).toHaveLength(1);
        const error = get(row.codes[0]!.code);
        expect(error.source).toMatchObject({ document: DOCUMENT, line: row.line, text: row.text });
        expect(row.text.startsWith(`${error.code} |`)).toBe(true);
      }
    });

    it("gives every code once", () => {
      const codes = result.errors.map((error) => error.code);
      expect(new Set(codes).size).toBe(codes.length);
    });

    it("files each code under the category of its section", () => {
      const ids = system.categories.map((c) => c.id);
      for (const { line, section } of countedRows()) {
        const category = section.toLowerCase().replace(/[ /]+/g, "-");
        const error = result.errors.find((e) => e.source.line === line)!;
        expect(error.category, error.code).toBe(category);
        expect(ids).toContain(category);
      }
      expect(get("meilisearch:query_failed").category).toBe("search");
      expect(get("worker:connection_failed").category).toBe("worker-system");
      expect(get("system:token_creation_error").category).toBe("worker-system");
      expect(get("rate_limit:exceeded").category).toBe("rate-limit");
      expect(get("eventstream:publish_failed").category).toBe("eventstream");
    });

    it("keeps the domain-less codes as written, in General, with a note", () => {
      for (const code of ["FORBIDDEN", "FILE_TOO_LARGE"]) {
        const error = get(code);
        expect(error.category).toBe("general");
        expect(error.source.notes).toHaveLength(1);
        expect(error.source.notes[0]).toMatch(/no domain prefix/);
        expect(error.source.notes[0]).toMatch(/kept exactly as written/);
      }
      expect(get("FILE_TOO_LARGE").status).toBe(413);
      expect(get("FILE_TOO_LARGE").title).toBe("Payload too large");
    });

    it("keeps the documented 400 of system:internal_error and notes the oddity", () => {
      const error = get("system:internal_error");
      expect(error.status).toBe(400);
      expect(error.source.notes).toHaveLength(1);
      expect(error.source.notes[0]).toMatch(/keeps the documented 400/);
      expect(error.body).toMatch(/client-error status/);
    });

    it("adds notes only where a row has a quirk", () => {
      const noted = result.errors.filter((e) => e.source.notes.length > 0).map((e) => e.code);
      expect(noted).toEqual(["FORBIDDEN", "FILE_TOO_LARGE", "system:internal_error"]);
    });

    it("uses the description as title and sets no message", () => {
      expect(get("user:not_found").title).toBe("User not found");
      expect(get("totp:invalid_code").title).toBe("Invalid TOTP/backup code");
      for (const error of result.errors) {
        expect(error.message).toBeUndefined();
        expect(error.title).not.toMatch(/\.$/);
        expect(error.source.text).toContain(` | ${error.title} |`);
      }
    });

    it("relates only identical reasons about the same thing", () => {
      expect(get("user:email_already_exists").related).toEqual(["oauth:email_already_exists"]);
      expect(get("oauth:email_already_exists").related).toEqual(["user:email_already_exists"]);
      expect(get("user:not_found").related).toBeUndefined();
      expect(get("file:not_found").related).toBeUndefined();
      expect(result.errors.filter((e) => e.related).length).toBe(2);
    });

    it("writes one-paragraph bodies naming the code and status", () => {
      for (const error of result.errors) {
        expect(error.body).toMatch(new RegExp(`^The API returns \`${error.code}\` with HTTP status ${error.status} `));
        expect(error.body).not.toContain("\n");
        expect(error.body).not.toMatch(/details/);
      }
    });

    it("renders content files that satisfy the error schema", () => {
      for (const error of result.errors) {
        const frontmatter = parseYaml(renderErrorFile(error).split("---\n")[1]!) as unknown;
        expect(errorSchema.safeParse(frontmatter).success, error.code).toBe(true);
      }
    });

    it("is deterministic", () => {
      expect(parseDomainReason(text, DOCUMENT)).toEqual(result);
    });

    it("throws naming the document and line for what it cannot parse", () => {
      expect(() => parseDomainReason(text.replace("user:not_found | 404", "user:not_found | 4o4"), DOCUMENT)).toThrow(
        `${DOCUMENT}, line 14: the HTTP status "4o4"`,
      );
      expect(() => parseDomainReason(text.replace("user:not_found | 404", "User Not Found | 404"), DOCUMENT)).toThrow(
        /line 14: the code "User Not Found"/,
      );
      expect(() => parseDomainReason(text.replace("session:expired", "sessions:expired"), DOCUMENT)).toThrow(
        /line 27: the domain "sessions" does not belong in the section "Session"/,
      );
      expect(() => parseDomainReason(text.replace("\nTurnstile\n", "\nCaptcha\n"), DOCUMENT)).toThrow(
        /line 97: unknown section "Captcha"/,
      );
      expect(() =>
        parseDomainReason(text.replace("user:banned | 403 | User is banned |", "user:banned | 403 |"), DOCUMENT),
      ).toThrow(/line 16: expected 3 cells/);
    });
  });
});
