import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, normalize, resolve } from "node:path";
import { parse } from "yaml";
import { outlineBody } from "../../../src/lib/guidance.ts";
import { codeToSlug, isSlug } from "../../../src/lib/slug.ts";
import { schemaProblems } from "../../../src/lib/schema-problems.ts";
import { errorSchema } from "../../../src/schemas/error.ts";
import { systemSchema } from "../../../src/schemas/system.ts";
import { errorFilePath, renderEntryFile } from "../error-file.ts";
import { renderSystemFile, updateSystemFile, type SystemCategory } from "../system-file.ts";
import { docEntry } from "./doc-entry.ts";
import type { ImportedError } from "../imported-error.ts";
import type { DocError, Skipped } from "./doc-error.ts";
import { readExistingEntries } from "./existing-entries.ts";
import { lockAfterImport, type LockedEntry } from "./import-lock.ts";
import { ImportProblem } from "./import-problem.ts";
import { projectPath, sameDocument } from "./document-path.ts";
import { mergeEntry, retiredLifecycle, sameEntry } from "./merge-entry.ts";
import { parseErrorDoc } from "./parse-doc.ts";
import { systemCodeScheme } from "./system-code-scheme.ts";
import { CODE_COLUMN_NAMES } from "./table-columns.ts";

export interface ImportOptions {
  /** The document's path as given, relative to `projectDir` or absolute. */
  file: string;
  /**
   * The project's folder, which must hold the document: entries record the document's path in it
   * (`source.document`). The current working directory by default.
   */
  projectDir?: string;
  /** Id of the system: `content/systems/<system>.yaml`, `content/errors/<system>/`. */
  system: string;
  /** Display name of the system; by default the existing file's, or the id in words. */
  name?: string;
  contentDir: string;
  /** Today, YYYY-MM-DD: the `added` day of new entries and the `since` of retirements. */
  today: string;
}

export interface PlannedWrite {
  path: string;
  content: string;
  /** `lock`: the URL lock, which gains the paths of the entries the import keeps. */
  change: "new" | "updated" | "retired" | "system" | "lock";
}

export interface ImportPlan {
  /** The document's path in the project, with `/`: what entries record as `source.document`. */
  document: string;
  system: string;
  contentDir: string;
  /** How many errors the document has. */
  imported: number;
  writes: PlannedWrite[];
  unchanged: number;
  skipped: Skipped[];
  /** Errors whose entry has no HTTP status, because the document states none. */
  withoutStatus: Array<{ line: number; code: string; path: string }>;
  /** Errors whose entry has no `## What to do`, because the document gives no remedy. */
  withoutGuidance: Array<{ line: number; code: string; path: string }>;
  /** Things the author should look at that are not errors of the import. */
  warnings: string[];
}

/**
 * Plans the import of one Markdown error document into a system: which entry files and which
 * system file to write, and what was skipped and why. Reads the document and the content folder;
 * writes nothing (see `applyImport`). Throws `ImportProblem` for a document it cannot import.
 */
