import type { PhrasingContent, Root, Table, TableCell } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

/** One data row of a GFM table, with where it sits in the document. */
export interface MarkdownTableRow {
  /** 1-based line of the row in the document. */
  line: number;
  /** The row's line exactly as the document has it. */
  text: string;
  /** The row's cells as Markdown syntax trees, so emphasis and links stay visible. */
  cells: TableCell[];
}

export interface MarkdownTable {
  /** 1-based lines of the table's first (header) and last line in the document. */
  startLine: number;
  endLine: number;
  /** Plain text of the header cells. */
  header: string[];
  rows: MarkdownTableRow[];
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** A Markdown document's syntax tree, GFM (tables, autolinks) included, with positions. */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/**
 * The GFM tables of a Markdown text, parsed with remark-gfm. `firstLine` is the document line
 * the text starts on, for a text cut out of a larger document, so that line numbers and row
 * texts refer to the whole document.
 */
export function parseMarkdownTables(markdown: string, firstLine = 1): MarkdownTable[] {
  const lines = markdown.split(/\r?\n/);
  const tree: Root = parser.parse(markdown);
  return tree.children.filter((node) => node.type === "table").map((node) => readTable(node, lines, firstLine));
}

/**
 * One GFM table node of a parsed document. `lines` are the lines of the text that was parsed,
 * `firstLine` the document line that text starts on.
 */
export function readTable(node: Table, lines: readonly string[], firstLine = 1): MarkdownTable {
  const [headerRow, ...dataRows] = node.children;
  return {
    startLine: lineOf(node, firstLine),
    endLine: (node.position?.end.line ?? 0) + firstLine - 1,
    header: headerRow ? headerRow.children.map((cell) => toString(cell).trim()) : [],
    rows: dataRows.map((row) => {
      const local = lineOf(row, 1);
      return { line: local + firstLine - 1, text: lines[local - 1] ?? "", cells: row.children };
    }),
  };
}

function lineOf(node: { position?: { start: { line: number } } }, firstLine: number): number {
  const line = node.position?.start.line;
  if (line === undefined) throw new Error("remark returned a table node without a position");
  return line + firstLine - 1;
}

/** The cell's plain text (emphasis and link markup removed), trimmed. */
export function cellText(cell: TableCell): string {
  return toString(cell).trim();
}

/** The cell's content nodes, without white-space-only text at either end. */
function meaningfulChildren(cell: TableCell): PhrasingContent[] {
  return cell.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
}

/** Whether the whole cell is set in italics (`*429*`), as opposed to one word of it. */
export function isWhollyEmphasized(cell: TableCell): boolean {
  const children = meaningfulChildren(cell);
  return children.length === 1 && children[0]?.type === "emphasis";
}

/**
 * A cell's content as Markdown, white space collapsed: text, code spans and bold are kept,
 * emphasis is unwrapped and inline HTML (such as `<a name="error-100"></a>` anchors) is dropped.
 * Any other markup is unexpected in an error table and reported through `fail`.
 */
export function cellMarkdown(cell: TableCell, line: number, fail: (line: number, problem: string) => never): string {
  const render = (nodes: PhrasingContent[]): string =>
    nodes
      .map((node) => {
        switch (node.type) {
          case "text":
            return node.value;
          case "inlineCode":
            return `\`${node.value}\``;
          case "strong":
            return `**${render(node.children)}**`;
          case "emphasis":
            return render(node.children);
          case "html":
            return "";
          default:
            return fail(line, `unexpected ${node.type} markup in a table cell`);
        }
      })
      .join("");
  return render(cell.children).replace(/\s+/g, " ").trim();
}
