import type { APIRoute } from "astro";
import { loadCatalog } from "../data/load-catalog";
import { toCatalogJson } from "../lib/catalog-json";
import { jsonResponse } from "../lib/json-response";

export const GET: APIRoute = async ({ site }) => jsonResponse(toCatalogJson(await loadCatalog(), site!, new Date()), 2);
