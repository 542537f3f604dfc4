import { codeKey } from "./code-key";
import { parsePastedError, type PastedError } from "./pasted-error";
import { withoutCommonWords } from "./stop-words";
import { sitePathOf } from "../urls";

/** What one query asks the indexes for. */
export interface SearchPlan {
  query: string;
  paste: PastedError;
  /** Code keys to look up in the code index. */
  codeKeys: string[];
  /** Keys of numbers in free text that may be codes: weaker evidence than `codeKeys`. */
  numberKeys: string[];
  /** Site paths the query links to directly (a `type` URL that points at one of our pages). */
  linkedPaths: string[];
  /** The query's text as words (a paste's message, a log line's context), spelt as the catalog spells them. */
  text: string;
  /** `text` for the full-text index, without the words nearly every page has. */
  fullText: string;
  /** Messages to compare the candidates' messages and titles with. */
  messages: string[];
  status: number | null;
}

/** Longest query whose whole text is also tried as a code (`user not found` -> usernotfound). */
const MAX_CODE_QUERY_CHARS = 80;
/** Pagefind gets at most this much text; a paste's message is plenty. */
const MAX_FULL_TEXT_CHARS = 200;

/**
 * Turns a query (a code, words, a message or a whole pasted response) into lookups.
 * `site`, the site's URL (its origin and the base path it is served under), recognises
 * documentation links that point at this site.
 */
export function planSearch(query: string, site: string): SearchPlan {
  const paste = parsePastedError(query);
  const keys: string[] = [];
  const linkedPaths: string[] = [];

  for (const code of paste.codes) keys.push(codeKey(code));
  for (const link of paste.links) {
    const path = sitePath(link, site);
    if (path) linkedPaths.push(path);
    // The code a documentation link names: `/doc/errors/2202`, `#error-202`, `/accounts/user-not-found/`.
    const url = safeUrl(link, site);
    if (!url) continue;
    const segment = url.pathname.split("/").filter(Boolean).at(-1);
    if (segment) keys.push(codeKey(segment));
    const fragment = /^#error-(.+)$/.exec(url.hash)?.[1];
    if (fragment) keys.push(codeKey(fragment));
  }
  const plain = paste.shape === "text" || paste.shape === "code";
  if (plain && query.trim().length <= MAX_CODE_QUERY_CHARS) keys.push(codeKey(query));
  const codeKeys = [...new Set(keys.filter(Boolean))];

  // A log line's message is the line less its noise: timestamps and ids say nothing about the error.
  const raw =
    paste.shape === "log"
      ? [...paste.context, ...paste.numbers].join(" ") || (paste.messages[0] ?? "")
      : plain
        ? query.trim()
        : (paste.messages[0] ?? paste.codes[0] ?? "");
  const text = joinHyphenatedPrefixes(raw).slice(0, MAX_FULL_TEXT_CHARS);
  return {
    query,
    paste,
    codeKeys,
    numberKeys: paste.numbers.map(codeKey).filter((key) => key !== "" && !codeKeys.includes(key)),
    linkedPaths: [...new Set(linkedPaths)],
    text,
    fullText: withoutCommonWords(text),
    messages: paste.messages.slice(0, 3),
    status: paste.status,
  };
}

/** `e-mail` -> `email`: how the catalog spells such words. */
function joinHyphenatedPrefixes(text: string): string {
  return text.replace(/\b([A-Za-z])-(?=[A-Za-z]{3,})/g, "$1");
}

function safeUrl(link: string, base: string): URL | undefined {
  try {
    return new URL(link, base);
  } catch {
    return undefined;
  }
}

/** The site path of a link to an error page of this site, or undefined. */
function sitePath(link: string, site: string): string | undefined {
  const root = new URL(site);
  const url = safeUrl(link, root.href);
  if (!url || url.origin !== root.origin) return undefined;
  const path = sitePathOf(url.pathname, root.pathname);
  const match = path === undefined ? null : /^\/([a-z0-9-]+)\/([a-z0-9-]+)\/?$/.exec(path);
  return match ? `/${match[1]}/${match[2]}/` : undefined;
}
