import type { Catalog, CatalogSystem } from "../catalog-model";
import type { AnchorPage, Redirect } from "../redirects";
import { withBase } from "../urls";

/**
 * The redirects as rules for hosts that redirect on their own (Netlify, Cloudflare Pages,
 * Vercel, nginx): one rule per old path, except that a system's `legacy.paths` template becomes
 * ONE placeholder rule (`/doc/errors/:code /data-manager/:code/`) where that is exact.
 *
 * A template collapses only when the placeholder's value is the error's slug for every error of
 * the system (so the target can be written with the same placeholder), when no other system
 * uses the same old prefix (a host cannot tell from `/doc/errors/2202` which system's page it
 * is), and when the pattern can never catch a path the site serves or another redirect.
 */

export const PLACEHOLDER = "code";

export interface RedirectRule {
  /** `/doc/errors/2202`, or for a collapsed template `/doc/errors/:code`. */
  from: string;
  /** `/data-manager/2202/`, or `/data-manager/:code/`. */
  to: string;
  /** True for a placeholder rule: one rule for a template's old path of every error of a system. */
  dynamic: boolean;
  /** The file that declares it, for messages. */
  declaredIn: string;
  /** The old paths it serves (one for a static rule). */
  covers: Redirect[];
}

/** A `legacy.paths` template that had to stay one rule per error, and why. */
export interface UncollapsedTemplate {
  template: string;
  declaredIn: string;
  reason: string;
}

export interface RedirectRules {
  /** Static rules first, then placeholder rules: Cloudflare Pages counts every rule after the first placeholder rule as dynamic. */
  rules: RedirectRule[];
  uncollapsed: UncollapsedTemplate[];
}

/** The template with its one whole-segment placeholder replaced, or undefined if it has no such single placeholder. */
function placeholderPattern(template: string): string | undefined {
  const segments = template.split("/");
  const holes = segments.filter((segment) => /\{(code|part)\}/.test(segment));
  if (holes.length !== 1 || !/^\{(code|part)\}$/.test(holes[0] ?? "")) return undefined;
  const index = segments.findIndex((segment) => segment === holes[0]);
  // The first segment must be literal: `/{code}` would catch the site's own top-level pages.
  if (index < 2) return undefined;
  segments[index] = `:${PLACEHOLDER}`;
  return segments.join("/");
}

/** A matcher for a placeholder pattern: the placeholder stands for one non-empty path segment. */
function patternMatcher(pattern: string): (path: string) => boolean {
  const source = pattern
    .split(`:${PLACEHOLDER}`)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[^/]+");
  const regex = new RegExp(`^${source.replace(/\/$/, "")}/?$`);
  return (path) => regex.test(path);
}

/** Why a system's template cannot be one rule, or undefined when it can. */
function collapseProblem(
  system: CatalogSystem,
  template: string,
  pattern: string | undefined,
  own: Redirect[],
  sharers: string[],
  others: string[],
): string | undefined {
  if (!pattern) return "its placeholder is not one whole path segment after a literal first segment";
  if (sharers.length > 0) {
    return `${sharers.join(", ")} ${sharers.length === 1 ? "uses" : "use"} the same old path, so a host cannot tell from the path which system's page it is`;
  }
  const mismatch = own.find((redirect) => {
    const value = redirect.from.split("/")[template.split("/").findIndex((segment) => /\{/.test(segment))];
    return `${system.path}${value}/` !== redirect.to;
  });
  if (mismatch) {
    return `the old path ${mismatch.from} does not end in the slug of its page ${mismatch.to}, so the target cannot repeat the placeholder`;
  }
  const matches = patternMatcher(pattern);
  const caught = others.find(matches);
  if (caught) return `the pattern ${pattern} would also catch ${caught}`;
  return undefined;
}

export function redirectRules(catalog: Catalog, redirects: Redirect[], anchorPages: AnchorPage[]): RedirectRules {
  const patterns = new Map<string, string[]>();
  for (const system of catalog.systems) {
    for (const template of system.data.legacy.paths) {
      const key = placeholderPattern(template) ?? template;
      patterns.set(key, [...(patterns.get(key) ?? []), system.filePath]);
    }
  }
  const served = [
    ...catalog.systems.map((system) => system.path),
    ...catalog.errors.map((error) => error.path),
    ...anchorPages.map((page) => page.path),
  ];

  const dynamic: RedirectRule[] = [];
  const uncollapsed: UncollapsedTemplate[] = [];
  const collapsed = new Set<Redirect>();
  for (const system of catalog.systems) {
    for (const template of system.data.legacy.paths) {
      const own = redirects.filter(
        (redirect) => redirect.template === template && redirect.declaredIn === system.filePath,
      );
      if (own.length === 0) continue;
      const pattern = placeholderPattern(template);
      const sharers = (patterns.get(pattern ?? template) ?? []).filter((file) => file !== system.filePath);
      const others = [...served, ...redirects.filter((redirect) => !own.includes(redirect)).map((r) => r.from)];
      const problem = collapseProblem(system, template, pattern, own, sharers, others);
      if (problem || !pattern) {
        uncollapsed.push({ template, declaredIn: system.filePath, reason: problem ?? "" });
        continue;
      }
      own.forEach((redirect) => collapsed.add(redirect));
      dynamic.push({
        from: pattern,
        to: `${system.path}:${PLACEHOLDER}/`,
        dynamic: true,
        declaredIn: system.filePath,
        covers: own,
      });
    }
  }
  const statics = redirects
    .filter((redirect) => !collapsed.has(redirect))
    .map((redirect) => ({
      from: redirect.from,
      to: redirect.to,
      dynamic: false,
      declaredIn: redirect.declaredIn,
      covers: [redirect],
    }));
  return { rules: [...statics, ...dynamic], uncollapsed };
}

/**
 * The rules as a host applies them to a site served under a base path (`/errors/`): a host
 * matches whole URL paths, so each `from` and `to` gets the base in front. The site's own
 * paths, and so `covers`, stay without it.
 */
export function rulesUnderBase(plan: RedirectRules, base: string): RedirectRules {
  return {
    ...plan,
    rules: plan.rules.map((rule) => ({ ...rule, from: withBase(rule.from, base), to: withBase(rule.to, base) })),
  };
}
