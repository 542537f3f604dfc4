/** `/robots.txt`: every page may be crawled; the sitemap lists the canonical ones. */
export function robotsTxt(sitemapUrl: string): string {
  return ["User-agent: *", "Allow: /", "", `Sitemap: ${sitemapUrl}`, ""].join("\n");
}
