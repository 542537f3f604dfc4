/**
 * The six documents imported into one content folder (as CONTENT_DIR would hold it), checked
 * with what `npm run check` runs (scripts/check.ts): every file against its schema, the catalog
 * rules, and the guidance check.
 */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyImport, planImport, type ImportPlan } from "../../../../scripts/import/doc/import-doc";
import { guidanceEntry, readContent } from "../../../../scripts/check/read-content";
import { formatProblem } from "../../../../src/lib/catalog-problem";
import { validateCatalog } from "../../../../src/lib/catalog-validation";
import { guidanceProblems } from "../../../../src/lib/guidance-check";

const FIXTURES = "tests/fixtures/import/docs";
const contentDir = mkdtempSync(join(tmpdir(), "errordex-imported-catalog-"));
const plans: ImportPlan[] = readdirSync(FIXTURES)
  .sort()
  .map((fixture) => {
    const plan = planImport({
      file: join(FIXTURES, fixture),
      system: fixture.replace(/\.md$/, ""),
      contentDir,
      today: "2026-12-04",
    });
    applyImport(plan);
    return plan;
  });
const content = readContent(contentDir);

describe("six imported documents as one catalog", () => {
  it("hold every error the documents list", () => {
    expect(plans.map((plan) => plan.imported)).toEqual([20, 5, 6, 11, 6, 13]);
    expect(content.systems).toHaveLength(6);
    expect(content.errors).toHaveLength(61);
  });

  it("have no schema problem, and joined the catalog on the day of the import", () => {
    expect(content.problems.map(formatProblem)).toEqual([]);
    expect(new Set(content.errors.map((error) => error.data.added))).toEqual(new Set(["2026-12-04"]));
  });

  it("have no catalog problem; a status the documents do not state is recorded as not documented", () => {
    expect(validateCatalog(content.systems, content.errors).map(formatProblem)).toEqual([]);
    const missingStatus = plans.flatMap((plan) => plan.withoutStatus.map(({ path }) => path)).sort();
    const undocumented = content.errors.filter((error) => error.data.status === null).map((error) => error.filePath);
    expect(undocumented.sort()).toEqual(missingStatus);
    // JupiterV1Alpha's list and cocobase's code lists state no status; every table and heading does.
    expect(missingStatus).toHaveLength(20);
  });

  it("lack guidance exactly where the documents give no remedy, as the import reports", () => {
    const withoutGuidance = new Set(guidanceProblems(content.errors.map(guidanceEntry)).map((problem) => problem.file));
    const reported = plans.flatMap((plan) => plan.withoutGuidance.map(({ path }) => path));
    expect([...withoutGuidance].sort()).toEqual(reported.sort());
    // None of the six documents says what to do about its errors.
    expect(withoutGuidance.size).toBe(61);
  });
});
