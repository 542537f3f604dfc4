import { normalizeBase } from "./urls";

/**
 * Where the site is served: its URL and Astro's `base`, made to say the same thing. A site
 * under a sub-path (a GitHub Pages project site, `https://example.github.io/errors/`) is set
 * either way: a SITE_URL with that path, or `site` at the origin and `base: "/errors"` in
 * astro.config.mjs. Either way, afterwards `site` is the site's whole URL (origin and base
 * path, so absolute URLs need only `site`) and `base` its path (so links, assets and
 * `astro preview` all use it).
 */
export interface SiteBase {
  /** `https://example.github.io/errors/`; ends with a slash. */
  site: string;
  /** `/errors/`, or `/` for a site at the root of its domain. */
  base: string;
}

export interface SiteBaseProblem {
  message: string;
  hint: string;
}

export function resolveSiteBase(site: string, base: string): SiteBase | SiteBaseProblem {
  const url = new URL(site);
  if (url.search !== "" || url.hash !== "") {
    return {
      message: `The site's URL ${site} has a ${url.search === "" ? "fragment" : "query"}: the site's URL is where its pages are served, and page URLs are built by appending paths to it.`,
      hint: `Set SITE_URL (or \`site\` in astro.config.mjs) to the URL without it: SITE_URL=${url.origin}${url.pathname}`,
    };
  }
  const sitePath = normalizeBase(url.pathname);
  const basePath = normalizeBase(base);
  if (sitePath !== "/" && basePath !== "/" && sitePath !== basePath) {
    return {
      message: `The site's URL ${site} has the path ${sitePath}, but \`base\` in astro.config.mjs is ${base}: the site cannot be served under both.`,
      hint: `Set one of them only (SITE_URL=${url.origin}${basePath} with no \`base\`, or \`base: "${basePath}"\` with SITE_URL=${url.origin}), or make the two paths the same.`,
    };
  }
  const path = basePath === "/" ? sitePath : basePath;
  return { site: new URL(path, url.origin).href, base: path };
}
