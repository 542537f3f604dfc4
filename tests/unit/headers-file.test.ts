import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { headersFile } from "../../src/lib/deploy/headers-file";
import { SITE_HEADERS } from "../../src/lib/deploy/site-headers";
import { INLINE_HANDLERS } from "../../src/scripts/inline-handlers";
import { headersFor, parseHeadersFile, patternMatches } from "../e2e/headers-file";

/** How a Content-Security-Policy names an inline script or handler by its text. */
function cspHash(source: string): string {
  return `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;
}

const sample = `# A comment
/*
  X-Frame-Options: DENY
  # An indented comment
  Link: </a.css>; rel=preload

/search/*
  Cache-Control: no-store
  Link: </b.js>; rel=modulepreload
/:system/:code/
  X-Robots-Tag: noindex
https://docs.example.com/*
  X-Host: yes
`;

describe("parseHeadersFile", () => {
  it("reads patterns with their headers, skipping comments and blank lines", () => {
    expect(parseHeadersFile(sample).map(({ pattern, headers }) => ({ pattern, headers }))).toEqual([
      {
        pattern: "/*",
        headers: [
          ["X-Frame-Options", "DENY"],
          ["Link", "</a.css>; rel=preload"],
        ],
      },
      {
        pattern: "/search/*",
        headers: [
          ["Cache-Control", "no-store"],
          ["Link", "</b.js>; rel=modulepreload"],
        ],
      },
      { pattern: "/:system/:code/", headers: [["X-Robots-Tag", "noindex"]] },
      { pattern: "https://docs.example.com/*", headers: [["X-Host", "yes"]] },
    ]);
  });

  it("splits a header at its first colon only", () => {
    const [rule] = parseHeadersFile("/*\n  Content-Security-Policy: default-src 'none'; img-src https://x:8080\n");
    expect(rule?.headers).toEqual([["Content-Security-Policy", "default-src 'none'; img-src https://x:8080"]]);
  });

  it("refuses what a host would not read", () => {
    expect(() => parseHeadersFile("  X-A: b\n")).toThrow(/line 1: a header before any pattern/);
    expect(() => parseHeadersFile("/*\n  no colon here\n")).toThrow(/line 2: expected "Name: value"/);
    expect(() => parseHeadersFile("/*\n  X-A:\n")).toThrow(/line 2/);
    expect(() => parseHeadersFile("search/*\n")).toThrow(/line 1: a pattern must start with/);
  });
});

describe("headersFor", () => {
  const rules = parseHeadersFile(sample);
  const at = (url: string) => headersFor(rules, new URL(url, "https://docs.example.com"));

  it("applies every matching block, joining repeated headers as hosts do", () => {
    expect(at("/search/?q=x")).toEqual({
      "x-frame-options": "DENY",
      link: "</a.css>; rel=preload, </b.js>; rel=modulepreload",
      "cache-control": "no-store",
      "x-host": "yes",
    });
  });

  it("matches * across segments and :placeholders within one", () => {
    expect(patternMatches("/*", new URL("https://h/a/b/c.json"))).toBe(true);
    expect(patternMatches("/:system/:code/", new URL("https://h/accounts/user-not-found/"))).toBe(true);
    expect(patternMatches("/:system/:code/", new URL("https://h/accounts/"))).toBe(false);
    expect(patternMatches("/:system/:code/", new URL("https://h/a/b/c/"))).toBe(false);
    expect(patternMatches("/search/*", new URL("https://h/searching"))).toBe(false);
    expect(patternMatches("/a.b", new URL("https://h/aXb"))).toBe(false);
    expect(patternMatches("https://docs.example.com/*", new URL("https://other.example.com/"))).toBe(false);
  });
});

describe("the site's _headers", () => {
  const rules = parseHeadersFile(headersFile(SITE_HEADERS));
  const headers = headersFor(rules, new URL("https://errordex.example/accounts/user-not-found/"));

  it("gives every page a policy without inline code (but the listed handlers), eval or other origins", () => {
    const policy = headers["content-security-policy"] ?? "";
    const directives = new Map(
      policy.split(";").map((directive) => {
        const [name = "", ...sources] = directive.trim().split(/\s+/);
        return [name, sources];
      }),
    );
    expect(directives.get("default-src")).toEqual(["'none'"]);
    expect(directives.get("script-src")).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
      "'unsafe-hashes'",
      ...INLINE_HANDLERS.map(cspHash),
    ]);
    expect(directives.get("style-src")).toEqual(["'self'"]);
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'none'"]);
    for (const [name, sources] of directives) {
      const allowed = ["'none'", "'self'", "'wasm-unsafe-eval'"];
      // Hashes only where scripts are decided; they allow the inline handlers and nothing else.
      if (name === "script-src") allowed.push("'unsafe-hashes'", ...INLINE_HANDLERS.map(cspHash));
      for (const source of sources) expect(allowed, name).toContain(source);
    }
  });

  it("sets the other protective headers", () => {
    expect(headers).toMatchObject({
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "x-frame-options": "DENY",
    });
    expect(headers["permissions-policy"]).toMatch(/camera=\(\)/);
  });
});
