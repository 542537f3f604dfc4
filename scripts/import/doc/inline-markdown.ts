import type { PhrasingContent } from "mdast";

/**
 * Phrasing content (a table cell, a list item's paragraph, a heading) back as Markdown, white
 * space collapsed: code spans, emphasis, bold and links stay as the author wrote them, so an
 * entry's body keeps them (an image, its text); inline HTML (anchors such as `<a name="e400"></a>`)
 * is dropped.
 */
export function inlineMarkdown(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case "text":
          return escapeText(node.value);
        case "inlineCode":
          return node.value.includes("`") ? `\`\` ${node.value} \`\`` : `\`${node.value}\``;
        case "strong":
          return `**${inlineMarkdown(node.children)}**`;
        case "emphasis":
          return `_${inlineMarkdown(node.children)}_`;
        case "delete":
          return `~~${inlineMarkdown(node.children)}~~`;
        case "link":
          return `[${inlineMarkdown(node.children)}](${node.url})`;
        case "linkReference":
          // Its definition is unknown here (see resolveLinkReferences); the text stays.
          return inlineMarkdown(node.children);
        case "imageReference":
          return node.alt ?? "";
        case "break":
          return " ";
        case "image":
          return node.alt ?? "";
        default:
          // html, footnote references and the like carry no text a reader sees.
          return "";
      }
    })
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/** The plain text of phrasing content: what a reader sees, without any markup. */
export function inlineText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case "text":
        case "inlineCode":
          return node.value;
        case "break":
          return " ";
        case "image":
        case "imageReference":
          return node.alt ?? "";
        case "html":
          return "";
        default:
          return "children" in node ? inlineText(node.children) : "";
      }
    })
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * remark unescaped `\*` and the like; text that Markdown would read as markup is escaped again.
 * An underscore inside a word (`conflux_test`) is never emphasis in GFM, so it stays as it is.
 */
function escapeText(value: string): string {
  return value.replace(/[\\`*[\]<]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, (mark) => `\\${mark}`);
}
