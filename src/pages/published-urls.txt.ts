import type { APIRoute } from "astro";
import { loadSite } from "../data/load-catalog";
import { formatLock, publishedPaths } from "../lib/url-lock";

/** Every URL this build promises to keep serving, in the lock's format (`npm run urls:lock` reads it). */
export const GET: APIRoute = async () => {
  const { catalog, redirects, anchorPages } = await loadSite();
  return new Response(formatLock(publishedPaths(catalog, redirects, anchorPages)), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};
