import type { APIRoute, GetStaticPaths } from "astro";
import { loadCatalog } from "../../../data/load-catalog";
import { jsonResponse, shardPaths } from "../../../lib/json-response";
import { buildCodeIndex } from "../../../lib/search/code-index";

/** The exact-code index, one small file per key prefix: `/search/codes/us.json`. */
export const getStaticPaths = (async () => shardPaths(buildCodeIndex(await loadCatalog()))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonResponse(props.rows);
