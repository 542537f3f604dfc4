import type { Catalog } from "../catalog-model";
import type { CodeIndexRow } from "./code-key";
import { searchFacets } from "./search-facets";
import type { SearchPlan } from "./search-plan";

/**
 * Support staff paste the message a customer got. Full-text search ranks the pages that share
 * its words, and when hundreds do (a message template repeated across systems), the page with
 * exactly that message may not be among the first ten it returns. The message index finds that
 * page directly: every documented message under a key that ignores case, spacing and
 * punctuation, in small shards chosen by a hash of the key.
 */

/** A row of the message index, as published in `/search/messages/<shard>.json`. */
export interface MessageIndexRow extends Omit<CodeIndexRow, "k" | "m"> {
  /** The message key. */
  k: string;
  /** The message as documented. */
  message: string;
}

/** Messages of fewer words are not looked up: they are codes or single words, found otherwise. */
export const MIN_MESSAGE_WORDS = 2;

/** `The Region already exists!` -> `the region already exists`. Empty without letters or digits. */
export function messageKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Whether a text is worth looking up in the message index. */
export function isMessageKey(key: string): boolean {
  return key.split(" ").length >= MIN_MESSAGE_WORDS;
}

/** The message keys a query asks for: a typed query's text, or the messages found in a paste. */
export function queryMessageKeys(plan: Pick<SearchPlan, "query" | "text" | "messages" | "paste">): string[] {
  if (plan.paste.shape === "code") return [];
  const texts = plan.paste.shape === "text" ? [plan.query, plan.text] : plan.messages;
  return [...new Set(texts.map(messageKey))].filter(isMessageKey);
}

/**
 * Which shard holds a key: two hex digits of its FNV-1a hash, so 256 shards of about the same
 * size whatever the messages begin with (most begin with "The").
 */
export function messageShard(key: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return ((hash >>> 0) & 0xff).toString(16).padStart(2, "0");
}

/** Every error with a documented message, under the message's key, grouped into shards. */
export function buildMessageIndex(catalog: Catalog): Map<string, MessageIndexRow[]> {
  const shards = new Map<string, MessageIndexRow[]>();
  for (const error of catalog.errors) {
    if (!error.message) continue;
    const key = messageKey(error.message);
    if (!isMessageKey(key)) continue;
    const system = catalog.system(error.system)!;
    const row: MessageIndexRow = {
      k: key,
      message: error.message,
      system: error.system,
      code: error.code,
      path: error.path,
      title: error.title,
      status: error.status,
      facets: searchFacets(error, system),
    };
    const shard = messageShard(key);
    const rows = shards.get(shard);
    if (rows) rows.push(row);
    else shards.set(shard, [row]);
  }
  return shards;
}
