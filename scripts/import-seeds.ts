/**
 * Turns the source documents in content/sources/ into error content files under
 * content/errors/. Deterministic: re-running it on unchanged documents changes nothing.
 *
 * The generated files are the source of truth once committed, so an existing file that differs
 * from what the import would write (someone edited it) is kept and reported, unless --force.
 *
 *   npm run import:seeds              write new files, report edited ones
 *   npm run import:seeds -- --force   overwrite edited files too
 *   npm run import:seeds -- --check   write nothing; exit 1 if any file would change
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { SEED_PARSERS } from "./import/seeds/index.ts";
import { errorFilePath, renderErrorFile } from "./import/error-file.ts";

const { values } = parseArgs({
  options: {
    force: { type: "boolean", default: false },
    check: { type: "boolean", default: false },
    sources: { type: "string", default: "content/sources" },
  },
});

let written = 0;
let unchanged = 0;
const kept: string[] = [];
const seen = new Map<string, string>();

for (const [document, parse] of Object.entries(SEED_PARSERS)) {
  const text = readFileSync(join(values.sources, document), "utf8");
  const result = parse(text, document);
  for (const error of result.errors) {
    // An author may have turned the imported .md into .mdx: that file is the error's file now.
    const markdownPath = errorFilePath(error);
    const path = existsSync(`${markdownPath}x`) ? `${markdownPath}x` : markdownPath;
    const claimedBy = seen.get(path);
    if (claimedBy) {
      throw new Error(
        `${document}: ${error.system} code "${error.code}" maps to ${path}, already written for code "${claimedBy}". Give one of them a distinct code in the parser.`,
      );
    }
    seen.set(path, error.code);
    const content = renderErrorFile(error);
    const current = existsSync(path) ? readFileSync(path, "utf8") : undefined;
    if (current === content) {
      unchanged++;
    } else if (current !== undefined && !values.force) {
      kept.push(path);
    } else if (!values.check) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      written++;
    } else {
      kept.push(path);
    }
  }
  console.log(`${document}: ${result.rows.length} rows -> ${result.errors.length} errors`);
}

console.log(`${written} written, ${unchanged} unchanged, ${kept.length} differing from the import`);
if (kept.length > 0) {
  console.log(
    values.check
      ? "These files differ from what the import writes:"
      : "Kept these edited files (re-run with --force to overwrite them):",
  );
  for (const path of kept) console.log(`  ${path}`);
  if (values.check) process.exitCode = 1;
}
