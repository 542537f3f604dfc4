import type { APIRoute } from "astro";
import { loadCatalog } from "../../data/load-catalog";
import { toSystemFormat } from "../../lib/search/system-format";

/** Each system's error body format, so the search page can tell which system a paste is from. */
export const GET: APIRoute = async () => {
  const catalog = await loadCatalog();
  return new Response(JSON.stringify(catalog.systems.map(toSystemFormat)), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
