/**
 * The registry check: the committed catalog itself, read straight from content/ (no build), is
 * sound, whatever catalog it is. For the bundled catalog also: every error has guidance of its
 * own, and every row of the source documents still has its error file.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/lib/catalog-problem";
import { validateCatalog } from "../../src/lib/catalog-validation";
import { guidanceProblems } from "../../src/lib/guidance-check";
import { errorFilePath } from "../../scripts/import/error-file";
import { SEED_PARSERS } from "../../scripts/import/seeds/index";
import { guidanceEntry } from "../../scripts/check/read-content";
import { BUNDLED_SOURCES, BUNDLED_SYSTEMS, holdsBundledCatalog } from "../bundled-catalog";
import { CONTENT_DIR } from "../../src/data/content-dir";
import { itBundled } from "./bundled-only";
import { contentErrors, contentSystems } from "./content-catalog";

const systems = contentSystems();
const errors = contentErrors();

describe("the committed catalog", () => {
  it("has no validation problems", () => {
    expect(validateCatalog(systems, errors).map(formatProblem)).toEqual([]);
  });

  itBundled("gives every error guidance of its own (npm run check)", () => {
    const problems = guidanceProblems(errors.map(guidanceEntry));
    expect(problems.map(formatProblem)).toEqual([]);
  });

  itBundled("keeps an error file for every row of every source document", () => {
    const byPath = new Map(errors.map((error) => [error.filePath, error]));
    for (const [document, parseDocument] of Object.entries(SEED_PARSERS)) {
      const imported = parseDocument(readFileSync(join(CONTENT_DIR, "sources", document), "utf8"), document);
      expect(imported.rows.length, document).toBeGreaterThan(0);
      for (const error of imported.errors) {
        const file =
          byPath.get(errorFilePath(error, CONTENT_DIR)) ?? byPath.get(`${errorFilePath(error, CONTENT_DIR)}x`);
        expect(
          file,
          `${document}: ${error.system} ${error.code} has no file at ${errorFilePath(error, CONTENT_DIR)}`,
        ).toBeDefined();
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

describe("the bundled catalog's detection (tests/bundled-catalog.ts)", () => {
  it("looks for exactly the documents the seed import parses", () => {
    expect([...BUNDLED_SOURCES]).toEqual(Object.keys(SEED_PARSERS).sort());
  });

  it("finds it only where all five documents and all eight system files are", () => {
    const folder = mkdtempSync(join(tmpdir(), "errordex-bundled-"));
    mkdirSync(join(folder, "sources"));
    mkdirSync(join(folder, "systems"));
    for (const document of BUNDLED_SOURCES) writeFileSync(join(folder, "sources", document), "");
    for (const system of BUNDLED_SYSTEMS) writeFileSync(join(folder, "systems", `${system}.yaml`), "");
    expect(holdsBundledCatalog(folder)).toBe(true);
    rmSync(join(folder, "systems", "hazizz.yaml"));
    expect(holdsBundledCatalog(folder)).toBe(false);
    expect(holdsBundledCatalog("tests/fixtures/content-base")).toBe(false);
  });
});
