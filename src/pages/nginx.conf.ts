import type { APIRoute } from "astro";
import { BASE_PATH } from "../data/base-path";
import { hostRedirectRules } from "../data/host-redirect-rules";
import { nginxConf } from "../lib/deploy/nginx-conf";
import { SITE_HEADERS } from "../lib/deploy/site-headers";

/** `/nginx.conf`: the include for an nginx server block that serves the built site. */
export const GET: APIRoute = async () => {
  const file = nginxConf(await hostRedirectRules(), SITE_HEADERS, BASE_PATH);
  file.warnings.forEach((warning) => console.warn(warning));
  return new Response(file.text, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
