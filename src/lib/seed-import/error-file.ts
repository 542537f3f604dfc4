import { stringify } from "yaml";
import { codeToSlug } from "../slug";
import type { ImportedError } from "./imported-error";

/** Path of the content file for an imported error, relative to the project root. */
export function errorFilePath(error: ImportedError): string {
  return `content/errors/${error.system}/${codeToSlug(error.code)}.md`;
}

/**
 * The content file for an imported error: YAML frontmatter in the order an author reads it,
 * then the Markdown body. Deterministic, so re-running the import changes nothing.
 */
export function renderErrorFile(error: ImportedError): string {
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
  const yaml = stringify(frontmatter, { lineWidth: 0 });
  return `---\n${yaml}---\n\n${error.body.trim()}\n`;
}
