import type { APIRoute } from "astro";
import { loadCatalog } from "../../data/load-catalog";
import { jsonResponse } from "../../lib/json-response";
import { searchVocabulary } from "../../lib/search/spelling";

/** The catalog's vocabulary, fetched by the search page only to correct a misspelt query. */
export const GET: APIRoute = async () => jsonResponse(searchVocabulary(await loadCatalog()));
