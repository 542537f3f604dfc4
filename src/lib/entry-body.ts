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

/**
 * The prose of an MDX body: without its ESM (`import …` and `export …` blocks), which MDX reads
 * as code, not text. As in MDX, such a block starts a line that begins a paragraph with `import`
 * or `export`, outside fenced code, and runs to the next blank line.
 */
export function mdxProse(body: string): string {
  const kept: string[] = [];
  let fence: string | null = null;
  let inEsm = false;
  let paragraphStart = true;
  for (const line of body.split("\n")) {
    const blank = line.trim() === "";
    if (inEsm) {
      if (blank) inEsm = false;
    } else if (fence === null && paragraphStart && /^(?:import|export)\b/.test(line)) {
      inEsm = true;
    } else {
      kept.push(line);
      const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (marker && (fence === null || (marker[0] === fence[0] && marker.length >= fence.length))) {
        fence = fence === null ? marker : null;
      }
    }
    paragraphStart = blank;
  }
  return kept.join("\n");
}