export function planImport(options: ImportOptions): ImportPlan {
  const { system } = options;
  const projectDir = options.projectDir ?? process.cwd();
  const contentDir = normalize(options.contentDir).replace(/\/+$/, "");
  if (!isSlug(system)) {
    throw new ImportProblem(
      "npm run import",
      `--system "${system}" is not a system id: it becomes the first segment of every URL of the system.`,
      `use lower-case words joined by hyphens, e.g. --system ${codeToSlug(system) || "billing-api"} (and --name "${system}" for its display name).`,
    );
  }
  const document = projectPath(options.file, projectDir);
  let markdown: string;
  try {
    markdown = readFileSync(resolve(projectDir, options.file), "utf8");
  } catch (error) {
    throw new ImportProblem(
      document,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`,
      "give the path of a Markdown file, relative to the folder you run npm run import in.",
    );
  }
  const parsed = parseErrorDoc(markdown);
  if (parsed.errors.length === 0) {
    const line = parsed.firstTableLine ?? 1;
    throw new ImportProblem(
      `${document}:${line}`,
      parsed.firstTableLine === undefined
        ? "has no error: no table, and no list item or heading starts with a code."
        : `has no error: no table has a code column (${CODE_COLUMN_NAMES}), and no list item or heading starts with a code.`,
      'name the error table\'s code column "Code" or "Error code", or start each error\'s list item or heading with its code ("- CARD_DECLINED: The card was declined.", "## 404 - Not Found").',
    );
  }
  checkUnique(document, system, parsed.errors);

  const existing = readExistingEntries(contentDir, system);
  const plan: ImportPlan = {
    document,
    system,
    contentDir,
    imported: 0,
    writes: [],
    unchanged: 0,
    skipped: [...parsed.skipped],
    withoutStatus: [],
    withoutGuidance: [],
    warnings: existing.unreadable.map(
      (path) => `${path}: its frontmatter does not parse, so the import left it alone.`,
    ),
  };

  const categories: SystemCategory[] = [];
  const kept: LockedEntry[] = [];
  const isDocument = (recorded: string) => sameDocument(recorded, document, projectDir);
  for (const error of parsed.errors) {
    const entry = docEntry(error, system, document);
    const found = existing.byCode.get(error.code);
    const path = found?.path ?? errorFilePath(entry, contentDir);
    if (!found && existing.unreadable.includes(path)) {
      plan.skipped.push({
        line: error.line,
        what: `error ${error.code}`,
        why: `its entry ${path} exists but its frontmatter does not parse; correct the YAML there (\`npm run check\` names the line) and import again`,
      });
      continue;
    }
    const owner = found ? undefined : existing.byPath.get(path);
    if (owner) {
      plan.skipped.push({
        line: error.line,
        what: `error ${error.code}`,
        why: `its page /${system}/${codeToSlug(error.code)}/ is already ${owner.path} (code "${String(owner.frontmatter.code)}"); give one of them its own \`slug\` in the frontmatter`,
      });
      continue;
    }
    const { frontmatter, body, liftedAuthorsLifecycle } = mergeEntry(
      entry,
      entry.parts,
      found,
      options.today,
      isDocument,
    );
    const invalid = errorSchema.safeParse(frontmatter);
    if (!invalid.success) {
      const [first] = schemaProblems(path, invalid.error.issues, "src/schemas/error.ts");
      plan.skipped.push({
        line: error.line,
        what: `error ${error.code}`,
        why: `its entry would not pass src/schemas/error.ts (${first?.field ?? "frontmatter"}: ${first?.message ?? "invalid"})`,
      });
      continue;
    }
    plan.imported++;
    if (liftedAuthorsLifecycle) {
      plan.warnings.push(
        `${path}: ${error.code} is back in ${document}, so its retirement is lifted; your note and replacedBy are kept, as deprecated: set lifecycle.state to what it is now.`,
      );
    }
    kept.push({ code: error.code, slug: frontmatter.slug });
    if (!categories.some(({ id }) => id === error.category.id)) categories.push(error.category);
    if (found && sameEntry(found, frontmatter, body)) plan.unchanged++;
    else plan.writes.push({ path, content: renderEntryFile(frontmatter, body), change: found ? "updated" : "new" });
    if (frontmatter.status == null) plan.withoutStatus.push({ line: error.line, code: error.code, path });
    if (outlineBody(body, path.endsWith(".mdx") ? "mdx" : "md").whatToDo === null) {
      plan.withoutGuidance.push({ line: error.line, code: error.code, path });
    }
  }

  const codes = new Set(parsed.errors.map((error) => error.code));
  for (const [code, entry] of existing.byCode) {
    const source = entry.frontmatter.source as Record<string, unknown> | undefined;
    const lifecycle = entry.frontmatter.lifecycle as NonNullable<ImportedError["lifecycle"]> | undefined;
    if (codes.has(code) || !sameDocument(source?.document, document, projectDir) || lifecycle?.state === "retired") {
      continue;
    }
    // The author's lifecycle (a deprecation's note, replacedBy) stays; the note says first why.
    const frontmatter = {
      ...entry.frontmatter,
      lifecycle: retiredLifecycle(lifecycle, document, options.today),
      source: { ...source, document },
    };
    plan.writes.push({ path: entry.path, content: renderEntryFile(frontmatter, entry.body), change: "retired" });
    kept.push({ code, slug: entry.frontmatter.slug });
  }

  planSystemFile(plan, { ...options, file: document, contentDir }, categories, [...codes, ...existing.byCode.keys()]);
  const lock = lockAfterImport(contentDir, system, kept);
  if (lock) plan.writes.push({ path: lock.path, content: lock.content, change: "lock" });
  return plan;
}

/** A code is one error, and one page: two rows with one code, or two codes with one slug, are a mistake. */
function checkUnique(document: string, system: string, errors: readonly DocError[]): void {
  const byCode = new Map<string, DocError>();
  const bySlug = new Map<string, DocError>();
  for (const error of errors) {
    const sameCode = byCode.get(error.code);
    if (sameCode) {
      throw new ImportProblem(
        `${document}:${error.line}`,
        `the code "${error.code}" is already at line ${sameCode.line}; a code is one error, with one page.`,
        "remove one of the two, merge their text into one, or correct the code of one of them.",
      );
    }
    const slug = codeToSlug(error.code);
    const sameSlug = bySlug.get(slug);
    if (sameSlug) {
      throw new ImportProblem(
        `${document}:${error.line}`,
        `the codes "${error.code}" and "${sameSlug.code}" (line ${sameSlug.line}) would share the page /${system}/${slug}/.`,
        "if they are one error, keep one of them; if they are two, leave one out of the document and write its entry by hand, with its own `slug`.",
      );
    }
    byCode.set(error.code, error);
    bySlug.set(slug, error);
  }
}

function planSystemFile(
  plan: ImportPlan,
  options: ImportOptions,
  categories: readonly SystemCategory[],
  codes: readonly string[],
): void {
  const path = join(options.contentDir, "systems", `${options.system}.yaml`);
  if (!existsSync(path)) {
    const name = options.name ?? options.system.replace(/-/g, " ").replace(/^./, (letter) => letter.toUpperCase());
    const content = renderSystemFile({ name, document: options.file, codes: [...new Set(codes)].sort(), categories });
    const invalid = systemSchema.safeParse(parse(content));
    if (!invalid.success) {
      const [first] = schemaProblems(path, invalid.error.issues, "src/schemas/system.ts");
      throw new ImportProblem(
        path,
        `would not pass src/schemas/system.ts: ${first?.field}: ${first?.message}`,
        "report this as a bug of npm run import.",
      );
    }
    plan.writes.push({ path, content, change: "system" });
    return;
  }
  const text = readFileSync(path, "utf8");
  const scheme = systemCodeScheme(path, text);
  const updated = updateSystemFile(text, categories, options.name);
  if (updated !== undefined) plan.writes.push({ path, content: updated, change: "system" });
  if (scheme) {
    const misfits = codes.filter((code) => !scheme.test(code));
    if (misfits.length > 0) {
      plan.warnings.push(
        `${path}: codeScheme.pattern does not fit ${misfits.map((code) => `"${code}"`).join(", ")}; widen it, or npm run check reports each of them.`,
      );
    }
  }
}

/** Writes the planned files. */
export function applyImport(plan: ImportPlan): void {
  for (const write of plan.writes) {
    mkdirSync(dirname(write.path), { recursive: true });
    writeFileSync(write.path, write.content);
  }
}
