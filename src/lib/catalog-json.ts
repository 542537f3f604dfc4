import type { Catalog, CatalogError, CatalogSystem } from "./catalog-model";
import { buildExampleResponse } from "./example-response";
import { absoluteUrl } from "./urls";

/**
 * `/catalog.json`: the contract servers and tools rely on to link errors to their pages. One row
 * per error page, nothing else. Field names and types never change incompatibly.
 */
export interface CatalogJson {
  generated: string;
  systems: Array<{ id: string; name: string; url: string }>;
  errors: Array<{
    system: string;
    code: string;
    status: number | null;
    title: string;
    message: string | null;
    category: string;
    unused: boolean;
    url: string;
    path: string;
  }>;
}

export function toCatalogJson(catalog: Catalog, site: URL | string, generated: Date): CatalogJson {
  return {
    generated: generated.toISOString(),
    systems: catalog.systems.map((system) => ({
      id: system.id,
      name: system.name,
      url: absoluteUrl(system.path, site),
    })),
    errors: catalog.errors.map((error) => ({
      system: error.system,
      code: error.code,
      status: error.status,
      title: error.title,
      message: error.message,
      category: error.category,
      unused: error.unused,
      url: absoluteUrl(error.path, site),
      path: error.path,
    })),
  };
}

/** `/<system>/<slug>.json`: the full entry, for tools that want more than the catalog row. */
export function toErrorJson(
  error: CatalogError,
  system: CatalogSystem,
  body: string,
  site: URL | string,
): Record<string, unknown> {
  const url = absoluteUrl(error.path, site);
  const { data } = error;
  return {
    system: { id: system.id, name: system.name, url: absoluteUrl(system.path, site) },
    code: error.code,
    ...(data.apiCode !== undefined && { apiCode: data.apiCode }),
    title: error.title,
    status: error.status,
    message: error.message,
    category: error.category,
    lifecycle: data.lifecycle,
    unused: error.unused,
    fields: data.fields,
    related: error.related.map((ref) => ({
      system: ref.system,
      code: ref.code,
      url: absoluteUrl(ref.path, site),
    })),
    url,
    path: error.path,
    exampleResponse: buildExampleResponse(system.data.response, error, url),
    ...(data.source && { source: data.source }),
    body,
  };
}
