/** Astro's frontmatter fence: an optional byte-order mark or blank lines, then `---` … `---`. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/**
 * The body of a Markdown or MDX entry from its file's text, as Astro's content layer reads it:
 * the text without its frontmatter, trimmed.
 */
export function entryBody(text: string): string {
  const match = FRONTMATTER.exec(text);
  return (match ? text.replace(`---${match[1]}---`, "") : text).trim();
}
