import type { CatalogError, CatalogSystem } from "../catalog-model";
import { httpStatusInfo } from "../http-status";

/** The search filter groups, in the order the search page shows them. */
export const FACET_GROUPS = ["system", "status", "category"] as const;
export type FacetGroup = (typeof FACET_GROUPS)[number];

/**
 * The values an error page has in each search filter group. The error page marks them up for
 * Pagefind and the code index repeats them, so both kinds of results filter alike.
 */
export function searchFacets(error: CatalogError, system: CatalogSystem): Partial<Record<FacetGroup, string>> {
  const category = system.categories.find((candidate) => candidate.id === error.category);
  return {
    system: system.name,
    ...(error.status !== null && { status: `${error.status} ${httpStatusInfo(error.status).phrase}` }),
    ...(category && { category: category.name }),
  };
}
