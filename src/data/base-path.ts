import { withBase } from "../lib/urls";

/**
 * The path the site is served under: `/`, or `/errors/` for `https://example.github.io/errors/`.
 * It is Astro's `base` (src/integrations/errordex.ts derives it from a SITE_URL with a path),
 * which Vite writes into pages and browser scripts alike, so both read it from here.
 */
export const BASE_PATH: string = import.meta.env.BASE_URL;

/** A site path (src/lib/urls.ts) as a link on this site: `/data-manager/2202/` → `/errors/data-manager/2202/`. */
export function href(path: string): string {
  return withBase(path, BASE_PATH);
}
