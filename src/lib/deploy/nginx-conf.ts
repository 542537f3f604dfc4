import { PLACEHOLDER, type RedirectRule, type RedirectRules } from "./redirect-rules";
import type { GeneratedFile } from "./redirects-file";
import type { SiteHeader } from "./site-headers";
import { normalizeBase } from "../urls";

/**
 * `nginx.conf`: an include for a `server { }` block whose `root` is the built site. It sends
 * the site's headers on every response (`always`: 404s and redirects too; no `location` below
 * sets headers of its own, so all inherit them), serves `/x/` and `/x` from `x/index.html`,
 * answers unknown paths with the site's 404 page, and redirects every old path with a 301: an
 * exact `location =` for each (nginx tries those before anything else) and one regex location
 * for each collapsed `legacy.paths` template.
 *
 * A site served under a base path (`/errors/`) keeps `root` at the built site: its location
 * takes the base off each path before looking for the file, so the built site needs no folder
 * named after the base. The rules come with the base already in their paths (rulesUnderBase).
 */

/** A double-quoted nginx string. Variables ($) still expand inside one, so a value with `$` cannot be written. */
function quoted(value: string): string | undefined {
  if (value.includes("$") || /[\r\n]/.test(value)) return undefined;
  return `"${value.replace(/["\\]/g, "\\$&")}"`;
}

/** nginx matches locations against the decoded path. */
function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * Characters a collapsed rule's fixed parts may hold in nginx.conf: the unreserved and a few
 * sub-delimiters. Anything else (`$`, which nginx expands; quotes, braces, `;`, spaces, which
 * end or nest directives) would let a path rewrite the configuration, so such a rule is left to
 * its HTML redirect pages.
 */
const NGINX_SAFE_PATH = /^[A-Za-z0-9._~!&'()*+,=:@%/-]*$/;

/**
 * The placeholder of a collapsed rule always stands for an error's slug (redirect-rules.ts), so
 * it matches slug characters only: a wider capture would copy what a client sent (`%0d%0a`
 * decoded to a line break) into the Location header.
 */
const SLUG_CAPTURE = "([a-z0-9]+(?:-[a-z0-9]+)*)";

function regexLocation(rule: RedirectRule): string | undefined {
  const parts = rule.from.replace(/\/$/, "").split(`:${PLACEHOLDER}`);
  const targets = rule.to.split(`:${PLACEHOLDER}`);
  if (![...parts, ...targets].every((part) => NGINX_SAFE_PATH.test(part))) return undefined;
  const regex = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(SLUG_CAPTURE);
  return `location ~ "^${regex}/?$" { return 301 ${targets.join("$1")}; }`;
}

/** Where the built site's files are served: at `/`, or under the base with the base taken off for the file lookup. */
function siteLocation(base: string): string[] {
  if (base === "/") return ["location / {", "  try_files $uri $uri/index.html =404;", "}"];
  if (/[$"\\\s{};]/.test(base)) {
    throw new Error(`The site's base path ${base} cannot be written for nginx ($, quotes, spaces or braces).`);
  }
  const prefix = base.slice(0, -1).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return [
    `location ${base} {`,
    `  rewrite "^${prefix}(/.*)$" $1 break;`,
    "  try_files $uri $uri/index.html =404;",
    "}",
  ];
}

export function nginxConf(plan: RedirectRules, headers: readonly SiteHeader[], base = "/"): GeneratedFile {
  const root = normalizeBase(base);
  const warnings: string[] = [];
  const headerLines = headers.map(({ name, value }) => {
    const text = quoted(value);
    if (!text)
      throw new Error(
        `src/lib/deploy/site-headers.ts: the ${name} header cannot be written for nginx ($ or a line break).`,
      );
    return `add_header ${name} ${text} always;`;
  });
  const exact = new Map<string, string>();
  for (const rule of plan.rules.filter((candidate) => !candidate.dynamic)) {
    const path = decoded(rule.from).replace(/\/$/, "");
    const from = [quoted(path), quoted(`${path}/`)];
    const to = quoted(rule.to);
    if (from.includes(undefined) || !to) {
      warnings.push(
        `nginx.conf: ${rule.from} (${rule.declaredIn}) is left to its HTML redirect page: nginx cannot write a path with $ in it.`,
      );
      continue;
    }
    for (const location of from) exact.set(location!, `location = ${location} { return 301 ${to}; }`);
  }
  const dynamic: string[] = [];
  for (const rule of plan.rules.filter((candidate) => candidate.dynamic)) {
    const location = regexLocation(rule);
    if (location) dynamic.push(location);
    else
      warnings.push(
        `nginx.conf: ${rule.from} (${rule.declaredIn}) is left to its HTML redirect pages: nginx cannot safely write a path with $, quotes, braces, ; or spaces.`,
      );
  }
  const text = [
    "# errordex for nginx: include this file in a server { } block whose root is the built site:",
    "#   server { listen 80; server_name errors.example.com; root /srv/errordex/dist; include /srv/errordex/dist/nginx.conf; }",
    "# Generated by src/lib/deploy/nginx-conf.ts from the same rules as _redirects and _headers.",
    ...headerLines,
    "",
    "index index.html;",
    `error_page 404 ${root}404.html;`,
    ...siteLocation(root),
    "",
    "# Old URLs, kept working.",
    ...exact.values(),
    ...dynamic,
    // One comment line each, whatever a path holds.
    ...warnings.map((warning) => `# ${warning.replace(/[\r\n]+/g, " ")}`),
    "",
  ].join("\n");
  return { text, warnings };
}
