import { CLOUDFLARE_PAGES_LIMITS, limitProblem, NETLIFY_LIMITS } from "./host-limits";
import type { RedirectRule, RedirectRules } from "./redirect-rules";

/**
 * `/_redirects`, the rules file of Netlify and Cloudflare Pages: `from to 301` a line, static
 * rules before placeholder rules (Cloudflare Pages counts every rule after the first
 * placeholder rule as dynamic). For Netlify the status is `301!`, so a rule wins over the HTML
 * redirect page at the same path; Cloudflare Pages always applies rules first and refuses `!`.
 */
export type RedirectsDialect = "netlify" | "cloudflare-pages";

export interface GeneratedFile {
  text: string;
  /** Said at build time: why the host gets fewer rules than the site has redirects. */
  warnings: string[];
}

/** Both hosts read `:name` as a placeholder and `*` as a splat, and split a line at whitespace. */
function literalProblem(rule: RedirectRule): string | undefined {
  if (rule.dynamic) return undefined;
  if (/\s|#/.test(rule.from)) return "whitespace or # would split the line";
  if (/\*|:[A-Za-z]/.test(rule.from)) return "* and :name are wildcards in _redirects";
  return undefined;
}

export function redirectsFile(plan: RedirectRules, dialect: RedirectsDialect): GeneratedFile {
  const limits = dialect === "netlify" ? NETLIFY_LIMITS : CLOUDFLARE_PAGES_LIMITS;
  const status = dialect === "netlify" ? "301!" : "301";
  const header = [
    "# Old URLs of errordex pages, kept working. Generated from content/ by src/lib/deploy/redirects-file.ts.",
    `# For ${limits.host}${dialect === "netlify" ? " (forced: a rule wins over the HTML redirect page at its path)" : " (set DEPLOY_TARGET=netlify for Netlify)"}.`,
  ];
  const warnings: string[] = [];
  const literal = plan.rules.filter((rule) => {
    const problem = literalProblem(rule);
    if (problem)
      warnings.push(`_redirects: ${rule.from} (${rule.declaredIn}) is left to its HTML redirect page: ${problem}.`);
    return !problem;
  });
  // Cloudflare Pages matches a rule's path exactly, trailing slash included (Netlify ignores
  // it): both forms get a rule, and both count against its limits.
  const rules = dialect === "cloudflare-pages" ? literal.flatMap(bothSlashForms) : literal;
  const line = (rule: RedirectRule) => `${rule.from} ${rule.to} ${status}`;
  const problem = limitProblem({ ...plan, rules }, limits, (rule) => line(rule).length);
  if (problem) {
    warnings.push(problem);
    return { text: `${[...header, ...problem.split("\n").map((text) => `# ${text}`)].join("\n")}\n`, warnings };
  }
  const comments = warnings.map((warning) => `# ${warning}`);
  return { text: `${[...header, ...comments, ...rules.map(line)].join("\n")}\n`, warnings };
}

/** A rule for its path with and without the trailing slash. */
function bothSlashForms(rule: RedirectRule): RedirectRule[] {
  if (rule.from === "/") return [rule];
  const other = rule.from.endsWith("/") ? rule.from.slice(0, -1) : `${rule.from}/`;
  return [rule, { ...rule, from: other }];
}
