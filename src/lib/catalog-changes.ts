import type { CatalogJsonReference } from "../schemas/catalog-json";
import { errorReference } from "./catalog-json";
import type { Catalog, CatalogError } from "./catalog-model";
import { absoluteUrl, catalogJsonPath } from "./urls";

/** One error in a day of the changelog. */
export interface ChangedError {
  system: string;
  code: string;
  title: string;
  url: string;
}

/** A deprecated or removed error, with what to use instead. */
export interface RetiringError extends ChangedError {
  replacedBy: CatalogJsonReference | null;
}

/** What changed in the catalog on one day. */
export interface ChangeDay {
  /** YYYY-MM-DD. */
  date: string;
  added: ChangedError[];
  deprecated: RetiringError[];
  removed: RetiringError[];
}

/** `/changes.json`: the catalog's changelog, for tools that follow it. */
export interface CatalogChanges {
  generated: string;
  /** The catalog the changes are of. */
  catalog: string;
  /** Newest day first; days without changes are left out. */
  days: ChangeDay[];
  /**
   * Errors whose change has no date, so no day lists it: errors without `added`, and
   * deprecated errors without `lifecycle.since` (a removed error always has one).
   */
  undated: { added: number; deprecated: number };
}

/**
 * The changelog of a catalog, from the dates its entries carry: `added` for an error that joined
 * it, `lifecycle.since` for one deprecated or retired (published as `removed`). An error lists
 * under its current state only: a removed error that was deprecated first shows as removed.
 */
export function catalogChanges(catalog: Catalog, site: URL | string, generated: Date): CatalogChanges {
  const days = new Map<string, ChangeDay>();
  const day = (date: string): ChangeDay => {
    let found = days.get(date);
    if (!found) {
      found = { date, added: [], deprecated: [], removed: [] };
      days.set(date, found);
    }
    return found;
  };
  const undated = { added: 0, deprecated: 0 };
  for (const error of catalog.errors) {
    const { added, lifecycle } = error.data;
    if (added) day(added).added.push(changed(error, site));
    else undated.added++;
    if (lifecycle.state === "deprecated" || lifecycle.state === "retired") {
      if (lifecycle.since) {
        const { deprecated, removed } = day(lifecycle.since);
        (lifecycle.state === "deprecated" ? deprecated : removed).push({
          ...changed(error, site),
          replacedBy: error.replacedBy ? errorReference(error.replacedBy, site) : null,
        });
      } else {
        undated.deprecated++;
      }
    }
  }
  return {
    generated: generated.toISOString(),
    catalog: absoluteUrl(catalogJsonPath(), site),
    days: [...days.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)),
    undated,
  };
}

function changed(error: CatalogError, site: URL | string): ChangedError {
  return { system: error.system, code: error.code, title: error.title, url: absoluteUrl(error.path, site) };
}
