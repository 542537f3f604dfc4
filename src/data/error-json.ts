import { getEntry } from "astro:content";
import { toErrorJson } from "../lib/catalog-json";
import type { Catalog, CatalogError } from "../lib/catalog-model";

/** An error's JSON entry (`/<system>/<slug>.json`), as the site serves it. */
export async function errorJsonText(error: CatalogError, catalog: Catalog, site: URL): Promise<string> {
  const entry = await getEntry("errors", error.entryId);
  return JSON.stringify(toErrorJson(error, catalog.system(error.system)!, entry?.body ?? "", site), null, 2);
}
