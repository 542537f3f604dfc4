import type { APIRoute, GetStaticPaths } from "astro";
import { errorJsonText } from "../../data/error-json";
import { loadCatalog } from "../../data/load-catalog";
import type { CatalogError } from "../../lib/catalog-model";
import { jsonTextResponse } from "../../lib/json-response";

// The dev server serves each entry here. A build writes them all from /error-json.ndjson in one
// pass instead (src/integrations/error-json-files.ts): as 10,000 routes they cost Astro ~8 s.
export const getStaticPaths = (async () => {
  if (import.meta.env.PROD) return [];
  const catalog = await loadCatalog();
  return catalog.errors.map((error) => ({
    params: { system: error.system, slug: error.slug },
    props: { error },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ error: CatalogError }> = async ({ props, site }) =>
  jsonTextResponse(await errorJsonText(props.error, await loadCatalog(), site!));
