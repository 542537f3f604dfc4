/**
 * `npm run check`: validates a catalog without building the site, in seconds, like the Rust
 * error index's tidy check. It reads content/ (or CONTENT_DIR, or --content) with the build's
 * schemas and reports every problem with the file, the field and the fix:
 *
 * - each file against its schema, and the catalog as a whole (unique codes and slugs, file names,
 *   code schemes, categories, statuses, references between entries), as the build checks it;
 * - its published URLs: the redirects, and every URL of the lock (published-urls.txt) still served;
 * - every error's guidance: what it means, then a `## What to do` of its own, short enough to
 *   start on the first screen (src/lib/guidance-check.ts). Gaps are warnings, since a catalog
 *   imported from a team's documents has them at first; with --strict they are problems.
 *
 * Exit 0 when the catalog is sound, 1 when it has problems.
 *
 *   npm run check [-- --strict] [-- --content <dir>]
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildCatalog } from "../src/lib/catalog-model.ts";
import { formatProblem } from "../src/lib/catalog-problem.ts";
import { validateCatalog } from "../src/lib/catalog-validation.ts";
import { guidanceProblems } from "../src/lib/guidance-check.ts";
import { checkPublishedUrls } from "../src/lib/published-urls.ts";
import { LOCK_FILE_NAME } from "../src/lib/url-lock.ts";
import { guidanceEntry, readContent } from "./check/read-content.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string", default: process.env.CONTENT_DIR ?? "content" },
    strict: { type: "boolean", default: false },
  },
});
const contentDir = values.content.replace(/\/+$/, "");

if (!existsSync(join(contentDir, "systems")) || !existsSync(join(contentDir, "errors"))) {
  console.error(
    `✗ ${contentDir}/ holds no catalog: a catalog is a systems/ folder (one YAML file per system) and an errors/ folder (one Markdown file per error).\n  Fix: point --content (or CONTENT_DIR) at the catalog, or create one with \`npm run import -- <file.md> --system <id>\`.`,
  );
  process.exit(1);
}

const started = performance.now();
const content = readContent(contentDir);
const problems = [...content.problems, ...validateCatalog(content.systems, content.errors)];
// The URLs the catalog has published, as the build checks them: the catalog must be sound first.
if (problems.length === 0) {
  const lockFile = join(contentDir, LOCK_FILE_NAME);
  const lockText = existsSync(lockFile) ? readFileSync(lockFile, "utf8") : undefined;
  const catalog = buildCatalog(content.systems, content.errors);
  problems.push(...checkPublishedUrls(catalog, { file: lockFile, text: lockText }).problems);
}
// A catalog just imported from a team's documents rarely says what to do about every error:
// its pages say so plainly, and the gaps are listed here; --strict makes them fail the check.
const guidance = guidanceProblems(content.errors.map(guidanceEntry));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const checked = `${content.systems.length} systems, ${content.errors.length} errors in ${contentDir}/ (${seconds} s)`;

for (const problem of problems) console.error(`${formatProblem(problem)}\n`);
for (const problem of guidance) console.error(`${values.strict ? "" : "warning: "}${formatProblem(problem)}\n`);
const withoutGuidance = new Set(guidance.map((problem) => problem.file)).size;
const guidanceNote =
  withoutGuidance === 0
    ? "every error has guidance of its own"
    : `${withoutGuidance === 1 ? "1 error lacks guidance of its own" : `${withoutGuidance} errors lack guidance of their own`} (listed above${values.strict ? "" : "; --strict fails on them"})`;
const failed = problems.length > 0 || (values.strict && guidance.length > 0);
if (!failed) {
  console.log(`✓ The catalog is sound: ${checked}; ${guidanceNote}.`);
} else {
  const count = problems.length + (values.strict ? guidance.length : 0);
  console.error(`✗ ${count === 1 ? "1 problem" : `${count} problems`} in ${checked}; ${guidanceNote}.`);
  process.exitCode = 1;
}
