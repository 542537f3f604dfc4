/**
 * Reads a catalog straight from its content folder, without Astro: the system files and the
 * error files (frontmatter and body), parsed with the schemas the build uses. Problems are
 * collected, not thrown, so one run reports them all.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { ErrorInput, SystemInput } from "../../src/lib/catalog-model.ts";
import type { CatalogProblem } from "../../src/lib/catalog-problem.ts";
import { entryBody } from "../../src/lib/entry-body.ts";
import { frontmatterProblem } from "../../src/lib/frontmatter-check.ts";
import type { GuidanceEntry } from "../../src/lib/guidance-check.ts";
import { schemaProblems } from "../../src/lib/schema-problems.ts";
import { errorSchema } from "../../src/schemas/error.ts";
import { systemSchema } from "../../src/schemas/system.ts";

/** An error file as read: its input to the catalog, and its body. */
export interface ErrorFile extends ErrorInput {
  body: string;
  format: "md" | "mdx";
}

export interface ContentRead {
  systems: SystemInput[];
  errors: ErrorFile[];
  problems: CatalogProblem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export function readContent(contentDir: string): ContentRead {
  const problems: CatalogProblem[] = [];
  const systems: SystemInput[] = [];
  const errors: ErrorFile[] = [];

  const systemsDir = join(contentDir, "systems");
  for (const file of readdirSync(systemsDir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()) {
    const filePath = join(systemsDir, file);
    const parsed = parseYaml(readFileSync(filePath, "utf8"), filePath, problems);
    if (parsed === undefined) continue;
    const result = systemSchema.safeParse(parsed);
    if (result.success) systems.push({ id: file.replace(/\.ya?ml$/, ""), filePath, data: result.data });
    else problems.push(...schemaProblems(filePath, result.error.issues, "src/schemas/system.ts"));
  }

  const errorsDir = join(contentDir, "errors");
  const ids = readdirSync(errorsDir, { recursive: true, encoding: "utf8" })
    .filter((path) => /\.mdx?$/.test(path))
    .sort();
  for (const id of ids) {
    const filePath = join(errorsDir, id);
    const text = readFileSync(filePath, "utf8");
    const broken = frontmatterProblem(text, filePath);
    if (broken) {
      problems.push(broken);
      continue;
    }
    const frontmatter = FRONTMATTER.exec(text);
    if (!frontmatter) {
      problems.push({
        file: filePath,
        message: "has no YAML frontmatter.",
        fix: 'start the file with a frontmatter block between two `---` lines: code, title, status, category (e.g. code: "2202").',
      });
      continue;
    }
    const result = errorSchema.safeParse(parse(frontmatter[1]!) ?? {});
    if (!result.success) {
      problems.push(...schemaProblems(filePath, result.error.issues, "src/schemas/error.ts"));
      continue;
    }
    errors.push({
      id,
      filePath,
      data: result.data,
      body: entryBody(text),
      format: id.endsWith(".mdx") ? "mdx" : "md",
    });
  }
  return { systems, errors, problems };
}

function parseYaml(text: string, file: string, problems: CatalogProblem[]): unknown {
  try {
    return parse(text);
  } catch (error) {
    problems.push({
      file,
      message: `the YAML does not parse: ${(error as Error).message.split("\n")[0]}`,
      fix: "quote values that contain `: ` or start with a special character, and indent nested fields consistently.",
    });
    return undefined;
  }
}

/** An error file as the guidance check reads it, its `related` codes resolved to `<system>/<code>`. */
export function guidanceEntry(error: ErrorFile): GuidanceEntry {
  const system = error.id.split("/")[0]!;
  return {
    file: error.filePath,
    key: `${system}/${error.data.code}`,
    body: error.body,
    format: error.format,
    related: error.data.related.map((reference) => (reference.includes("/") ? reference : `${system}/${reference}`)),
  };
}
