import type { PhrasingContent } from "mdast";
import { isHttpErrorStatus } from "../../../src/lib/http-status.ts";
import { inlineText } from "./inline-markdown.ts";

/** One token that can be a code: no spaces, starting with a letter or digit. */
const TOKEN = /^[A-Za-z0-9][A-Za-z0-9_.:/-]*$/;

/**
 * Whether a bare word (not set in backticks or bold) reads as a code in running text: a number, or
 * an identifier with a separator (`user_not_found`, `user:not_found`, `auth.expired`), upper case
 * (`FORBIDDEN`, `E1001`) or inner capitals (`EmailAlreadyExists`). Plain words ("Errors") are not.
 */
export function looksLikeCode(word: string): boolean {
  if (!TOKEN.test(word)) return false;
  if (/^\d+$/.test(word)) return true;
  if (/[_:.]/.test(word.replace(/[.:]$/, "")) && /[A-Za-z]/.test(word)) return true;
  if (/^[A-Z][A-Z0-9]+$/.test(word)) return true;
  return /^[A-Za-z]+[a-z0-9][A-Z]/.test(word);
}

/**
 * Whether a word that could as well be a word (set in bold, or a heading on its own) is plainly a
 * code: a number, a word with an `_` or a digit (`RATE_LIMITED`, `E42`), words joined by `.` or `:`
 * (`auth.expired`), or three capitals or more inside (`EmailAlreadyExists`). Not "Authentication",
 * acronyms and labels in capitals ("FAQ", "API", "NOTE") or names ("JavaScript"): an entry made of
 * one would be published, and its URL locked, for good.
 */
export function plainlyCode(word: string): boolean {
  if (!looksLikeCode(word)) return false;
  if (/[_\d]/.test(word)) return true;
  if (/^[A-Za-z]{2,}(?:[.:][A-Za-z]{2,})+$/.test(word)) return true;
  return /[a-z]/.test(word) && (word.match(/[A-Z]/g) ?? []).length >= 3;
}

/** Whether a token in a code column, or set in backticks, can be a code. */
export function isCodeToken(token: string): boolean {
  return TOKEN.test(token) && /[A-Za-z0-9]/.test(token);
}

/**
 * The codes a table cell of a code column names: one code, or several joined by commas,
 * semicolons, "or", "and" or line breaks (`` `invalid_scope` or `insufficient_scope` ``), each
 * becoming its own error. Undefined when the cell is not a list of codes (it has prose).
 */
export function cellCodes(children: readonly PhrasingContent[]): string[] | undefined {
  const spans = children.filter((node) => node.type === "inlineCode").map((node) => node.value.trim());
  if (spans.length > 0) {
    const rest = children
      .filter((node) => node.type !== "inlineCode")
      .map((node) => inlineText([node]))
      .join(" ");
    // Between the code spans only joining words may stand: "`a` or `b`", "`a`, `b`".
    if (/^[\s,;/]*((or|and|\||,|;|\/)[\s,;/]*)*$/i.test(rest) && spans.every(isCodeToken)) return spans;
    return undefined;
  }
  const text = children
    .map((node) =>
      node.type === "break" || (node.type === "html" && /^<br\s*\/?>$/i.test(node.value)) ? "," : inlineText([node]),
    )
    .join("");
  const parts = text.split(/\s*(?:,|;|\s+or\s+|\s+and\s+)\s*/i).filter(Boolean);
  return parts.length > 0 && parts.every(isCodeToken) ? parts : undefined;
}

/** A code that is a three-digit HTTP status (100-599), as tables of HTTP statuses list them. */
export function isHttpStatusCode(code: string): boolean {
  return /^[1-5]\d\d$/.test(code);
}

/**
 * The HTTP error status a text states, when it states one: "(403)", "HTTP 403", "status 403",
 * "403 Forbidden" or a closing "… public breach list. 403." Never a number inside a sentence,
 * which may be a limit or a count.
 */
export function statusInText(text: string): number | undefined {
  const patterns = [
    /\((\d{3})\)/,
    /\b(?:HTTP|[Ss]tatus(?: code)?)[\s:]+(\d{3})\b/,
    /(?:^|[.!?:]\s+)(\d{3})\.?\s*$/,
    /^(\d{3})\s+[A-Z][a-z]/,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(text.trim());
    const status = match ? Number(match[1]) : NaN;
    if (isHttpErrorStatus(status)) return status;
  }
  return undefined;
}

/** The first HTTP error status that one of the texts states (see `statusInText`). */
export function statusInTexts(...texts: ReadonlyArray<string | undefined>): number | undefined {
  for (const text of texts) {
    const status = text ? statusInText(text) : undefined;
    if (status !== undefined) return status;
  }
  return undefined;
}
