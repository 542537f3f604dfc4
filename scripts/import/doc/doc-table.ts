import type { TableCell } from "mdast";
import { isHttpErrorStatus } from "../../../src/lib/http-status.ts";
import { codeToSlug } from "../../../src/lib/slug.ts";
import type { MarkdownTable } from "../markdown-table.ts";
import { cellCodes, isHttpStatusCode, statusInText, statusInTexts } from "./code-token.ts";
import type { DocCategory, DocError, Skipped } from "./doc-error.ts";
import { inlineMarkdown, inlineText } from "./inline-markdown.ts";
import { isPlaceholder, splitNameAndMeaning, withoutStatus } from "./item-text.ts";
import { CODE_COLUMN_NAMES, tableColumns } from "./table-columns.ts";

export interface TableRead {
  errors: DocError[];
  skipped: Skipped[];
}

/**
 * The errors of one GFM table, or undefined when it is not an error table (no column holds codes:
 * form fields, rate limits, related files), which the caller reports as skipped.
 */
export function readErrorTable(table: MarkdownTable, category: DocCategory): TableRead | undefined {
  const { roles, ignored } = tableColumns(table.header);
  if (roles.code === undefined) return undefined;
  const errors: DocError[] = [];
  const skipped: Skipped[] = [];
  const cell = (cells: TableCell[], index: number | undefined): TableCell | undefined =>
    index === undefined ? undefined : cells[index];
  const markdown = (cells: TableCell[], index: number | undefined): string | undefined => {
    const found = cell(cells, index);
    const text = found ? inlineMarkdown(found.children) : "";
    return text || undefined;
  };

  const rows = table.rows.map((row) => ({ row, codes: cellCodes(row.cells[roles.code!]?.children ?? []) }));
  // A table of HTTP statuses lists them as its codes: then the code is the status.
  const allCodes = rows.flatMap(({ codes }) => codes ?? []);
  const codesAreStatuses =
    roles.status === undefined &&
    allCodes.length > 0 &&
    allCodes.every(isHttpStatusCode) &&
    allCodes.filter((code) => isHttpErrorStatus(Number(code))).length * 2 >= allCodes.length;

  for (const { row, codes } of rows) {
    const codeText = inlineText(row.cells[roles.code]?.children ?? []);
    if (row.cells.every((found) => inlineText(found.children) === "")) {
      skipped.push({ line: row.line, what: "row", why: "it is empty" });
      continue;
    }
    if (!codes) {
      skipped.push({
        line: row.line,
        what: "row",
        why: codeText
          ? `its code cell "${codeText}" is not a code (one word, or codes joined by commas or "or")`
          : "its code cell is empty",
      });
      continue;
    }
    const notes: string[] = [];
    let status: number | undefined;
    const statusText = roles.status === undefined ? "" : inlineText(row.cells[roles.status]?.children ?? []);
    if (statusText) {
      // "400", "400 Bad Request", "HTTP 400", "(400)"; a 2xx or 3xx ("200 OK") reports no error.
      const stated = statusInText(statusText);
      if (stated !== undefined) status = stated;
      else if (/^[1-3]\d\d(?:\s*$|\s+[A-Z])/.test(statusText)) {
        skipped.push({ line: row.line, what: "row", why: `its status ${statusText} is not an error status` });
        continue;
      } else notes.push(`The document's status "${statusText}" is not one HTTP error status; the entry has none.`);
    }

    let message = markdown(row.cells, roles.message);
    let description = markdown(row.cells, roles.description);
    let title: string | undefined;
    if (description && !message) {
      const split = splitNameAndMeaning(description, "double");
      title = split.name;
      description = split.meaning;
    }
    if (description && isPlaceholder(description)) {
      notes.push(
        `The document's description is a placeholder ("${inlineText(row.cells[roles.description!]!.children)}"); the entry has none.`,
      );
      description = undefined;
    }
    const remediation = markdown(row.cells, roles.remediation);
    const causes = markdown(row.cells, roles.causes);
    const categoryName = roles.category === undefined ? "" : inlineText(row.cells[roles.category]?.children ?? []);
    const rowCategory =
      categoryName && codeToSlug(categoryName) ? { id: codeToSlug(categoryName), name: categoryName } : category;
    if (codes.length > 1) notes.push(`The document lists ${codes.join(", ")} in one row; they share its text.`);
    // A status written into the row's prose ("… public breach list. 403.") is the status.
    const textStatus =
      status === undefined && !codesAreStatuses ? statusInTexts(message, description, title) : undefined;
    if (textStatus !== undefined) {
      status = textStatus;
      [message, description, title] = [message, description, title].map(
        (text) => text && withoutStatus(text, textStatus),
      );
      notes.push(`The status ${textStatus} is read from the document's text.`);
    }

    for (const code of codes) {
      let codeStatus = status;
      if (codesAreStatuses) {
        if (!isHttpErrorStatus(Number(code))) {
          skipped.push({ line: row.line, what: "row", why: `${code} is an HTTP status that reports no error` });
          continue;
        }
        codeStatus = Number(code);
      }
      errors.push({
        code,
        line: row.line,
        text: row.text,
        ...(title && { title }),
        ...(message && { message }),
        ...(description && { description }),
        ...(remediation && { remediation }),
        ...(causes && { causes }),
        ...(codeStatus !== undefined && { status: codeStatus }),
        category: rowCategory,
        notes: [...notes],
      });
    }
  }
  if (ignored.length > 0) {
    skipped.push({
      line: table.startLine,
      what: `column${ignored.length > 1 ? "s" : ""} ${ignored.map((name) => `"${name}"`).join(", ")}`,
      why: "not a code, status, message, description, remediation, cause or category column",
    });
  }
  return { errors, skipped };
}

/** Why a table that is not an error table was skipped. */
export function notAnErrorTable(table: MarkdownTable): Skipped {
  return {
    line: table.startLine,
    what: `table (${table.header.join(" | ")})`,
    why: `no column holds codes (${CODE_COLUMN_NAMES})`,
  };
}
