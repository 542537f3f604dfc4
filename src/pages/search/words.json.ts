import type { APIRoute } from "astro";
import { loadCatalog } from "../../data/load-catalog";
import { searchVocabulary } from "../../lib/search/spelling";

/** The catalog's vocabulary, fetched by the search page only to correct a misspelt query. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(searchVocabulary(await loadCatalog())), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
