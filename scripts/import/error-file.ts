import { stringify } from "yaml";
import { codeToSlug } from "../../src/lib/slug.ts";
import type { ImportedError } from "./imported-error.ts";

/** Path of the content file for an imported error, e.g. `content/errors/hazizz/31.md`. */
export function errorFilePath(error: Pick<ImportedError, "system" | "code">, contentDir = "content"): string {
  return `${contentDir}/errors/${error.system}/${codeToSlug(error.code)}.md`;
}

/**
 * The frontmatter of an imported error, in the order an author reads it. `kept` holds fields an
 * author added to an earlier import (`related`, `fields`, `redirectFrom`, …): they follow, in
 * their own order, except where the import writes the field itself.
 */
export function errorFrontmatter(error: ImportedError, kept: Record<string, unknown> = {}): Record<string, unknown> {
  const frontmatter: Record<string, unknown> = {
    code: error.code,
    title: error.title,
    ...(error.status !== undefined && { status: error.status }),
    category: error.category,
    ...(error.message !== undefined && { message: error.message }),
    ...(error.apiCode !== undefined && { apiCode: error.apiCode }),
    ...(error.fields && Object.keys(error.fields).length > 0 && { fields: error.fields }),
    ...(error.lifecycle && { lifecycle: error.lifecycle }),
    ...(error.related && error.related.length > 0 && { related: error.related }),
    source: {
      document: error.source.document,
      line: error.source.line,
      text: error.source.text,
      ...(error.source.notes.length > 0 && { notes: error.source.notes }),
    },
  };
  for (const [key, value] of Object.entries(kept)) {
    if (!(key in frontmatter)) frontmatter[key] = value;
  }
  return frontmatter;
}

/**
 * An entry file: YAML frontmatter, then the Markdown body. Deterministic, so re-running an import
 * changes nothing.
 */
export function renderEntryFile(frontmatter: Record<string, unknown>, body: string): string {
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body.trim()}\n`;
}

/** The content file for an imported error. */
export function renderErrorFile(error: ImportedError, kept: Record<string, unknown> = {}): string {
  return renderEntryFile(errorFrontmatter(error, kept), error.body);
}
