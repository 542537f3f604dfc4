import type { CatalogJson, CatalogJsonLifecycle, CatalogJsonReference } from "../schemas/catalog-json";
import { CATALOG_JSON_VERSION } from "../schemas/catalog-json";
import type { Catalog, CatalogError, CatalogSystem, ErrorRef } from "./catalog-model";
import { buildExampleResponse } from "./example-response";
import { absoluteUrl, catalogSchemaPath } from "./urls";

export type { CatalogJson } from "../schemas/catalog-json";

/**
 * `/catalog.json`: the contract servers and tools rely on to link errors to their pages. One row
 * per error page, nothing else; its shape is `catalogJsonSchema` (src/schemas/catalog-json.ts).
 * `describe` gives an error's one-line description (read from its body, which the catalog model
 * does not hold).
 */
export function toCatalogJson(
  catalog: Catalog,
  site: { url: URL | string; title: string; description: string },
  generated: Date,
  describe: (error: CatalogError) => string,
): CatalogJson {
  return {
    $schema: absoluteUrl(catalogSchemaPath(), site.url),
    version: CATALOG_JSON_VERSION,
    title: site.title,
    description: site.description,
    generated: generated.toISOString(),
    systems: catalog.systems.map((system) => ({
      id: system.id,
      name: system.name,
      url: absoluteUrl(system.path, site.url),
      transport: system.data.response.transport,
    })),
    errors: catalog.errors.map((error) => ({
      system: error.system,
      code: error.code,
      status: error.status,
      title: error.title,
      description: describe(error),
      message: error.message,
      category: error.category,
      lifecycle: catalogLifecycle(error, site.url),
      added: error.data.added ?? null,
      unused: error.unused,
      url: absoluteUrl(error.path, site.url),
      path: error.path,
    })),
  };
}

/**
 * An error's lifecycle as tools read it: `retired` is `removed`; `unused` (defined, not sent)
 * is `active`, since the code is still valid and nothing replaces it (its row says `unused`).
 * `since` is kept only for the states it dates.
 */
export function catalogLifecycle(
  error: Pick<CatalogError, "data" | "replacedBy">,
  site: URL | string,
): CatalogJsonLifecycle {
  const { state, since, note } = error.data.lifecycle;
  const mapped = state === "retired" ? "removed" : state === "deprecated" ? "deprecated" : "active";
  return {
    state: mapped,
    since: mapped === "active" ? null : (since ?? null),
    replacedBy: error.replacedBy ? errorReference(error.replacedBy, site) : null,
    note: note ?? null,
  };
}

export function errorReference(
  ref: Pick<ErrorRef, "system" | "code" | "path">,
  site: URL | string,
): CatalogJsonReference {
  return { system: ref.system, code: ref.code, url: absoluteUrl(ref.path, site) };
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
