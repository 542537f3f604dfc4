import { isDeepStrictEqual } from "node:util";
import { WHAT_TO_DO_HEADING } from "../../../src/lib/guidance.ts";
import { errorFrontmatter } from "../error-file.ts";
import { parseMarkdown } from "../markdown-table.ts";
import type { ImportedError } from "../imported-error.ts";
import { bodyText, CAUSES_HEADING, type ImportedBody } from "./doc-entry.ts";
import type { ExistingEntry } from "./existing-entries.ts";
import { inlineText } from "./inline-markdown.ts";

/** The frontmatter fields an import of a document writes; every other field is the author's. */
const IMPORTED_FIELDS = ["code", "title", "status", "category", "message", "lifecycle", "source"];

type Lifecycle = NonNullable<ImportedError["lifecycle"]>;

/** How the import marks an error that left its document, so it can tell its own retirements. */
export function retirementNote(document: string): string {
  return `No longer in ${document}; the page stays so that links to it keep working.`;
}

const RETIREMENT = /^No longer in (.+?); the page stays so that links to it keep working\.(?:\s+([\s\S]*))?$/;

/**
 * The lifecycle of an error that left its document: retired today, the note saying why first,
 * then what an author wrote (a deprecation's note, `replacedBy`), which stays.
 */
export function retiredLifecycle(lifecycle: Lifecycle | undefined, document: string, today: string): Lifecycle {
  const note = lifecycle?.note ? `${retirementNote(document)} ${lifecycle.note}` : retirementNote(document);
  return { ...lifecycle, state: "retired", since: today, note };
}

/** A retirement the import made for the document, with what the author had written before it. */
function importRetirement(
  lifecycle: Lifecycle | undefined,
  isDocument: (recorded: string) => boolean,
): { note?: string; replacedBy?: string } | undefined {
  if (lifecycle?.state !== "retired" || typeof lifecycle.note !== "string") return undefined;
  const match = RETIREMENT.exec(lifecycle.note);
  if (!match || !isDocument(match[1]!)) return undefined;
  return { ...(match[2] && { note: match[2] }), ...(lifecycle.replacedBy && { replacedBy: lifecycle.replacedBy }) };
}

export interface MergedEntry {
  frontmatter: Record<string, unknown>;
  body: string;
  /**
   * The code is back in the document after the import retired it, and the author's note or
   * `replacedBy` are kept under `state: deprecated`, which the author should confirm.
   */
  liftedAuthorsLifecycle: boolean;
}

/**
 * An entry's new frontmatter and body on a re-import:
 *
 * - the document wins for what it gives: code, title, category, source, and status and message
 *   when it states them (a status an author added because the document had none is kept);
 * - every other field (`added`, and what an author added: `related`, `fields`, `redirectFrom`,
 *   `slug`, …) is kept;
 * - a retirement the import made is lifted when the code is back (what an author had written in
 *   the lifecycle stays, as deprecated); any other lifecycle is kept;
 * - the body is the document's meaning, then `## What to do` and `## Causes` from the document
 *   or, when it gives none, the author's own; then every other `##` section the author added, in
 *   order. An MDX entry keeps its `import` lines.
 *
 * `isDocument` tells whether a path a retirement note names is the imported document.
 */
export function mergeEntry(
  imported: ImportedError,
  parts: ImportedBody,
  existing: ExistingEntry | undefined,
  today: string,
  isDocument: (recorded: string) => boolean,
): MergedEntry {
  // A new entry joins the catalog today (`added`, which /changes.json lists it under).
  if (!existing) {
    return {
      frontmatter: errorFrontmatter(imported, { added: today }),
      body: bodyText(parts),
      liftedAuthorsLifecycle: false,
    };
  }
  const old = existing.frontmatter;
  const oldLifecycle = old.lifecycle as Lifecycle | undefined;
  const retirement = importRetirement(oldLifecycle, isDocument);
  const lifted: Lifecycle | undefined =
    retirement && (retirement.note || retirement.replacedBy) ? { state: "deprecated", ...retirement } : undefined;
  const lifecycle = retirement ? lifted : oldLifecycle;
  const merged: ImportedError = {
    ...imported,
    ...(imported.status == null && typeof old.status === "number" && { status: old.status }),
    ...(imported.message === undefined && typeof old.message === "string" && { message: old.message }),
    ...(lifecycle && { lifecycle }),
  };
  const kept = Object.fromEntries(Object.entries(old).filter(([key]) => !IMPORTED_FIELDS.includes(key)));
  return {
    frontmatter: errorFrontmatter(merged, kept),
    body: mergeBody(parts, existing),
    liftedAuthorsLifecycle: lifted !== undefined,
  };
}

function mergeBody(parts: ImportedBody, existing: ExistingEntry): string {
  const { esm, sections } = bodySections(existing.body, existing.format);
  const own = (heading: string): string | undefined =>
    sections.find((section) => section.heading.toLowerCase() === heading.toLowerCase())?.text;
  const imported = bodyText({
    meaning: parts.meaning,
    ...((parts.whatToDo ?? own(WHAT_TO_DO_HEADING)) && { whatToDo: parts.whatToDo ?? own(WHAT_TO_DO_HEADING) }),
    ...((parts.causes ?? own(CAUSES_HEADING)) && { causes: parts.causes ?? own(CAUSES_HEADING) }),
  });
  const added = sections
    .filter(
      ({ heading }) =>
        ![WHAT_TO_DO_HEADING, CAUSES_HEADING].some((name) => name.toLowerCase() === heading.toLowerCase()),
    )
    .map(({ source }) => source);
  return [esm, imported, ...added].filter(Boolean).join("\n\n");
}

/**
 * A body cut at its `##` headings: each section's heading, its text without the heading, and its
 * source with it, exactly as written. For MDX, the `import`/`export` lines that open the body.
 */
export function bodySections(
  body: string,
  format: "md" | "mdx",
): { esm: string; sections: Array<{ heading: string; text: string; source: string }> } {
  const tree = parseMarkdown(body);
  const headings = tree.children.filter((node) => node.type === "heading" && node.depth === 2);
  const offsets = headings.map((node) => node.position?.start.offset ?? 0);
  const preamble = body.slice(0, offsets[0] ?? body.length);
  const esm =
    format === "mdx"
      ? preamble
          .split(/\n\s*\n/)
          .filter((paragraph) => /^(?:import|export)\b/.test(paragraph.trim()))
          .join("\n\n")
      : "";
  const sections = headings.map((node, index) => {
    const source = body.slice(offsets[index], offsets[index + 1] ?? body.length).trim();
    const heading = node.type === "heading" ? inlineText(node.children) : "";
    return { heading, text: source.slice(source.indexOf("\n") + 1).trim(), source };
  });
  return { esm, sections };
}

/** Whether a file already says what the import would write (its YAML may be formatted otherwise). */
export function sameEntry(existing: ExistingEntry, frontmatter: Record<string, unknown>, body: string): boolean {
  return existing.body === body.trim() && isDeepStrictEqual(normalize(existing.frontmatter), normalize(frontmatter));
}

/** Key order does not matter when comparing what a file says. */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, normalize(inner)]),
    );
  }
  return value;
}
