/**
 * `npm run check`: validates a catalog without building the site, in seconds, like the Rust
 * error index's tidy check. It reads content/ (or CONTENT_DIR, or --content) with the build's
 * schemas and reports every problem with the file, the field and the fix:
 *
 * - each file against its schema, and the catalog as a whole (unique codes and slugs, file names,
 *   code schemes, categories, statuses, references between entries), as the build checks it;
 * - every error's guidance: what it means, then a `## What to do` of its own, short enough to
 *   start on the first screen (src/lib/guidance-check.ts).
 *
 * Exit 0 when the catalog is sound, 1 when it has problems.
 */
import { parseArgs } from "node:util";
import { formatProblem } from "../src/lib/catalog-problem.ts";
import { validateCatalog } from "../src/lib/catalog-validation.ts";
import { guidanceProblems } from "../src/lib/guidance-check.ts";
import { guidanceEntry, readContent } from "./check/read-content.ts";

const { values } = parseArgs({
  options: { content: { type: "string", default: process.env.CONTENT_DIR ?? "content" } },
});
const contentDir = values.content.replace(/\/+$/, "");

const started = performance.now();
const content = readContent(contentDir);
const problems = [
  ...content.problems,
  ...validateCatalog(content.systems, content.errors),
  ...guidanceProblems(content.errors.map(guidanceEntry)),
];
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const checked = `${content.systems.length} systems, ${content.errors.length} errors in ${contentDir}/ (${seconds} s)`;

if (problems.length === 0) {
  console.log(`✓ The catalog is sound: ${checked}.`);
} else {
  for (const problem of problems) console.error(`${formatProblem(problem)}\n`);
  const withoutGuidance = new Set(problems.filter((problem) => problem.field === "body").map((problem) => problem.file))
    .size;
  console.error(
    `✗ ${problems.length === 1 ? "1 problem" : `${problems.length} problems`} in ${checked}; ` +
      (withoutGuidance === 1
        ? "1 error has no guidance of its own."
        : `${withoutGuidance} errors have no guidance of their own.`),
  );
  process.exitCode = 1;
}
