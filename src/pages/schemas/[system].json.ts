import type { APIRoute, GetStaticPaths } from "astro";
import { loadCatalog } from "../../data/load-catalog";
import { responseJsonSchema } from "../../lib/json-schema";

export const getStaticPaths = (async () => {
  const catalog = await loadCatalog();
  return catalog.systems.map((system) => ({ params: { system: system.id }, props: { systemId: system.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const catalog = await loadCatalog();
  const system = catalog.system(props.systemId)!;
  return new Response(JSON.stringify(responseJsonSchema(system, site!), null, 2), {
    headers: { "Content-Type": "application/schema+json; charset=utf-8" },
  });
};
