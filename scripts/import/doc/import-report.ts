import type { ImportPlan, PlannedWrite } from "./import-doc.ts";

const WRITE_LABELS: Partial<Record<PlannedWrite["change"], string>> = {
  system: "system file",
  lock: "URL lock: the pages it imported are published from now on; never delete a line",
};

/**
 * What an import did (or, with --dry-run, would do), for the terminal: how many errors, which
 * files, every skipped part of the document with its line and reason, and what the entries still
 * lack because the document does not say it.
 */
export function importReport(plan: ImportPlan, dryRun: boolean): string {
  const count = (changes: string[]): number => plan.writes.filter((write) => changes.includes(write.change)).length;
  const lines: string[] = [
    `${plan.imported === 1 ? "1 error" : `${plan.imported} errors`} imported from ${plan.document} into ${plan.contentDir}/errors/${plan.system}/: ` +
      `${count(["new"])} new, ${count(["updated"])} updated, ${plan.unchanged} unchanged, ` +
      `${count(["retired"])} retired (no longer in the document).`,
  ];
  const verb = dryRun ? "Would write" : "Wrote";
  const written = plan.writes.map((write) => `  ${write.path} (${WRITE_LABELS[write.change] ?? write.change})`);
  lines.push(written.length > 0 ? `${verb}:\n${written.join("\n")}` : "No file changes.");
  if (dryRun) lines.push("Dry run: nothing was written.");

  if (plan.skipped.length > 0) {
    lines.push(
      `Skipped (${plan.skipped.length}):\n` +
        plan.skipped.map(({ line, what, why }) => `  ${plan.document}:${line}  ${what}: ${why}`).join("\n"),
    );
  }
  if (plan.withoutStatus.length > 0) {
    lines.push(
      `Without an HTTP status (${plan.withoutStatus.length}): the document states none, and the import never guesses one. ` +
        "Add `status:` to each entry; a re-import keeps it.\n" +
        errorLines(plan, plan.withoutStatus),
    );
  }
  if (plan.withoutGuidance.length > 0) {
    lines.push(
      `Without What to do (${plan.withoutGuidance.length}): the document gives no remedy for them. ` +
        "Write one under `## What to do` (README: Write an error's guidance); a re-import keeps it.\n" +
        errorLines(plan, plan.withoutGuidance),
    );
  }
  for (const warning of plan.warnings) lines.push(`Warning: ${warning}`);
  return lines.join("\n\n");
}

/** One line per error: where the document gives it, its code, and its entry. */
function errorLines(plan: ImportPlan, errors: ImportPlan["withoutStatus"]): string {
  return errors.map(({ line, code, path }) => `  ${plan.document}:${line}  ${code}  ${path}`).join("\n");
}
