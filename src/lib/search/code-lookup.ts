import { codeShard, type CodeIndexRow } from "./code-key";
import type { SearchPlan } from "./search-plan";
import { editDistance } from "./spelling";

/** Shorter keys are not looked for by prefix or near spelling: too many codes would match. */
const MIN_FUZZY_KEY = 6;

/**
 * The code-index rows for a plan's keys, from the shards already fetched: exact matches, and
 * for a key the code index lacks, codes a typing slip away (`emailalreadyexsits`: one slip, two
 * in a key of ten characters or more) or that it begins (`missingrequiredquery`), looked for in
 * the same shard. Number keys from free text are matched exactly only: a number in a log line is
 * weak evidence already.
 */
export function matchCodeRows(plan: SearchPlan, shards: ReadonlyMap<string, readonly CodeIndexRow[]>): CodeIndexRow[] {
  const found: CodeIndexRow[] = [];
  for (const key of [...plan.codeKeys, ...plan.numberKeys]) {
    const rows = shards.get(codeShard(key)) ?? [];
    const exact = rows.filter((row) => row.k === key);
    found.push(...exact);
    if (exact.length > 0 || key.length < MIN_FUZZY_KEY || !plan.codeKeys.includes(key)) continue;
    const slips = key.length >= 10 ? 2 : 1;
    for (const row of rows) {
      if (row.m !== "code") continue;
      if (row.k.startsWith(key)) found.push({ ...row, k: key, m: "prefix" });
      else if (Math.abs(row.k.length - key.length) <= slips && editDistance(key, row.k, slips + 1) <= slips) {
        found.push({ ...row, k: key, m: "near" });
      }
    }
  }
  return found;
}

/** The shards a plan's keys live in. */
export function shardsOf(plan: SearchPlan): string[] {
  return [...new Set([...plan.codeKeys, ...plan.numberKeys].map(codeShard))];
}
