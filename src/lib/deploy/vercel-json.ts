import { limitProblem, VERCEL_LIMITS } from "./host-limits";
import { PLACEHOLDER, type RedirectRule, type RedirectRules } from "./redirect-rules";
import type { GeneratedFile } from "./redirects-file";
import type { SiteHeader } from "./site-headers";

/**
 * `vercel.json` for a deploy of the built site: the redirects (applied before Vercel looks for a
 * file, so they win over the HTML redirect pages) and the headers. Sources are path-to-regexp
 * patterns, matched strictly, so each ends in an optional `{/}?` to answer with and without the
 * trailing slash, as the HTML redirect pages do. `statusCode: 301`, because `permanent` would
 * send 308.
 */
export interface VercelConfig {
  $schema: string;
  redirects?: Array<{ source: string; destination: string; statusCode: 301 }>;
  headers: Array<{ source: string; headers: Array<{ key: string; value: string }> }>;
}

/** A literal path in path-to-regexp: its special characters escaped. */
function literal(path: string): string {
  return path.replace(/[:()[\]{}*+?\\]/g, "\\$&");
}

function source(rule: RedirectRule): string {
  const pattern = rule.dynamic
    ? rule.from.split(`:${PLACEHOLDER}`).map(literal).join(`:${PLACEHOLDER}`)
    : literal(rule.from);
  return `${pattern.replace(/\/$/, "")}{/}?`;
}

function redirect(rule: RedirectRule) {
  return { source: source(rule), destination: rule.to, statusCode: 301 as const };
}

export function vercelJson(plan: RedirectRules, headers: readonly SiteHeader[]): GeneratedFile {
  const problem = limitProblem(plan, VERCEL_LIMITS, (rule) => {
    const { source, destination } = redirect(rule);
    return Math.max(source.length, destination.length);
  });
  const config: VercelConfig = {
    $schema: "https://openapi.vercel.sh/vercel.json",
    ...(problem ? {} : { redirects: plan.rules.map(redirect) }),
    headers: [{ source: "/(.*)", headers: headers.map(({ name, value }) => ({ key: name, value })) }],
  };
  return { text: `${JSON.stringify(config, null, 2)}\n`, warnings: problem ? [problem] : [] };
}
