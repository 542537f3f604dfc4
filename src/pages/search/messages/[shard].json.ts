import type { APIRoute, GetStaticPaths } from "astro";
import { loadCatalog } from "../../../data/load-catalog";
import { buildMessageIndex } from "../../../lib/search/message-index";

/** The exact-message index, one small file per hash prefix: `/search/messages/3f.json`. */
export const getStaticPaths = (async () => {
  const shards = buildMessageIndex(await loadCatalog());
  return [...shards].map(([shard, rows]) => ({ params: { shard }, props: { rows } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.rows), { headers: { "Content-Type": "application/json; charset=utf-8" } });
