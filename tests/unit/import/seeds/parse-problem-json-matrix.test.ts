import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { renderErrorFile } from "../../../../scripts/import/error-file";
import type { ImportedError } from "../../../../scripts/import/imported-error";
import { parseProblemJsonMatrix } from "../../../../scripts/import/seeds/parse-problem-json-matrix";
import { errorSchema } from "../../../../src/schemas/error";
import { systemSchema } from "../../../../src/schemas/system";
import { describeBundled } from "../../bundled-only";

describeBundled("the bundled document content/sources/003_8b4148c69048e271.txt", () => {
  const DOCUMENT = "003_8b4148c69048e271.txt";
  const text = readFileSync(new URL(`../../../../content/sources/${DOCUMENT}`, import.meta.url), "utf8");
  const lines = text.split(/\r?\n/);
  const result = parseProblemJsonMatrix(text, DOCUMENT);

  const SYSTEM_IDS = ["account-server", "data-manager", "app-manager"] as const;
  const systems = Object.fromEntries(
    SYSTEM_IDS.map((id) => [
      id,
      systemSchema.parse(
        parseYaml(readFileSync(new URL(`../../../../content/systems/${id}.yaml`, import.meta.url), "utf8")),
      ),
    ]),
  );

  function error(system: string, code: string): ImportedError {
    const found = result.errors.find((candidate) => candidate.system === system && candidate.code === code);
    if (!found) throw new Error(`no ${system}/${code}`);
    return found;
  }

  /** The codes the row of a three-digit code became. */
  function codesOfRow(code3: string): string[] {
    const row = result.rows.find((candidate) => new RegExp(`^\\| ${code3}\\s`).test(candidate.text));
    if (!row) throw new Error(`no row ${code3}`);
    return row.codes.map((code) => code.code);
  }

  function codesOf(system: string): string[] {
    return result.errors.filter((candidate) => candidate.system === system).map((candidate) => candidate.code);
  }

  /** Parses a copy of the document with one line replaced. */
  function parseWithLine(line: number, replace: (text: string) => string) {
    const changed = [...lines];
    changed[line - 1] = replace(changed[line - 1] ?? "");
    return parseProblemJsonMatrix(changed.join("\n"), DOCUMENT);
  }

  describe("parseProblemJsonMatrix (document 003)", () => {
    it("accounts for every row of the error table exactly once, with its line and exact text", () => {
      // The error table runs from its header (line 83) to the 9xx row (line 161).
      const tableLines = lines
        .map((line, index) => ({ line: index + 1, text: line }))
        .filter(({ line, text }) => line > 84 && line <= 161 && text.startsWith("|"));
      expect(tableLines).toHaveLength(77);
      expect(result.rows.map(({ line, text }) => ({ line, text }))).toEqual(tableLines);
      expect(result.rows.filter((row) => row.codes.length > 0)).toHaveLength(71);
      for (const row of result.rows) {
        expect(row.codes.length > 0 || (row.reason ?? "").length > 0, `line ${row.line}`).toBe(true);
        expect(row.codes.length > 0 && row.reason !== undefined, `line ${row.line}`).toBe(false);
      }
    });

    it("gives the bold error-type rows, and only them, a reason", () => {
      const reasons = result.rows.filter((row) => row.reason !== undefined);
      expect(reasons.map((row) => row.line)).toEqual([86, 92, 111, 139, 157, 161]);
      expect(reasons.at(-1)?.reason).toContain("defines no error of this type");
      expect(reasons.find((row) => row.line === 157)?.reason).toContain("only 25xx and 35xx are defined");
    });

    it("makes the expected number of errors per system", () => {
      expect(codesOf("account-server")).toHaveLength(54);
      expect(codesOf("data-manager")).toHaveLength(65);
      expect(codesOf("app-manager")).toHaveLength(51);
      expect(result.errors).toHaveLength(170);
      // Each error is listed by exactly one row.
      const listed = result.rows.flatMap((row) => row.codes.map((code) => `${code.system}/${code.code}`));
      expect(listed.sort()).toEqual(result.errors.map((e) => `${e.system}/${e.code}`).sort());
    });

    it("restricts rows to the systems their notes name", () => {
      expect(codesOfRow("251")).toEqual(["1251"]);
      expect(codesOfRow("351")).toEqual(["1351"]);
      expect(codesOfRow("352")).toEqual(["1352"]);
      for (let code = 354; code <= 365; code++) expect(codesOfRow(String(code))).toEqual([`2${code}`]);
      expect(codesOfRow("371")).toEqual(["2371"]);
      expect(codesOfRow("451")).toEqual(["1451"]);
      expect(codesOfRow("452")).toEqual(["1452"]);
      expect(codesOfRow("453")).toEqual(["1453"]);
      expect(codesOfRow("500")).toEqual(["2500", "3500"]);
      expect(codesOfRow("510")).toEqual(["2510", "3510"]);
      expect(codesOfRow("511")).toEqual(["2511", "3511"]);
      expect(codesOf("account-server").filter((code) => code.startsWith("15"))).toEqual([]);
      expect(codesOfRow("100")).toEqual(["1100", "2100", "3100"]);
    });

    it("reads “only 2352 is defined” on row 353 as 2353 and says so", () => {
      expect(codesOfRow("353")).toEqual(["2353"]);
      const typo = error("data-manager", "2353");
      expect(typo.title).toBe("Duplicate model/assetgroup in same data manager");
      expect(typo.source.notes.join(" ")).toMatch(/only 2352 is defined.*typo for 2353/);
      expect(typo.body).toContain("2352");
      // Only this row's note names another row's code.
      const typoNotes = result.errors.filter((e) => e.source.notes.some((note) => note.includes("typo")));
      expect(typoNotes.map((e) => e.code)).toEqual(["2353"]);
      // Row 352 itself is untouched by the typo: only the Account Server defines it.
      expect(codesOf("data-manager")).not.toContain("2352");
    });

    it("applies the note rule generally, not to a list of rows", () => {
      const fixed = parseWithLine(115, (line) => line.replace("only 2352", "only 2353"));
      expect(fixed.errors.find((e) => e.code === "2353")?.source.notes.join(" ")).not.toContain("typo");
      const moved = parseWithLine(116, (line) => line.replace("only 2354", "only 3354"));
      expect(moved.rows.find((row) => row.line === 116)?.codes).toEqual([{ system: "app-manager", code: "3354" }]);
      const unrestricted = parseWithLine(116, (line) => line.replace(" (only 2354 is defined)", ""));
      expect(unrestricted.rows.find((row) => row.line === 116)?.codes.map((c) => c.code)).toEqual([
        "1354",
        "2354",
        "3354",
      ]);
    });

    it("defines the internal error 000 in every system", () => {
      for (const [system, code] of [
        ["account-server", "1000"],
        ["data-manager", "2000"],
        ["app-manager", "3000"],
      ] as const) {
        const internal = error(system, code);
        expect(internal.title).toBe("Internal error");
        expect(internal.status).toBe(500);
        expect(internal.category).toBe("internal");
        expect(internal.body).toContain("No further information is disclosed to the client.");
        expect(internal.body).not.toContain("disclosured");
        expect(internal.source.text).toContain("disclosured");
      }
      // The document's example for 3000 speaks of the "Appserver".
      expect(error("app-manager", "3000").body).toContain("An internal error occurred in the App Manager");
    });

    it("keeps restriction notes out of titles and puts their context in the body", () => {
      const password = error("account-server", "1251");
      expect(password.title).toBe("Password is too short");
      expect(password.body).toContain("on registration");
      expect(password.source.notes.join(" ")).toContain("on registration");
      expect(error("account-server", "1351").title).toBe("Email address is unavailable");
      expect(error("account-server", "1452").body).toContain("on login and internal account API");
      for (const e of result.errors) {
        expect(e.title, e.code).not.toMatch(/\(only|defined\)|<|\*\*|`|\.$/);
        expect(e.title, e.code).toMatch(/^[A-Z]/);
      }
    });

    it("gives every error a code of its system's pattern, unique within the system, and a declared category", () => {
      for (const system of SYSTEM_IDS) {
        const scheme = systems[system];
        if (!scheme) throw new Error(system);
        const digit = { "account-server": "1", "data-manager": "2", "app-manager": "3" }[system];
        expect(scheme.codeScheme.pattern).toBe(`${digit}[0-9]{3}`);
        const pattern = new RegExp(`^(?:${scheme.codeScheme.pattern})$`);
        const codes = codesOf(system);
        expect(new Set(codes).size).toBe(codes.length);
        for (const e of result.errors.filter((candidate) => candidate.system === system)) {
          expect(e.code).toMatch(pattern);
          const category = scheme.categories.find((candidate) => candidate.id === e.category);
          expect(category, `${e.code} ${e.category}`).toBeDefined();
          if (category?.range) {
            expect(Number(e.code)).toBeGreaterThanOrEqual(category.range.from);
            expect(Number(e.code)).toBeLessThanOrEqual(category.range.to);
          }
        }
      }
    });

    it("takes statuses, fields and categories from the row", () => {
      const missing = error("data-manager", "2202");
      expect(missing).toMatchObject({
        title: "Missing property in query string",
        status: 400,
        category: "syntax",
        fields: { detail: "the property that is missing" },
        related: ["account-server/1202", "app-manager/3202"],
      });
      expect(missing.message).toBeUndefined();
      expect(error("account-server", "1403").fields).toEqual({
        detail: "the email address that attempted the login",
        verbose: "Timestamp until login is locked for this email address",
      });
      expect(error("account-server", "1100").fields).toBeUndefined();
      expect(error("account-server", "1451").status).toBe(429);
      expect(error("app-manager", "3411").status).toBe(405);
      expect(error("data-manager", "2500").category).toBe("plan");
      expect(error("data-manager", "2100").related).toEqual(["account-server/1100", "app-manager/3100"]);
    });

    it("keeps 374 and 376, which the document describes identically, and relates them", () => {
      for (const system of SYSTEM_IDS) {
        const digit = system === "account-server" ? "1" : system === "data-manager" ? "2" : "3";
        const first = error(system, `${digit}374`);
        const second = error(system, `${digit}376`);
        expect(first.title).toBe(second.title);
        expect(first.related?.[0]).toBe(`${digit}376`);
        expect(second.related?.[0]).toBe(`${digit}374`);
        expect(first.source.notes.join(" ")).toContain("row 376");
        expect(second.source.notes.join(" ")).toContain("row 374");
      }
    });

    it("writes bodies without H1, with What to do only where the document gives advice", () => {
      for (const e of result.errors) {
        expect(e.body, e.code).not.toMatch(/^# /m);
        expect(e.body.split("\n\n")[0], e.code).toMatch(/\.$/);
      }
      const withAdvice = result.errors.filter((e) => e.body.includes("## What to do")).map((e) => e.code);
      expect(withAdvice).toEqual(["1375", "2375", "3375"]);
      const duplicate = error("data-manager", "2375");
      expect(duplicate.title).toBe("A duplicate asset already exists in this AssetGroup");
      expect(duplicate.body).toContain("Set `ignoreDuplicates` flag to ignore.");
      expect(duplicate.body).toContain("No assets were uploaded.");
      expect(error("data-manager", "2354").body).toContain("## Causes\n\n- The model has entries.");
    });

    it("produces content files that the error schema accepts", () => {
      for (const e of result.errors) {
        const file = renderErrorFile(e);
        const frontmatter = parseYaml(file.split("---\n")[1] ?? "");
        const parsed = errorSchema.safeParse(frontmatter);
        expect(parsed.success, `${e.code}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      }
    });

    it("is deterministic", () => {
      expect(parseProblemJsonMatrix(text, DOCUMENT)).toEqual(result);
    });

    it("throws, naming the document and line, for a row it cannot read", () => {
      expect(() => parseWithLine(87, (line) => line.replace("| 404|", "| soon|"))).toThrow(
        `${DOCUMENT}, line 87: the HTTP status “soon” is not an HTTP error status`,
      );
      expect(() => parseWithLine(105, (line) => line.replace("only 1251 is defined", "1251 is defined"))).toThrow(
        `${DOCUMENT}, line 105: cannot read the note`,
      );
      expect(() => parseWithLine(88, (line) => line.replace("101", "10x"))).toThrow(`${DOCUMENT}, line 88:`);
      expect(() => parseWithLine(93, (line) => line.replace("| 200 ", "| 300 "))).toThrow(
        `${DOCUMENT}, line 93: code 300 is listed under the error type 2xx`,
      );
    });
  });
});
