import type { APIRoute } from "astro";
import { loadCatalog } from "../data/load-catalog";
import { toCatalogJson } from "../lib/catalog-json";

export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog();
  return new Response(JSON.stringify(toCatalogJson(catalog, site!, new Date()), null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
