import type { Heading, RootContent } from "mdast";
import { isHttpErrorStatus } from "../../../src/lib/http-status.ts";
import { isCodeToken, plainlyCode, statusInTexts } from "./code-token.ts";
import type { DocCategory, DocError, Skipped } from "./doc-error.ts";
import { inlineMarkdown, inlineText } from "./inline-markdown.ts";
import { isPlaceholder } from "./item-text.ts";
import { listMarkdown } from "./list-markdown.ts";
import { unreadNode } from "./unread-node.ts";

/** A heading that names one error: its code and the title after it. */
export interface ErrorHeading {
  code: string;
  title?: string;
}

/**
 * The error a heading names, when it names one: `## 400 - Bad Request`, `### 404 Not Found`,
 * `` ## `user_not_found` ``, `## TOKEN_EXPIRED: Token expired`. Headings that name a section
 * ("Error Codes"), a type ("DirectusException (Base)") or a step ("1. Check the status") do not.
 */
export function errorHeading(heading: Heading): ErrorHeading | undefined {
  const [first, ...others] = heading.children;
  if (!first) return undefined;
  if (first.type === "inlineCode" || first.type === "strong") {
    const code = (first.type === "inlineCode" ? first.value : inlineText(first.children)).trim();
    // Backticks say "code"; bold says only "stands out" (`## **Overview**`).
    if (!(first.type === "inlineCode" ? isCodeToken(code) : plainlyCode(code))) return undefined;
    const title = inlineText(others).replace(/^\s*(?::|-|–|—|--|\|)\s*/, "");
    return { code, ...(title && { title }) };
  }
  const text = inlineText(heading.children);
  const match = /^(\S+?)(?:\s*(?::|\s-|–|—|--|\|)\s*|\s+)(.*)$/.exec(text) ?? /^(\S+)()$/.exec(text);
  if (!match) return undefined;
  const code = match[1]!;
  const title = match[2]!.trim();
  const separated = /^\S+?\s*(?::|\s-|–|—|--|\|)/.test(text);
  if (/^\d+$/.test(code)) {
    // A number names an error after a dash or colon, or as an HTTP error status ("404 Not Found").
    if (!separated && !isHttpErrorStatus(Number(code))) return undefined;
    return { code, ...(title && { title }) };
  }
  // A bare identifier must read as a code: with `_`, `:` or `.` inside, or all in capitals. A word
  // in capitals alone ("## FAQ", "## API", "## JSON") is a section unless a separator follows it
  // or it has an `_` or a digit (`## RATE_LIMITED`, `## E42`).
  const identifier = /^[A-Za-z][A-Za-z0-9]*(?:[_:.-][A-Za-z0-9]+)+$/.test(code) && /[_:.]/.test(code);
  const constant = /^[A-Z][A-Z0-9_]+$/.test(code);
  if (!identifier && !(constant && (separated || (!title && /[_\d]/.test(code))))) return undefined;
  return { code, ...(title && { title }) };
}

/** What a labelled part of an error's section says. */
type Part = "description" | "message" | "remediation" | "causes" | "example" | "status" | "other";

const LABELS: ReadonlyArray<[Part, RegExp]> = [
  ["message", /^(?:error )?message$/],
  ["description", /^(?:error )?(?:description|meaning|details?|explanation|overview)$/],
  ["causes", /^(?:(?:possible|common|likely) )?causes?$|^why(?: this error occurred)?$/],
  [
    "remediation",
    /^(?:resolution(?: steps)?|solutions?|fix(?:es)?|how to (?:fix|resolve)(?: it)?|possible ways to fix it|remediation|what to do|recommended actions?|client action|handling)$/,
  ],
  ["example", /^(?:examples?|samples?|(?:example|sample) (?:response|request|error|body)s?|responses?|requests?)$/],
  ["status", /^(?:http )?status(?: code)?$/],
];

function labelPart(label: string): Part {
  const name = label
    .toLowerCase()
    .replace(/[:*]+$/, "")
    .trim();
  return LABELS.find(([, pattern]) => pattern.test(name))?.[0] ?? "other";
}

/**
 * An error from a heading and the nodes of its section (up to the next heading of the same or a
 * higher level). Paragraphs say what it means, unless a label (a sub-heading, `**Cause**`,
 * `**Solution:** …`, a line ending in a colon) says they are causes, a remedy or the message;
 * examples (code blocks) are skipped.
 */
export function readHeadingError(
  heading: Heading,
  named: ErrorHeading,
  section: readonly RootContent[],
  lines: readonly string[],
  category: DocCategory,
  statusFromCode: boolean,
): { error?: DocError; skipped: Skipped[] } {
  const line = heading.position?.start.line ?? 0;
  const skipped: Skipped[] = [];
  const parts: Record<Part, string[]> = {
    description: [],
    message: [],
    remediation: [],
    causes: [],
    example: [],
    status: [],
    other: [],
  };
  let part: Part = "description";
  for (const node of section) {
    if (node.type === "heading") {
      part = labelPart(inlineText(node.children));
      continue;
    }
    if (node.type === "paragraph") {
      const [first, ...rest] = node.children;
      const whole = inlineText(node.children);
      if (first?.type === "strong" && rest.every((child) => child.type === "text" && !child.value.trim())) {
        part = labelPart(inlineText(first.children));
        continue;
      }
      if (first?.type === "strong" && /:\s*$/.test(inlineText(first.children))) {
        const labelled = labelPart(inlineText(first.children));
        parts[labelled].push(inlineMarkdown(rest));
        continue;
      }
      if (whole.length <= 40 && /:$/.test(whole) && labelPart(whole) !== "other") {
        part = labelPart(whole);
        continue;
      }
      parts[part].push(inlineMarkdown(node.children));
      continue;
    }
    if (node.type === "list") {
      parts[part].push(listMarkdown(node, (inner) => skipped.push(unreadNode(inner, named.code, "section"))));
      continue;
    }
    // A rule only separates; link definitions are read where their links are.
    if (node.type !== "thematicBreak" && node.type !== "definition") {
      skipped.push(unreadNode(node, named.code, "section"));
    }
  }
  for (const text of parts.example)
    skipped.push({
      line,
      what: `text under ${named.code}`,
      why: `"${text.slice(0, 60)}" is under an example label; examples are not read`,
    });
  for (const text of parts.other)
    skipped.push({
      line,
      what: `text under ${named.code}`,
      why: `"${text.slice(0, 60)}" is under a label that is no description, cause or remedy`,
    });

  const notes: string[] = [];
  let description = parts.description.join("\n\n") || undefined;
  if (description && isPlaceholder(description)) {
    notes.push(`The document's description is a placeholder ("${description}"); the entry has none.`);
    description = undefined;
  }
  let status: number | undefined;
  if (statusFromCode) {
    status = Number(named.code);
    if (!isHttpErrorStatus(status)) {
      skipped.push({ line, what: "heading", why: `${named.code} is an HTTP status that reports no error` });
      return { skipped };
    }
  } else {
    status = statusInTexts(parts.status.join(" "), named.title, description);
  }
  const message = parts.message.join(" ") || undefined;
  const remediation = parts.remediation.join("\n\n") || undefined;
  const causes = parts.causes.join("\n\n") || undefined;
  return {
    error: {
      code: named.code,
      line,
      text: lines[line - 1] ?? "",
      ...(named.title && { title: named.title }),
      ...(message && { message }),
      ...(description && { description }),
      ...(remediation && { remediation }),
      ...(causes && { causes }),
      ...(status !== undefined && { status }),
      category,
      notes,
    },
    skipped,
  };
}
