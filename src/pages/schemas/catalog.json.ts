import type { APIRoute } from "astro";
import { catalogJsonSchema } from "../../lib/json-schema";

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(catalogJsonSchema(site!), null, 2), {
    headers: { "Content-Type": "application/schema+json; charset=utf-8" },
  });
