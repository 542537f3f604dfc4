import type { APIRoute } from "astro";
import { catalogJsonSchemaDocument } from "../../lib/catalog-json-schema";

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(catalogJsonSchemaDocument(site!), null, 2), {
    headers: { "Content-Type": "application/schema+json; charset=utf-8" },
  });
