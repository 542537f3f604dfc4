/**
 * Every path the site publishes is built here, so a URL scheme lives in one place. Paths are
 * site-relative and end with a slash (the canonical form); absolute URLs are derived from the
 * configured site origin (SITE_URL).
 */

export function homePath(): string {
  return "/";
}

export function systemPath(systemId: string): string {
  return `/${systemId}/`;
}

export function errorPath(systemId: string, slug: string): string {
  return `/${systemId}/${slug}/`;
}

/** The full entry as JSON, beside its page: `/<system>/<slug>.json`. */
export function errorJsonPath(systemId: string, slug: string): string {
  return `/${systemId}/${slug}.json`;
}

export function statusIndexPath(): string {
  return "/status/";
}

export function statusPath(status: number): string {
  return `/status/${status}/`;
}

/** Every error of one system with one status: the no-JS target of a system's status filter. */
export function statusForSystemPath(status: number, systemId: string): string {
  return `${statusPath(status)}${systemId}/`;
}

/** The search page; with a query, `/search/?q=<query>`. */
export function searchPath(query?: string): string {
  return query === undefined ? "/search/" : `/search/?q=${encodeURIComponent(query)}`;
}

export function catalogJsonPath(): string {
  return "/catalog.json";
}

/**
 * The JSON Schema of a system's error responses: `/schemas/<system>.json`. The `catalog` system
 * id is reserved, so it never collides with `catalogSchemaPath()`.
 */
export function schemaPath(systemId: string): string {
  return `/schemas/${systemId}.json`;
}

/** The JSON Schema of `/catalog.json`. */
export function catalogSchemaPath(): string {
  return "/schemas/catalog.json";
}

/** Resolves a site-relative path against the site origin: `https://errors.example.com/a/b/`. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/**
 * Site-level path segments that a system id must not take, or its index would collide with
 * these routes.
 */
export const RESERVED_SYSTEM_IDS: readonly string[] = [
  "status",
  "search",
  "schemas",
  "catalog",
  "pagefind",
  "_astro",
  "404",
];

/** The catalog's changelog, as JSON and as an Atom feed. */
export function changesJsonPath(): string {
  return "/changes.json";
}

export function changesFeedPath(): string {
  return "/changes.xml";
}

/** The sitemap index @astrojs/sitemap writes (src/integrations/sitemap.ts checks it is there). */
export function sitemapPath(): string {
  return "/sitemap-index.xml";
}
