import type { CodeIndexRow } from "./code-key";
import type { SearchPlan } from "./search-plan";
import type { TextHit } from "./search-ranking";

/**
 * The pages that answer a query exactly: their code is the one asked for (as written, or as
 * the API sends it), or their documented message is the query's. The code and message indexes
 * find them in one small fetch each; the full text needs a round of index chunks and then one
 * of page fragments. So the search page shows them at once and the full-text results after.
 */
export interface ExactAnswer<Hit extends TextHit = TextHit> {
  rows: CodeIndexRow[];
  /** Message-index finds, as full-text hits of rank 0. */
  hits: Hit[];
}

/**
 * The exact answer to a plan, from its code-index rows and message-index finds; null when there
 * is none, or when only the full text can rank it right:
 * - a pasted `type` or documentation link names a page, and that page outranks every find;
 * - a pasted code is shared by several pages and no message matched exactly: only the pages'
 *   messages tell them apart, and code rows carry none.
 * Part, near and prefix code finds are not exact: they are ranked among the full-text results.
 */
export function exactAnswer<Hit extends TextHit>(
  plan: SearchPlan,
  codeRows: CodeIndexRow[],
  messageHits: Hit[],
): ExactAnswer<Hit> | null {
  const wanted = new Set(plan.codeKeys);
  const rows = codeRows.filter((row) => (row.m === "code" || row.m === "sent-code") && wanted.has(row.k));
  if (rows.length === 0 && messageHits.length === 0) return null;
  const paths = new Set([...rows, ...messageHits].map((found) => found.path));
  if (plan.linkedPaths.some((path) => !paths.has(path))) return null;
  const pasted = plan.paste.shape !== "text" && plan.paste.shape !== "code";
  if (pasted && messageHits.length === 0 && paths.size > 1) return null;
  return { rows, hits: messageHits };
}
