import type { APIRoute } from "astro";
import { loadCatalog } from "../../data/load-catalog";
import { jsonResponse } from "../../lib/json-response";
import { toSystemFormat } from "../../lib/search/system-format";

/** Each system's error body format, so the search page can tell which system a paste is from. */
export const GET: APIRoute = async () => jsonResponse((await loadCatalog()).systems.map(toSystemFormat));
