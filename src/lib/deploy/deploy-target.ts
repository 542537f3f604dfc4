/**
 * The host a build is for, from `DEPLOY_TARGET` (or Netlify's own `NETLIFY=true` in its builds).
 *
 * One build serves every host, with one exception: Netlify serves an existing file before a
 * redirect rule unless the rule is forced (`301!`), and Cloudflare Pages refuses `301!` as an
 * unknown status (while its rules always win over files). Every old path also has an HTML
 * redirect page, for hosts that read no rules, so `_redirects` is written with forced rules for
 * Netlify and plain ones for everything else.
 */
export const DEPLOY_TARGETS = ["any", "netlify", "cloudflare-pages", "vercel", "nginx", "github-pages", "s3"] as const;
export type DeployTarget = (typeof DEPLOY_TARGETS)[number];

export function deployTarget(env: Readonly<Record<string, string | undefined>>): DeployTarget {
  const named = env.DEPLOY_TARGET?.trim();
  if (named) {
    const target = DEPLOY_TARGETS.find((candidate) => candidate === named);
    if (!target) {
      throw new Error(
        `DEPLOY_TARGET="${named}" is not a host errordex knows.\n  Fix: set DEPLOY_TARGET to one of ${DEPLOY_TARGETS.join(", ")}, or leave it unset.`,
      );
    }
    return target;
  }
  return env.NETLIFY === "true" ? "netlify" : "any";
}
