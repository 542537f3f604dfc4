import type { APIRoute, GetStaticPaths } from "astro";
import { loadCatalog } from "../../../data/load-catalog";
import { buildCodeIndex } from "../../../lib/search/code-index";

/** The exact-code index, one small file per key prefix: `/search/codes/us.json`. */
export const getStaticPaths = (async () => {
  const shards = buildCodeIndex(await loadCatalog());
  return [...shards].map(([shard, rows]) => ({ params: { shard }, props: { rows } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.rows), { headers: { "Content-Type": "application/json; charset=utf-8" } });
