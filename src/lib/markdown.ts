import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);

/**
 * Renders a short Markdown text from a content file (a system's retry guidance, say) to HTML.
 * Raw HTML in the source is dropped, not passed through.
 */
export function renderMarkdown(markdown: string): string {
  let html = rendered.get(markdown);
  if (html === undefined) {
    html = String(processor.processSync(markdown));
    rendered.set(markdown, html);
  }
  return html;
}

// The same few texts (a status's advice, a system's retry guidance) recur on thousands of pages.
const rendered = new Map<string, string>();

/** Renders Markdown that is a single paragraph without the wrapping <p>, for inline use. */
export function renderInlineMarkdown(markdown: string): string {
  return renderMarkdown(markdown)
    .trim()
    .replace(/^<p>([\s\S]*)<\/p>$/, "$1");
}
