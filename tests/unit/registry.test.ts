/**
 * The registry check: the committed catalog itself, read straight from content/ (no build), is
 * sound, and every row of the source documents still has its error file.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/lib/catalog-problem";
import { validateCatalog } from "../../src/lib/catalog-validation";
import { guidanceProblems } from "../../src/lib/guidance-check";
import { errorFilePath } from "../../scripts/import/error-file";
import { SEED_PARSERS } from "../../scripts/import/seeds/index";
import { guidanceEntry } from "../../scripts/check/read-content";
import { contentErrors, contentSystems } from "./content-catalog";

const systems = contentSystems();
const errors = contentErrors();

describe("the committed catalog", () => {
  it("has no validation problems", () => {
    expect(validateCatalog(systems, errors).map(formatProblem)).toEqual([]);
  });

  it("gives every error guidance of its own (npm run check)", () => {
    const problems = guidanceProblems(errors.map(guidanceEntry));
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it("keeps an error file for every row of every source document", () => {
    const byPath = new Map(errors.map((error) => [error.filePath, error]));
    for (const [document, parseDocument] of Object.entries(SEED_PARSERS)) {
      const imported = parseDocument(readFileSync(join("content/sources", document), "utf8"), document);
      expect(imported.rows.length, document).toBeGreaterThan(0);
      for (const error of imported.errors) {
        const file = byPath.get(errorFilePath(error)) ?? byPath.get(`${errorFilePath(error)}x`);
        expect(file, `${document}: ${error.system} ${error.code} has no file at ${errorFilePath(error)}`).toBeDefined();
        expect(file!.data.code).toBe(error.code);
        expect(file!.data.status).toBe(error.status);
      }
      for (const row of imported.rows) {
        expect(
          row.codes.length > 0 || Boolean(row.reason),
          `${document}:${row.line} is neither imported nor explained`,
        ).toBe(true);
      }
    }
  });
});
