import type { List, ListItem, Nodes } from "mdast";
import { inlineMarkdown } from "./inline-markdown.ts";

/**
 * A list (a list item's sub-items, a list under an error's heading) back as Markdown: its items'
 * paragraphs and nested lists, indented as written, so an entry keeps them. Any other block in an
 * item (a code block, HTML, a quote) goes to `unread`, for the report.
 */
export function listMarkdown(list: List, unread: (node: Nodes) => void, indent = ""): string {
  const start = list.start ?? 1;
  return list.children
    .map((item, index) => itemMarkdown(item, list.ordered ? `${start + index}.` : "-", unread, indent))
    .join("\n");
}

function itemMarkdown(item: ListItem, marker: string, unread: (node: Nodes) => void, indent: string): string {
  const inner = `${indent}${" ".repeat(marker.length + 1)}`;
  const parts: string[] = [];
  for (const child of item.children) {
    if (child.type === "paragraph") {
      const text = inlineMarkdown(child.children);
      // A further paragraph of the item stays in the item, after a blank line.
      parts.push(parts.length === 0 ? `${indent}${marker} ${text}` : `\n${inner}${text}`);
    } else if (child.type === "list") {
      if (parts.length === 0) parts.push(`${indent}${marker}`);
      parts.push(listMarkdown(child, unread, inner));
    } else {
      unread(child);
    }
  }
  return parts.length > 0 ? parts.join("\n") : `${indent}${marker}`;
}
