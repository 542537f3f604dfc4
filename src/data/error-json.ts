import { getEntry } from "astro:content";
import { toErrorJson } from "../lib/catalog-json";
import type { Catalog, CatalogError } from "../lib/catalog-model";
import { errorBody } from "./error-body";

/** An error's JSON entry (`/<system>/<slug>.json`), as the site serves it. */
export async function errorJsonText(error: CatalogError, catalog: Catalog, site: URL): Promise<string> {
  const entry = await getEntry("errors", error.entryId);
  if (!entry) throw new Error(`The catalog lists ${error.entryId}, but the errors collection has no such entry.`);
  return JSON.stringify(toErrorJson(error, catalog.system(error.system)!, errorBody(entry), site), null, 2);
}
