import type { RedirectRule, RedirectRules } from "./redirect-rules";

/**
 * What each host documents as the most redirect rules it reads. Past a limit a host drops rules
 * (Cloudflare Pages skips them with a warning in its deploy log) or fails the deploy, so the
 * build checks first and, where a host would lose rules, writes none for it: the HTML redirect
 * pages at every old path keep those URLs working there (a 200 page that forwards, not a 301).
 */
export interface RedirectLimits {
  host: string;
  /** The file the host reads the rules from. */
  file: string;
  /** Rules without a placeholder. */
  staticRules?: number;
  /** Rules with a placeholder or splat. */
  dynamicRules?: number;
  /** All rules together. */
  rules?: number;
  /** Characters in one rule (a `_redirects` line), or in its source and destination. */
  ruleLength?: number;
  /** Where the host documents the limits. */
  documentedAt: string;
}

export const NETLIFY_LIMITS: RedirectLimits = {
  host: "Netlify",
  file: "_redirects",
  // No hard limit: Netlify asks for placeholders from 10,000 rules on and says a rule set that is
  // too large can fail the deploy.
  rules: 10_000,
  documentedAt: "https://docs.netlify.com/manage/routing/redirects/overview/",
};

export const CLOUDFLARE_PAGES_LIMITS: RedirectLimits = {
  host: "Cloudflare Pages",
  file: "_redirects",
  staticRules: 2_000,
  dynamicRules: 100,
  ruleLength: 1_000,
  documentedAt: "https://developers.cloudflare.com/pages/configuration/redirects/",
};

export const VERCEL_LIMITS: RedirectLimits = {
  host: "Vercel",
  file: "vercel.json",
  rules: 2_048,
  ruleLength: 4_096,
  documentedAt: "https://vercel.com/docs/routing/redirects/configuration-redirects",
};

const count = (value: number): string => value.toLocaleString("en");

/**
 * Why the host cannot take these rules, naming the limit and the host, or undefined when it can.
 * `length` measures one rule as the host counts it.
 */
export function limitProblem(
  { rules, uncollapsed }: RedirectRules,
  limits: RedirectLimits,
  length: (rule: RedirectRule) => number,
): string | undefined {
  const dynamic = rules.filter((rule) => rule.dynamic).length;
  const over: string[] = [];
  if (limits.rules !== undefined && rules.length > limits.rules) {
    over.push(`${count(rules.length)} rules; ${limits.host} takes at most ${count(limits.rules)}`);
  }
  if (limits.staticRules !== undefined && rules.length - dynamic > limits.staticRules) {
    over.push(
      `${count(rules.length - dynamic)} static rules; ${limits.host} reads at most ${count(limits.staticRules)}`,
    );
  }
  if (limits.dynamicRules !== undefined && dynamic > limits.dynamicRules) {
    over.push(`${count(dynamic)} placeholder rules; ${limits.host} reads at most ${count(limits.dynamicRules)}`);
  }
  const long = limits.ruleLength === undefined ? undefined : rules.find((rule) => length(rule) > limits.ruleLength!);
  if (long && limits.ruleLength !== undefined) {
    over.push(
      `the rule for ${long.from} is ${count(length(long))} characters long; ${limits.host} takes at most ${count(limits.ruleLength)}`,
    );
  }
  if (over.length === 0) return undefined;
  const why = uncollapsed.map(
    (template) =>
      `  ${template.declaredIn}: legacy.paths "${template.template}" is one rule per error: ${template.reason}.`,
  );
  return [
    `${limits.file} for ${limits.host}: ${over.join("; ")} (${limits.documentedAt}).`,
    `  It has no redirect rules, so ${limits.host} serves the old paths from their HTML redirect pages (200 and a refresh, not a 301).`,
    ...why,
    `  Fix: let each legacy.paths template become one placeholder rule (the placeholder is the error's slug, and no other system uses the same old path), or remove redirects nobody follows any more.`,
  ].join("\n");
}
