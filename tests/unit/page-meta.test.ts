import { describe, expect, it } from "vitest";
import { canonicalLinkOf } from "../../src/lib/canonical-link";
import { pageMeta } from "../../src/lib/page-meta";
import { robotsTxt } from "../../src/lib/robots-txt";

describe("pageMeta", () => {
  const input = {
    title: "2202: Missing property (Data Manager)",
    description: "A request misses a property.",
    url: "https://errors.example.com/data-manager/2202/",
    type: "article" as const,
    siteName: "errordex",
  };

  it("gives the description, Open Graph and a Twitter summary card", () => {
    const tags = Object.fromEntries(pageMeta(input).map((tag) => [`${tag.attribute}:${tag.key}`, tag.content]));
    expect(tags).toEqual({
      "name:description": input.description,
      "property:og:type": "article",
      "property:og:site_name": "errordex",
      "property:og:title": input.title,
      "property:og:description": input.description,
      "property:og:url": input.url,
      "name:twitter:card": "summary",
      "name:twitter:title": input.title,
      "name:twitter:description": input.description,
    });
  });

  it("has no og:url on a page without a canonical URL", () => {
    expect(pageMeta({ ...input, url: undefined }).map((tag) => tag.key)).not.toContain("og:url");
  });
});

describe("canonicalLinkOf", () => {
  it("reads the canonical link whatever its attribute order, quoting and entities", () => {
    expect(
      canonicalLinkOf('<head><link rel="icon" href="/i.svg"><link rel="canonical" href="https://x/a/"></head>'),
    ).toBe("https://x/a/");
    expect(canonicalLinkOf("<LINK HREF='https://x/?a=1&amp;b=2' REL='Canonical'>")).toBe("https://x/?a=1&b=2");
    expect(canonicalLinkOf('<link rel="alternate canonical" href=https://x/b/>')).toBe("https://x/b/");
  });

  it("is undefined when there is none", () => {
    expect(canonicalLinkOf('<head><meta http-equiv="refresh" content="0; url=/a/"></head>')).toBeUndefined();
    expect(canonicalLinkOf('<link rel="canonical">')).toBeUndefined();
  });
});

describe("robotsTxt", () => {
  it("allows every page and names the sitemap", () => {
    expect(robotsTxt("https://errors.example.com/sitemap-index.xml")).toBe(
      "User-agent: *\nAllow: /\n\nSitemap: https://errors.example.com/sitemap-index.xml\n",
    );
  });
});
