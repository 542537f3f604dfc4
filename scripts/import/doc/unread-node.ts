import type { Nodes } from "mdast";
import type { Skipped } from "./doc-error.ts";

/**
 * The report's entry for a block of an error's text the import does not read (a code block, HTML,
 * a quote or a table inside a list item or under an error's heading), so that nothing is dropped
 * without a word. `within` says where the block stands, for the fix.
 */
export function unreadNode(node: Nodes, code: string, within: "item" | "section"): Skipped {
  const line = node.position?.start.line ?? 0;
  if (node.type === "code") {
    return { line, what: `code block${node.lang ? ` (${node.lang})` : ""}`, why: "an example, not an error" };
  }
  if (node.type === "html") {
    return /^\s*<!--/.test(node.value)
      ? { line, what: "HTML comment", why: "a comment, which readers never see" }
      : {
          line,
          what: "HTML",
          why: `not read as part of the error ${code}; only Markdown is read, write it as Markdown`,
        };
  }
  return {
    line,
    what: node.type,
    why: `not read as part of the error ${code}; write it as a paragraph${within === "item" ? " of the item" : ""}`,
  };
}
