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

/** An error's value in each filter group. */
export type Facets = Partial<Record<FacetGroup, string>>;
/** The values chosen in each filter group: OR within a group, AND across groups. */
export type Filters = Partial<Record<FacetGroup, string[]>>;
/** How many results each filter value would have. */
export type FacetCounts = Record<FacetGroup, Record<string, number>>;

export function emptyCounts(): FacetCounts {
  return Object.fromEntries(FACET_GROUPS.map((group) => [group, {}])) as FacetCounts;
}

/** Whether an error with these values passes the chosen filters. */
export function passes(facets: Facets, filters: Filters): boolean {
  return FACET_GROUPS.every((group) => {
    const chosen = filters[group];
    return !chosen || chosen.length === 0 || (facets[group] !== undefined && chosen.includes(facets[group]));
  });
}

/**
 * Adds candidates to per-value counts. A value's count honours the choices in the other groups
 * but not its own, so choosing a second status shows how many results it adds.
 */
export function addFacetCounts(counts: FacetCounts, candidates: readonly { facets: Facets }[], filters: Filters): void {
  for (const group of FACET_GROUPS) {
    const others: Filters = { ...filters, [group]: [] };
    for (const candidate of candidates) {
      const value = candidate.facets[group];
      if (value && passes(candidate.facets, others)) counts[group][value] = (counts[group][value] ?? 0) + 1;
    }
  }
}

/** Counts per filter value over a set of candidates (see addFacetCounts). */
export function countFacets(candidates: readonly { facets: Facets }[], filters: Filters): FacetCounts {
  const counts = emptyCounts();
  addFacetCounts(counts, candidates, filters);
  return counts;
}

/** The chosen filters as Pagefind takes them: `{ status: { any: [...] } }`, empty groups left out. */
export function toPagefindFilters(filters: Filters): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values && values.length > 0)
      .map(([group, values]) => [group, { any: values }]),
  );
}
