import type { APIRoute, GetStaticPaths } from "astro";
import { hostRedirectRules } from "../data/host-redirect-rules";
import { deployTarget } from "../lib/deploy/deploy-target";
import { headersFile } from "../lib/deploy/headers-file";
import { redirectsFile } from "../lib/deploy/redirects-file";
import { SITE_HEADERS } from "../lib/deploy/site-headers";

/**
 * `/_redirects` and `/_headers`, read by Netlify and Cloudflare Pages. (A dynamic route, because
 * Astro ignores page files whose names start with `_`.)
 */
export const getStaticPaths = (() => [
  { params: { hostFile: "_redirects" } },
  { params: { hostFile: "_headers" } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  let text: string;
  if (params.hostFile === "_headers") {
    text = headersFile(SITE_HEADERS);
  } else {
    const dialect = deployTarget(process.env) === "netlify" ? "netlify" : "cloudflare-pages";
    const file = redirectsFile(await hostRedirectRules(), dialect);
    file.warnings.forEach((warning) => console.warn(warning));
    text = file.text;
  }
  return new Response(text, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
