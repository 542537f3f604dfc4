/**
 * Every path the site publishes is built here, so a URL scheme lives in one place. Paths are
 * site paths: relative to the site's URL, so the same whether the site is served at the root of
 * its domain or under a base path (`https://example.github.io/errors/`), and ending with a slash
 * (the canonical form). They are the catalog's identity (the URL lock, redirects, catalog.json's
 * `path`). A page turns one into a link with `withBase` (src/data/base-path.ts holds the base)
 * and into an absolute URL with `absoluteUrl`.
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

/**
 * A site path as an absolute URL: `/a/b/` → `https://errors.example.com/a/b/`, or under a base
 * path `https://example.github.io/errors/a/b/`. `site` is the site's URL, base path included
 * (src/integrations/errordex.ts makes Astro's `site` so).
 */
export function absoluteUrl(path: string, site: URL | string): string {
  const root = new URL(site);
  if (!root.pathname.endsWith("/")) root.pathname = `${root.pathname}/`;
  // `./`: a first segment with a colon is a path, never a URL scheme.
  return new URL(`./${path.replace(/^\//, "")}`, root).href;
}

/**
 * A base path in one form, `/` or `/errors/`: Astro keeps `base` as written, with or without
 * the trailing slash.
 */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/**
 * A site path as a link on this site: `/data-manager/2202/` under the base `/errors/` is
 * `/errors/data-manager/2202/`. Anything else (an absolute URL, `//host/…`, `#fragment`) is a
 * link already and comes back as it is.
 */
export function withBase(path: string, base: string): string {
  if (!path.startsWith("/") || path.startsWith("//")) return path;
  return `${normalizeBase(base).slice(0, -1)}${path}`;
}

/**
 * The site path of a URL path on this host, or undefined when it lies outside the base: the
 * inverse of `withBase`. `/errors/data-manager/` → `/data-manager/`, `/errors` → `/`.
 */
export function sitePathOf(pathname: string, base: string): string | undefined {
  const root = normalizeBase(base);
  if (`${pathname}/` === root) return "/";
  return pathname.startsWith(root) ? pathname.slice(root.length - 1) : undefined;
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
