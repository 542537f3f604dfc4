import type { SiteHeader } from "./site-headers";

/**
 * `/_headers`, the headers file of Netlify and Cloudflare Pages: a path pattern, then indented
 * `Name: value` lines. The explanation of each header lives with its value in site-headers.ts.
 */
/** Cloudflare Pages skips a `_headers` line longer than this (and reads at most 100 rules). */
const MAX_LINE_LENGTH = 2_000;

export function headersFile(headers: readonly SiteHeader[]): string {
  const lines = headers.map(({ name, value }) => {
    const line = `  ${name}: ${value}`;
    if (/[\r\n]/.test(value) || line.length > MAX_LINE_LENGTH) {
      throw new Error(
        `src/lib/deploy/site-headers.ts: the ${name} header does not fit on one _headers line of at most ${MAX_LINE_LENGTH} characters (Cloudflare Pages skips longer lines).\n  Fix: shorten its value.`,
      );
    }
    return line;
  });
  return [
    "# Response headers for every file of the site (Netlify, Cloudflare Pages). Generated from",
    "# src/lib/deploy/site-headers.ts, which says why each one is set; vercel.json and nginx.conf",
    "# carry the same headers.",
    "/*",
    ...lines,
    "",
  ].join("\n");
}
