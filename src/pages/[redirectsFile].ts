import type { APIRoute, GetStaticPaths } from "astro";
import { loadSite } from "../data/load-catalog";

/**
 * `/_redirects`: the old paths as permanent redirects, for Netlify and Cloudflare Pages. (A
 * dynamic route, because Astro ignores page files whose names start with `_`.)
 */
export const getStaticPaths = (() => [{ params: { redirectsFile: "_redirects" } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const { redirects } = await loadSite();
  const lines = redirects.map((redirect) => `${redirect.from} ${redirect.to} 301`);
  return new Response(`# Old URLs of errordex pages, kept working. Generated from content/.\n${lines.join("\n")}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};
