import type { Heading, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { mdxProse } from "./entry-body";

/** The heading every error body must have: its id, `what-to-do`, is what pages and links target. */
export const WHAT_TO_DO_HEADING = "What to do";

/**
 * The explanation before "What to do" is kept short so that the heading starts within the first
 * screen of a phone (the browser tests measure that on the built pages).
 */
export const MAX_MEANING_WORDS = 60;

/** Fewer words than this is not guidance ("Fix it."). */
export const MIN_GUIDANCE_WORDS = 4;

/** An error body read as the page presents it: the meaning, then What to do, then the rest. */
export interface BodyOutline {
  /** The prose before the first heading: what the error means. */
  meaning: string;
  /** Text of the `## What to do` section, or null when the body has none. */
  whatToDo: string | null;
  /** The `##` headings in order, as written. */
  sections: string[];
  /** Whether the body has a `#` heading (the page's title is its only h1). */
  hasTopHeading: boolean;
}

const parser = unified().use(remarkParse);

/** Reads the outline of an error's Markdown (or MDX) body. */
export function outlineBody(body: string, format: "md" | "mdx"): BodyOutline {
  const tree = parser.parse(format === "mdx" ? mdxProse(body) : body) as Root;
  const meaning: RootContent[] = [];
  const whatToDo: RootContent[] = [];
  const sections: string[] = [];
  let hasTopHeading = false;
  let current: RootContent[] | null = meaning;
  let sawWhatToDo = false;
  for (const node of tree.children) {
    if (node.type === "heading") {
      if (node.depth === 1) hasTopHeading = true;
      if (node.depth <= 2) {
        const title = headingText(node);
        sections.push(title);
        const isWhatToDo = node.depth === 2 && isWhatToDoTitle(title);
        sawWhatToDo ||= isWhatToDo;
        current = isWhatToDo ? whatToDo : null;
        continue;
      }
      if (current === meaning) current = null;
    }
    // JSX and raw HTML (an MDX <Aside>) are not prose the reader sees as the meaning.
    if (current && node.type !== "html") current.push(node);
  }
  return {
    meaning: text(meaning),
    whatToDo: sawWhatToDo ? text(whatToDo) : null,
    sections,
    hasTopHeading,
  };
}

/** The words of a text, as a reader counts them. */
export function wordCount(value: string): number {
  return value.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * A text folded so that guidance copied from another entry compares equal whatever its spacing,
 * case and punctuation.
 */
export function foldGuidance(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function isWhatToDoTitle(title: string): boolean {
  return title.trim().toLowerCase() === WHAT_TO_DO_HEADING.toLowerCase();
}

function headingText(heading: Heading): string {
  return toString(heading).trim();
}

/** The text of blocks, one line per paragraph, list item or cell: words never run together. */
function text(nodes: readonly RootContent[]): string {
  return nodes.flatMap(blockLines).join("\n").trim();
}

function blockLines(node: RootContent): string[] {
  if (node.type === "paragraph" || node.type === "heading" || node.type === "code" || node.type === "tableCell") {
    return [toString(node)];
  }
  return "children" in node ? (node.children as RootContent[]).flatMap(blockLines) : [toString(node)];
}

/**
 * The meaning of an error as plain text, read from its body without a Markdown parser (it runs
 * for every page of the build): the text before the first heading, without MDX import lines,
 * components, link targets, emphasis and code marks. Search results show it as their excerpt.
 */
export function meaningOf(body: string): string {
  const beforeHeading = body.split(/^#{1,6}\s/m)[0] ?? "";
  return beforeHeading
    .split("\n")
    .filter((line) => !/^\s*(?:import|export)\s/.test(line))
    .join(" ")
    .replace(/<[^>]*>/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[`*_]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
