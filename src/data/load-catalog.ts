import { getCollection } from "astro:content";
import { buildCatalog, type Catalog } from "../lib/catalog-model";

let loading: Promise<Catalog> | undefined;

/**
 * The validated catalog, loaded once per build from the content collections. A content problem
 * fails the build here with a CatalogValidationError that lists every problem.
 */
export function loadCatalog(): Promise<Catalog> {
  loading ??= (async () => {
    const [systems, errors] = await Promise.all([getCollection("systems"), getCollection("errors")]);
    return buildCatalog(
      systems.map((entry) => ({ id: entry.id, filePath: entry.filePath ?? entry.id, data: entry.data })),
      errors.map((entry) => ({ id: entry.id, filePath: entry.filePath ?? entry.id, data: entry.data })),
    );
  })();
  return loading;
}
