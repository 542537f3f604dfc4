import type { APIRoute, GetStaticPaths } from "astro";
import { getEntry } from "astro:content";
import { loadCatalog } from "../../data/load-catalog";
import { toErrorJson } from "../../lib/catalog-json";
import type { CatalogError } from "../../lib/catalog-model";

export const getStaticPaths = (async () => {
  const catalog = await loadCatalog();
  return catalog.errors.map((error) => ({
    params: { system: error.system, slug: error.slug },
    props: { error },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ error: CatalogError }> = async ({ props, site }) => {
  const catalog = await loadCatalog();
  const { error } = props;
  const entry = await getEntry("errors", error.entryId);
  const json = toErrorJson(error, catalog.system(error.system)!, entry?.body ?? "", site!);
  return new Response(JSON.stringify(json, null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
