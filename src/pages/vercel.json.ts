import type { APIRoute } from "astro";
import { hostRedirectRules } from "../data/host-redirect-rules";
import { SITE_HEADERS } from "../lib/deploy/site-headers";
import { vercelJson } from "../lib/deploy/vercel-json";

/** `/vercel.json`: the redirects and headers for a deploy of the built site to Vercel. */
export const GET: APIRoute = async () => {
  const file = vercelJson(await hostRedirectRules(), SITE_HEADERS);
  file.warnings.forEach((warning) => console.warn(warning));
  return new Response(file.text, { headers: { "Content-Type": "application/json" } });
};
