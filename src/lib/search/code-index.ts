import type { Catalog } from "../catalog-model";
import { searchFacets } from "./search-facets";
import { codeKeys, codeShard, type CodeIndexRow } from "./code-key";

/** Every error under each of its code keys, grouped into shards by key prefix. */
export function buildCodeIndex(catalog: Catalog): Map<string, CodeIndexRow[]> {
  const shards = new Map<string, CodeIndexRow[]>();
  for (const error of catalog.errors) {
    const system = catalog.system(error.system)!;
    const prefix = system.data.codeScheme.prefix;
    const facets = searchFacets(error, system);
    for (const { key, match } of codeKeys({ code: error.code, apiCode: error.data.apiCode, prefix })) {
      const shard = codeShard(key);
      const row: CodeIndexRow = {
        k: key,
        m: match,
        system: error.system,
        code: error.code,
        path: error.path,
        title: error.title,
        status: error.status,
        facets,
      };
      const rows = shards.get(shard);
      if (rows) rows.push(row);
      else shards.set(shard, [row]);
    }
  }
  return shards;
}
