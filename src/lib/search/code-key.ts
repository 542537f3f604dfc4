/**
 * Codes are identifiers, and people type them in many spellings: `user:not_found`,
 * `USER_NOT_FOUND`, `UserNotFound`, `user not found`. A code key folds those spellings into one
 * lookup key (lower-case letters and digits only), so an exact code lookup can run before the
 * full-text search and put the right page first.
 */

/** `User:Not_Found` -> `usernotfound`. Empty when the text has no letters or digits. */
export function codeKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

/**
 * How a key relates to a code: the whole code, the code the API sends, or a part people type
 * on its own. Lookups add `near` (one or two typing slips away) and `prefix` (the start of it).
 */
export type KeyMatch = "code" | "sent-code" | "part" | "near" | "prefix";

export interface CodeKeyEntry {
  key: string;
  match: KeyMatch;
}

interface KeyedError {
  code: string;
  /** What the API sends in its code field when it differs from `code`. */
  apiCode?: string | undefined;
  /** The prefix every code of the system starts with, e.g. the system digit `2` of `2202`. */
  prefix?: string | undefined;
}

/**
 * The keys under which an error is found by its code: the code itself, the code the API sends
 * (for errors that share one), and the parts people type alone: the reason of a
 * `domain:reason` code (`not_found`), the code without its system prefix (`202` of `2202`).
 */
export function codeKeys(error: KeyedError): CodeKeyEntry[] {
  const entries: CodeKeyEntry[] = [{ key: codeKey(error.code), match: "code" }];
  if (error.apiCode) entries.push({ key: codeKey(error.apiCode), match: "sent-code" });
  const reason = /^[^:\s]+:([^:\s]+)$/.exec(error.code)?.[1];
  if (reason) entries.push({ key: codeKey(reason), match: "part" });
  if (error.prefix && error.code.startsWith(error.prefix)) {
    entries.push({ key: codeKey(error.code.slice(error.prefix.length)), match: "part" });
  }
  const seen = new Set<string>();
  return entries.filter(({ key }) => key !== "" && !seen.has(key) && seen.add(key));
}

/**
 * Which shard of the code index holds a key: its first two characters. Shards keep the first
 * lookup small however large the catalog grows.
 */
export function codeShard(key: string): string {
  return key.slice(0, 2);
}

/** A row of the code index, as published in `/search/codes/<shard>.json`. */
export interface CodeIndexRow {
  /** The code key. */
  k: string;
  /** How the key matches the error's code. */
  m: KeyMatch;
  system: string;
  code: string;
  path: string;
  title: string;
  status: number | null;
  /** The page's search-filter values: system name, "404 Not Found", category name. */
  facets: Partial<Record<"system" | "status" | "category", string>>;
  /**
   * The page's Pagefind result id, written in by scripts/index-search.ts once Pagefind has
   * indexed the site (lib/search/pagefind-ids.ts); absent under `astro dev`, which has no index.
   */
  id?: string;
}

/**
 * The spellings of a code that full-text search should also find it by: its words
 * (`user not found`) and its key (`usernotfound`). Indexed with the page, unseen by readers.
 */
export function codeSpellings(code: string): string[] {
  const words = code
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .replace(/[^A-Za-z0-9]+/g, " ")
    .trim()
    .toLowerCase();
  return [...new Set([code, words, codeKey(code)])].filter(Boolean);
}
