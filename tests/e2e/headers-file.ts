/**
 * Reads a `_headers` file (the format of Netlify and Cloudflare Pages) and says which headers a
 * URL gets, so tests can serve the built site with the headers a host would add.
 *
 * The format: a line starting at column 0 is a URL pattern (`/*`, `/search/`, `/:system/*`, or a
 * full `https://host/path`); the indented `Name: value` lines under it are its headers; blank
 * lines and lines starting with `#` are ignored. A `*` matches anything, `/` included; a
 * `:placeholder` matches one path segment. Every matching block applies, in file order, and
 * values of a header set by more than one of them are joined with ", ", as both hosts do.
 */
export interface HeaderRule {
  /** The pattern as written. */
  pattern: string;
  /** The headers, in file order, names as written. */
  headers: [name: string, value: string][];
  /** The line the pattern is on, 1-based. */
  line: number;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    if (!/^\s/.test(raw)) {
      if (!/^(\/|https?:\/\/)/.test(trimmed)) {
        throw new Error(`_headers line ${line}: a pattern must start with / or http(s)://: ${trimmed}`);
      }
      rules.push({ pattern: trimmed, headers: [], line });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${line}: a header before any pattern: ${trimmed}`);
    const colon = trimmed.indexOf(":");
    const name = trimmed.slice(0, Math.max(colon, 0)).trim();
    const value = trimmed.slice(colon + 1).trim();
    if (colon < 1 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name) || value === "") {
      throw new Error(`_headers line ${line}: expected "Name: value": ${trimmed}`);
    }
    rule.headers.push([name, value]);
  });
  return rules;
}

/** Whether a rule's pattern matches a URL (its query and fragment are ignored). */
export function patternMatches(pattern: string, url: URL): boolean {
  const absolute = /^https?:\/\//.test(pattern);
  const target = absolute ? `${url.protocol}//${url.host}${url.pathname}` : url.pathname;
  const source = pattern
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => {
      if (part === "*") return ".*";
      if (part.startsWith(":") && part.length > 1) return "[^/]+";
      return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return new RegExp(`^${source}$`).test(target);
}

/** The headers a URL gets from every rule that matches it, names in lower case. */
export function headersFor(rules: HeaderRule[], url: URL): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, url)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  }
  return headers;
}
