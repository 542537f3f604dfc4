import config from "virtual:errordex/config";
import { DEFAULT_SYNONYMS, type SynonymGroups } from "../lib/search/synonyms";
import type { SiteConfig } from "../schemas/site-config";

/** errordex()'s options from astro.config.mjs, validated (src/schemas/site-config.ts). */
export const siteConfig: SiteConfig = config;

/** The site's name, as the header, titles, previews and catalog.json show it. */
export const siteTitle: string = config.title;

/** One sentence about the site, from the options or else from its name. */
export const siteDescription: string =
  config.description ?? `${config.title}: what each error code means and what to do about it.`;

/** The synonym groups search uses: the site's own, and errordex's unless turned off. */
export const searchSynonyms: SynonymGroups = [
  ...(config.search.defaultSynonyms ? DEFAULT_SYNONYMS : []),
  ...config.search.synonyms,
];
