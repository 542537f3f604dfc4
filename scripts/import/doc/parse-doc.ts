import type { Heading, RootContent } from "mdast";
import { isHttpErrorStatus } from "../../../src/lib/http-status.ts";
import { codeToSlug } from "../../../src/lib/slug.ts";
import { parseMarkdown, readTable } from "../markdown-table.ts";
import { isHttpStatusCode } from "./code-token.ts";
import type { DocCategory, DocError, ParsedDoc, Skipped } from "./doc-error.ts";
import { errorHeading, readHeadingError, type ErrorHeading } from "./doc-heading.ts";
import { readErrorList } from "./doc-list.ts";
import { notAnErrorTable, readErrorTable } from "./doc-table.ts";
import { inlineText } from "./inline-markdown.ts";
import { resolveLinkReferences } from "./link-references.ts";

/** The category of errors that stand under no section heading. */
export const GENERAL_CATEGORY: DocCategory = { id: "general", name: "General" };

/**
 * Reads the errors of a team's Markdown error document, in the shapes teams write: tables with a
 * code column, lists whose items start with codes, one heading per error. Section headings become
 * categories. Everything that is not an error (other tables, examples, lists of links) is
 * returned as skipped with the reason, never dropped silently; prose that mentions a code in
 * passing makes no error.
 */
export function parseErrorDoc(markdown: string): ParsedDoc {
  const lines = markdown.split(/\r?\n/);
  const tree = parseMarkdown(withoutFrontmatter(markdown));
  resolveLinkReferences(tree);
  const nodes = tree.children;
  const errors: DocError[] = [];
  const skipped: Skipped[] = [];
  let firstTableLine: number | undefined;

  const headingErrors = nodes
    .map((node) => (node.type === "heading" ? errorHeading(node) : undefined))
    .filter((named): named is ErrorHeading => named !== undefined);
  // Only numbered headings say whether their numbers are HTTP statuses; a named one
  // (`## RATE_LIMITED`) beside `## 400 Bad Request` says nothing about it.
  const headingNumbers = headingErrors.map((named) => named.code).filter((code) => /^\d+$/.test(code));
  const headingNumbersAreStatuses =
    headingNumbers.length > 0 &&
    headingNumbers.every(isHttpStatusCode) &&
    headingNumbers.filter((code) => isHttpErrorStatus(Number(code))).length * 2 >= headingNumbers.length;

  // Open section headings by depth; the deepest one below the title names the category.
  const sections: Array<{ depth: number; name: string }> = [];
  const category = (): DocCategory => {
    const section = [...sections].reverse().find(({ depth, name }) => depth >= 2 && codeToSlug(name));
    return section ? { id: codeToSlug(section.name), name: section.name } : GENERAL_CATEGORY;
  };

  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const line = node.position?.start.line ?? 0;
    if (node.type === "heading") {
      const named = errorHeading(node);
      if (named) {
        const end = sectionEnd(nodes, index, node);
        const read = readHeadingError(
          node,
          named,
          nodes.slice(index + 1, end),
          lines,
          category(),
          headingNumbersAreStatuses && /^\d+$/.test(named.code),
        );
        if (read.error) errors.push(read.error);
        skipped.push(...read.skipped);
        index = end - 1;
        continue;
      }
      while (sections.length > 0 && sections.at(-1)!.depth >= node.depth) sections.pop();
      sections.push({ depth: node.depth, name: inlineText(node.children) });
      continue;
    }
    if (node.type === "table") {
      const table = readTable(node, lines);
      firstTableLine ??= table.startLine;
      const read = readErrorTable(table, category());
      if (!read) {
        skipped.push(notAnErrorTable(table));
        continue;
      }
      errors.push(...read.errors);
      skipped.push(...read.skipped);
      continue;
    }
    if (node.type === "list") {
      const read = readErrorList(node, lines, category());
      if (!read) {
        skipped.push({ line, what: "list", why: "its items do not start with codes" });
        continue;
      }
      errors.push(...read.errors);
      skipped.push(...read.skipped);
      continue;
    }
    if (node.type === "code") {
      skipped.push({ line, what: `code block${node.lang ? ` (${node.lang})` : ""}`, why: "an example, not an error" });
      continue;
    }
    if (node.type === "html" && /<table\b/i.test(node.value)) {
      skipped.push({ line, what: "HTML table", why: "only Markdown tables are read; write it as a Markdown table" });
    }
  }
  errors.sort((a, b) => a.line - b.line);
  skipped.sort((a, b) => a.line - b.line);
  return { errors, skipped, ...(firstTableLine !== undefined && { firstTableLine }) };
}

/** Index of the first node after a heading's section: the next heading of its level or higher. */
function sectionEnd(nodes: readonly RootContent[], index: number, heading: Heading): number {
  let end = index + 1;
  while (end < nodes.length) {
    const next = nodes[end]!;
    if (next.type === "heading" && next.depth <= heading.depth) break;
    end++;
  }
  return end;
}

/**
 * The document with a leading YAML frontmatter block (Docusaurus, Jekyll) blanked out, lines kept,
 * so that its keys are not read as a heading and line numbers still match.
 */
function withoutFrontmatter(markdown: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/.exec(markdown);
  return match ? match[0].replace(/[^\r\n]/g, "") + markdown.slice(match[0].length) : markdown;
}
