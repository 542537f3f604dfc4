import type { APIRoute, GetStaticPaths } from "astro";
import { getEntry } from "astro:content";
import { loadCatalog } from "../../data/load-catalog";
import { toErrorJson } from "../../lib/catalog-json";

export const getStaticPaths = (async () => {
  const catalog = await loadCatalog();
  return catalog.errors.map((error) => ({
    params: { system: error.system, slug: error.slug },
    props: { entryId: error.entryId },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const catalog = await loadCatalog();
  const error = catalog.errors.find((candidate) => candidate.entryId === props.entryId)!;
  const entry = await getEntry("errors", error.entryId);
  const json = toErrorJson(error, catalog.system(error.system)!, entry?.body ?? "", site!);
  return new Response(JSON.stringify(json, null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
