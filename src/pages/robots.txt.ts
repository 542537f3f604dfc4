import type { APIRoute } from "astro";
import { robotsTxt } from "../lib/robots-txt";
import { absoluteUrl, sitemapPath } from "../lib/urls";

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(absoluteUrl(sitemapPath(), site!)), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
