import type { APIRoute, GetStaticPaths } from "astro";
import { loadCatalog } from "../../../data/load-catalog";
import { jsonResponse, shardPaths } from "../../../lib/json-response";
import { buildMessageIndex } from "../../../lib/search/message-index";

/** The exact-message index, one small file per hash prefix: `/search/messages/3f.json`. */
export const getStaticPaths = (async () => shardPaths(buildMessageIndex(await loadCatalog()))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonResponse(props.rows);
