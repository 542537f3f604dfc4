import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { renderErrorFile } from "../../../../scripts/import/error-file";
import type { ImportedError } from "../../../../scripts/import/imported-error";
import { parseNumericTable } from "../../../../scripts/import/seeds/parse-numeric-table";
import { errorSchema } from "../../../../src/schemas/error";
import { describeBundled } from "../../bundled-only";

describeBundled("the bundled document content/sources/000_718e70368e462a1f.txt", () => {
  const DOCUMENT = "000_718e70368e462a1f.txt";
  const text = readFileSync(new URL(`../../../../content/sources/${DOCUMENT}`, import.meta.url), "utf8");
  const system = parseYaml(
    readFileSync(new URL("../../../../content/systems/hazizz.yaml", import.meta.url), "utf8"),
  ) as {
    categories: Array<{ id: string; range: { from: number; to: number } }>;
  };

  const result = parseNumericTable(text, DOCUMENT);
  const byCode = new Map(result.errors.map((error) => [error.code, error]));
  const get = (code: string): ImportedError => {
    const error = byCode.get(code);
    if (!error) throw new Error(`no error with code ${code}`);
    return error;
  };

  /** The table's data rows counted without the parser: pipe lines after the header separator. */
  function countedRows(): Array<{ line: number; text: string }> {
    const lines = text.split("\n");
    const separator = lines.findIndex((line) => /^\|\s*:?-+:?\s*\|/.test(line));
    return lines
      .map((line, index) => ({ line: index + 1, text: line }))
      .filter(({ line, text: row }) => line > separator + 1 && row.startsWith("|"));
  }

  describe("parseNumericTable (document 000, hazizz)", () => {
    it("accounts for every data row of the table exactly once, with its line and exact text", () => {
      const counted = countedRows();
      expect(counted.length).toBe(71);
      expect(result.rows.length).toBe(counted.length);
      expect(result.errors.length).toBe(counted.length);
      expect(result.rows.map(({ line, text: row }) => ({ line, text: row }))).toEqual(counted);
      for (const row of result.rows) {
        expect(row.codes).toHaveLength(1);
        expect(row.reason).toBeUndefined();
        const error = get(row.codes[0]!.code);
        expect(error.source).toMatchObject({ document: DOCUMENT, line: row.line, text: row.text });
      }
    });

    it("gives every code once, as the number written in the row", () => {
      const codes = result.errors.map((error) => error.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const error of result.errors) {
        expect(error.system).toBe("hazizz");
        expect(error.code).toMatch(/^[1-9][0-9]{0,2}$/);
        expect(error.source.text).toMatch(new RegExp(`^\\|\\s*\\*?${error.code}\\*?\\s*\\|`));
      }
    });

    it("marks exactly the italic rows unused", () => {
      const unused = result.errors.filter((error) => error.lifecycle?.state === "unused").map((error) => error.code);
      expect(unused).toEqual(["20", "52", "54", "58", "91", "94"]);
      expect(get("20").lifecycle).toEqual({
        state: "unused",
        note: "Marked unused in the source document (set in italics).",
      });
      expect(get("20").source.notes.join(" ")).toMatch(/italics/);
    });

    it("treats half-italic row 91 as unused and says exactly that", () => {
      const error = get("91");
      expect(error.lifecycle?.state).toBe("unused");
      expect(error.title).toBe("Comment section not found");
      expect(error.status).toBe(404);
      expect(error.source.notes).toHaveLength(1);
      expect(error.source.notes[0]).toMatch(/code is not/);
      expect(error.source.notes[0]).toMatch(/status and the description are/);
      expect(error.source.notes[0]).toMatch(/treated as unused/);
    });

    it("does not mark row 23 unused for its italic *internal* marker", () => {
      const error = get("23");
      expect(error.lifecycle).toBeUndefined();
      expect(error.title).toBe("Invalid authentication token");
      expect(error.source.notes.join(" ")).toMatch(/\*internal\*/);
      expect(error.body).toContain("The source marks this error _internal_");
    });

    it("keeps the link text of /documentation links but not the links", () => {
      const linked = {
        "26": "Facebook account does not have email address associated",
        "34": "Registering with email address is disabled",
        "59": "Group limit reached",
        "60": "Invalid group type",
        "73": "Task limit reached",
        "112": "Subject limit reached",
        "139": "Thera session limit reached",
      };
      for (const [code, title] of Object.entries(linked)) {
        const error = get(code);
        expect(error.title).toBe(title);
        expect(error.source.notes.some((note) => /the link was not kept/.test(note))).toBe(true);
      }
      expect(get("59").source.notes[0]).toContain("/documentation/limits");
      for (const error of result.errors) {
        // Every field but the raw row, which must stay exactly as the document has it.
        const rendered = JSON.stringify({ ...error, source: { ...error.source, text: "" } });
        expect(rendered).not.toContain("](/documentation");
        expect(error.body).not.toContain("/documentation");
        expect(error.body).not.toMatch(/\]\(/);
      }
    });

    it("files codes into categories by range, including the boundaries", () => {
      const expected: Record<string, string> = {
        "1": "general",
        "8": "general",
        "10": "auth",
        "26": "auth",
        "30": "user",
        "38": "user",
        "50": "group",
        "61": "group",
        "70": "task",
        "73": "task",
        "90": "comment",
        "94": "comment",
        "110": "subject",
        "112": "subject",
        "120": "profile-picture",
        "122": "profile-picture",
        "130": "thera",
        "139": "thera",
        "170": "service",
      };
      for (const [code, category] of Object.entries(expected)) expect(get(code).category).toBe(category);
      for (const error of result.errors) {
        const category = system.categories.find((c) => c.id === error.category);
        expect(category, `category ${error.category}`).toBeDefined();
        expect(Number(error.code)).toBeGreaterThanOrEqual(category!.range.from);
        expect(Number(error.code)).toBeLessThanOrEqual(category!.range.to);
      }
    });

    it("titles general errors, advises a ticket and relates the block to them", () => {
      expect(get("30").title).toBe("General user error");
      expect(get("130").title).toBe("General Thera error");
      expect(get("10").title).toBe("General authentication error");
      expect(get("10").source.notes.join(" ")).toContain("General error authentication error");
      for (const code of ["1", "10", "30", "50", "70", "90", "110", "120", "130"]) {
        expect(get(code).body).toMatch(/## What to do\n\nCreate a ticket with the API's maintainers/);
        expect(get(code).related).toBeUndefined();
      }
      expect(get("3").title).toBe("Database error");
      expect(get("3").body).toMatch(/## What to do\n\nIf the error keeps coming back, create a ticket/);
      expect(get("31").related).toEqual(["30"]);
      expect(get("2").related).toEqual(["1"]);
      expect(get("139").related).toEqual(["130"]);
      expect(get("170").related).toBeUndefined();
    });

    it("leaves message unset and writes honest bodies without H1", () => {
      for (const error of result.errors) {
        expect(error.message).toBeUndefined();
        expect(error.title).not.toMatch(/\.$/);
        expect(error.title).toMatch(/^[A-Z]/);
        expect(error.body).not.toMatch(/^# /m);
        expect(error.body).toMatch(new RegExp(`\\b[Cc]ode ${error.code}\\b`));
        expect(error.body).toContain(`HTTP status ${error.status}`);
        if (!error.body.includes("## What to do")) expect(error.body.split("\n\n")).toHaveLength(1);
      }
      expect(get("31").body).toBe('The API returns code 31, "User not found", with HTTP status 404 (Not Found).');
      expect(get("135").title).toBe("Invalid week number");
      expect(get("135").body).toContain("Send a week number between 1 and 53");
    });

    it("renders content files that satisfy the error schema", () => {
      for (const error of result.errors) {
        const file = renderErrorFile(error);
        const frontmatter = parseYaml(file.split("---\n")[1]!) as unknown;
        expect(errorSchema.safeParse(frontmatter).success, error.code).toBe(true);
      }
    });

    it("is deterministic", () => {
      expect(parseNumericTable(text, DOCUMENT)).toEqual(result);
    });

    it("throws naming the document and line for a row it cannot parse", () => {
      expect(() => parseNumericTable(text.replace("| 31  |", "| 3x  |"), DOCUMENT)).toThrow(
        `${DOCUMENT}, line 34: the code "3x" is not a number`,
      );
      expect(() =>
        parseNumericTable(text.replace("|    404    | User not found |", "| 404 | User not found | extra |"), DOCUMENT),
      ).toThrow(`${DOCUMENT}, line 34: expected 3 cells`);
      expect(() => parseNumericTable(text.replace("| 31  |    404    |", "| 31  |    4O4    |"), DOCUMENT)).toThrow(
        /line 34: the HTTP code "4O4"/,
      );
      expect(() => parseNumericTable(text.replace("| 31  |", "| 30  |"), DOCUMENT)).toThrow(
        /line 34: code 30 appears again/,
      );
      expect(() => parseNumericTable(text.replace("| 31  |    404    |", "| *31*|    404    |"), DOCUMENT)).toThrow(
        /line 34: only the code is set in italics/,
      );
      expect(() => parseNumericTable(`${text}\n\n| 171 | 503 | Stray row |\n`, DOCUMENT)).toThrow(
        /not part of the table/,
      );
    });
  });
});
