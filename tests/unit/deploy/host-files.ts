import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseAllHeaders } from "@netlify/headers-parser";
import { parseAllRedirects } from "@netlify/redirect-parser";

/** Netlify's own parsers read files, so each text is written to a file of its own first. */
function fileOf(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "errordex-deploy-")), name);
  writeFileSync(path, text);
  return path;
}

export interface NetlifyRedirect {
  from: string;
  to: string;
  status: number;
  force: boolean;
}

/** `_redirects` as Netlify reads it; its errors as messages. */
export async function netlifyRedirects(text: string): Promise<{ redirects: NetlifyRedirect[]; errors: string[] }> {
  const { redirects, errors } = await parseAllRedirects({
    redirectsFiles: [fileOf("_redirects", text)],
    configRedirects: [],
    minimal: true,
  });
  return { redirects: redirects as NetlifyRedirect[], errors: errors.map((error: Error) => error.message) };
}

/** `_headers` as Netlify reads it: the values of each path pattern. */
export async function netlifyHeaders(
  text: string,
): Promise<{ headers: Array<{ for: string; values: Record<string, string> }>; errors: string[] }> {
  const { headers, errors } = await parseAllHeaders({
    headersFiles: [fileOf("_headers", text)],
    configHeaders: [],
    minimal: true,
  });
  return { headers, errors: errors.map((error) => error.message) };
}

/**
 * The statuses Cloudflare Pages accepts in `_redirects` (its documentation: 301, 302, 303, 307,
 * 308, and 200 for rewrites); any other token, `301!` included, makes it skip the line.
 */
export const CLOUDFLARE_STATUSES = new Set(["200", "301", "302", "303", "307", "308"]);
