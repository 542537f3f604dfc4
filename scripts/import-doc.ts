/**
 * `npm run import`: brings a team's existing Markdown error document into errordex, one entry per
 * code under content/errors/<system>/ (or CONTENT_DIR) and the system file. Re-running it on an
 * unchanged document changes nothing; on an updated one it updates entries in place (their URLs
 * never change) and retires the codes that left the document instead of deleting their pages.
 *
 *   npm run import -- docs/errors.md --system billing-api --name "Billing API"
 *   npm run import -- docs/errors.md --system billing-api --dry-run
 */
import { applyImport, planImport } from "./import/doc/import-doc.ts";
import { importArgs } from "./import/doc/import-args.ts";
import { ImportProblem } from "./import/doc/import-problem.ts";
import { importReport } from "./import/doc/import-report.ts";

try {
  const args = importArgs(process.argv.slice(2));
  const plan = planImport({
    file: args.file,
    system: args.system,
    ...(args.name !== undefined && { name: args.name }),
    contentDir: process.env.CONTENT_DIR ?? "content",
    today: new Date().toISOString().slice(0, 10),
  });
  if (!args.dryRun) applyImport(plan);
  console.log(importReport(plan, args.dryRun));
} catch (error) {
  if (!(error instanceof ImportProblem)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
