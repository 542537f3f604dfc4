import type { APIRoute } from "astro";
import { loadSite } from "../data/load-catalog";
import { nginxConf } from "../lib/deploy/nginx-conf";
import { redirectRules } from "../lib/deploy/redirect-rules";
import { SITE_HEADERS } from "../lib/deploy/site-headers";

/** `/nginx.conf`: the include for an nginx server block that serves the built site. */
export const GET: APIRoute = async () => {
  const { catalog, redirects, anchorPages } = await loadSite();
  const file = nginxConf(redirectRules(catalog, redirects, anchorPages), SITE_HEADERS);
  file.warnings.forEach((warning) => console.warn(warning));
  return new Response(file.text, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
