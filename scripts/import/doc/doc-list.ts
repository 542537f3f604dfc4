import type { List, ListItem, Nodes, PhrasingContent } from "mdast";
import { isHttpErrorStatus } from "../../../src/lib/http-status.ts";
import {
  isCodeToken,
  isHttpStatusCode,
  looksLikeCode,
  plainlyCode,
  statusInText,
  statusInTexts,
} from "./code-token.ts";
import type { DocCategory, DocError, Skipped } from "./doc-error.ts";
import { inlineMarkdown, inlineText } from "./inline-markdown.ts";
import { isPlaceholder, splitNameAndMeaning, withoutStatus } from "./item-text.ts";
import { listMarkdown } from "./list-markdown.ts";
import { unreadNode } from "./unread-node.ts";

/** A list item that starts with a code, and what follows the code. */
interface CodedItem {
  code: string;
  /** The rest of the item's first paragraph, as Markdown. */
  rest: string;
}

/**
 * The code a run of phrasing content starts with, and the rest: `` `CODE` - text ``,
 * `**0002** - text`, `CODE: text`, `128 Missing required parameter`, `400 Bad Request - text`.
 * Undefined when it does not start with a code.
 */
export function leadingCode(children: readonly PhrasingContent[]): CodedItem | undefined {
  const [first, ...others] = children;
  if (!first) return undefined;
  const explicit =
    first.type === "inlineCode" ? first.value : first.type === "strong" ? inlineText(first.children) : undefined;
  if (explicit !== undefined) {
    const code = explicit.trim().replace(/:$/, "");
    // Backticks say "code"; bold says only "stands out" (`**Authentication**: …`).
    if (!(first.type === "inlineCode" ? isCodeToken(code) : plainlyCode(code))) return undefined;
    return { code, rest: stripSeparator(inlineMarkdown(others)) };
  }
  if (first.type !== "text") return undefined;
  const match = /^\s*(\S+?)(:\s+|\s+(?:-|–|—|--)\s+|\s+|:?$)/.exec(first.value);
  if (!match) return undefined;
  const code = match[1]!;
  const separator = match[2]!.trim();
  if (!looksLikeCode(code)) return undefined;
  // A bare word needs a separator unless it is a number or plainly an identifier: "HTTP `401`"
  // and "API Errors" do not start with codes; "128 Missing required parameter" does.
  if (!separator && !/^\d+$/.test(code) && !/[_:.]/.test(code)) return undefined;
  const rest = inlineMarkdown([{ ...first, value: first.value.slice(match[0].length) }, ...others]);
  return { code, rest: stripSeparator(rest) };
}

function stripSeparator(text: string): string {
  return text.replace(/^\s*(?::|-|–|—|--)\s*/, "").trim();
}

export interface ListRead {
  errors: DocError[];
  skipped: Skipped[];
}

/**
 * The errors of a bullet or numbered list whose items start with codes, or undefined when most of
 * its items do not (a list of links or steps), which the caller reports as skipped.
 */
export function readErrorList(list: List, lines: readonly string[], category: DocCategory): ListRead | undefined {
  const items = list.children.map((item) => ({ item, coded: codedItem(item) }));
  const coded = items.filter(({ coded }) => coded);
  if (coded.length === 0 || coded.length * 2 < items.length) return undefined;
  const codes = coded.map(({ coded }) => coded!.code);
  const codesAreStatuses =
    codes.every(isHttpStatusCode) && codes.filter((code) => isHttpErrorStatus(Number(code))).length * 2 >= codes.length;

  const errors: DocError[] = [];
  const skipped: Skipped[] = [];
  for (const { item, coded } of items) {
    const line = item.position?.start.line ?? 0;
    if (!coded) {
      skipped.push({ line, what: "list item", why: uncodedReason(item) });
      continue;
    }
    if (codesAreStatuses && !isHttpErrorStatus(Number(coded.code))) {
      skipped.push({ line, what: "list item", why: `${coded.code} is an HTTP status that reports no error` });
      continue;
    }
    const notes: string[] = [];
    const split = splitNameAndMeaning(coded.rest, "any");
    let title = split.name;
    let description: string | undefined = split.meaning;
    // Further paragraphs and nested lists of the item belong to its meaning; other blocks are reported.
    const more: string[] = [];
    const unread = (node: Nodes) => skipped.push(unreadNode(node, coded.code, "item"));
    for (const child of item.children.slice(1)) {
      if (child.type === "paragraph") more.push(inlineMarkdown(child.children));
      else if (child.type === "list") more.push(listMarkdown(child, unread));
      else unread(child);
    }
    if (more.length > 0) description = [description, ...more].filter(Boolean).join("\n\n");
    if (description && isPlaceholder(description)) {
      notes.push(
        `The document's description is a placeholder ("${description.replace(/[_*]/g, "")}"); the entry has none.`,
      );
      description = undefined;
    }
    const status = codesAreStatuses ? Number(coded.code) : statusInTexts(title, description);
    if (status !== undefined && !codesAreStatuses) {
      // "Bad Request (400)", "… breach list. 403.": the status is read from the text.
      const name = !title && description && statusInText(description) === status && !/[.!?]\s/.test(description);
      if (name) [title, description] = [withoutStatus(description!, status), undefined];
      else [title, description] = [title, description].map((text) => text && withoutStatus(text, status));
      notes.push(`The status ${status} is read from the document's text.`);
    }
    errors.push({
      code: coded.code,
      line,
      text: lines[line - 1] ?? "",
      ...(title && { title }),
      ...(description && { description }),
      ...(status !== undefined && { status }),
      category,
      notes,
    });
  }
  return { errors, skipped };
}

/** Why an item of a list of codes is not an error, with the fix when it starts with a bold word. */
function uncodedReason(item: ListItem): string {
  const first = item.children[0];
  const lead = first?.type === "paragraph" ? first.children[0] : undefined;
  if (lead?.type === "strong") {
    const word = inlineText(lead.children).replace(/:$/, "");
    return `it starts with the bold word "${word}", which reads as a word, not a code; set a code in backticks to import it`;
  }
  return "it does not start with a code";
}

function codedItem(item: ListItem): CodedItem | undefined {
  const first = item.children[0];
  return first?.type === "paragraph" ? leadingCode(first.children) : undefined;
}
