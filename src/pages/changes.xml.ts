import type { APIRoute } from "astro";
import { loadCatalog } from "../data/load-catalog";
import { catalogChanges } from "../lib/catalog-changes";
import { changesFeed } from "../lib/changes-feed";
import { siteTitle } from "../data/site-config";

export const GET: APIRoute = async ({ site }) =>
  new Response(changesFeed(catalogChanges(await loadCatalog(), site!, new Date()), site!, siteTitle), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
