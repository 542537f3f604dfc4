import { describe, expect, it } from "vitest";
import { resolveSiteBase } from "../../src/lib/site-base";
import { planSearch } from "../../src/lib/search/search-plan";
import { pageHit, resultPath } from "../../src/lib/search/text-hits";
import { absoluteUrl, errorPath, normalizeBase, searchPath, sitePathOf, withBase } from "../../src/lib/urls";

const SITE = "https://example.github.io/errors/";

describe("site paths under a base path", () => {
  it("writes a base in one form, with and without its slashes", () => {
    expect(normalizeBase("/")).toBe("/");
    expect(normalizeBase("")).toBe("/");
    expect(normalizeBase("/errors")).toBe("/errors/");
    expect(normalizeBase("errors/")).toBe("/errors/");
    expect(normalizeBase("/docs/errors/")).toBe("/docs/errors/");
  });

  it("puts the base in front of site paths only", () => {
    expect(withBase(errorPath("data-manager", "2202"), "/")).toBe("/data-manager/2202/");
    expect(withBase(errorPath("data-manager", "2202"), "/errors")).toBe("/errors/data-manager/2202/");
    expect(withBase("/", "/errors/")).toBe("/errors/");
    expect(withBase(searchPath("user:not found"), "/errors/")).toBe("/errors/search/?q=user%3Anot%20found");
    expect(withBase("/shop/#orders", "/errors/")).toBe("/errors/shop/#orders");
    for (const link of ["#orders", "https://cdn.example.com/logo.svg", "//cdn.example.com/logo.svg"]) {
      expect(withBase(link, "/errors/")).toBe(link);
    }
  });

  it("takes the base off a URL path again, and says when a path is outside it", () => {
    expect(sitePathOf("/errors/data-manager/2202/", "/errors/")).toBe("/data-manager/2202/");
    expect(sitePathOf("/errors/", "/errors")).toBe("/");
    expect(sitePathOf("/errors", "/errors/")).toBe("/");
    expect(sitePathOf("/data-manager/2202/", "/")).toBe("/data-manager/2202/");
    expect(sitePathOf("/data-manager/2202/", "/errors/")).toBeUndefined();
    expect(sitePathOf("/errorsx/a/", "/errors/")).toBeUndefined();
  });

  it("makes absolute URLs under the site's whole URL, with or without its trailing slash", () => {
    expect(absoluteUrl("/data-manager/2202/", SITE)).toBe("https://example.github.io/errors/data-manager/2202/");
    expect(absoluteUrl("/data-manager/2202/", "https://example.github.io/errors")).toBe(
      "https://example.github.io/errors/data-manager/2202/",
    );
    expect(absoluteUrl("/", new URL(SITE))).toBe(SITE);
    expect(absoluteUrl("/a:b/", "https://errors.example.com")).toBe("https://errors.example.com/a:b/");
  });
});

describe("resolveSiteBase", () => {
  it("serves the site under the path of its URL", () => {
    expect(resolveSiteBase("https://example.github.io/errors", "/")).toEqual({ site: SITE, base: "/errors/" });
    expect(resolveSiteBase(SITE, "/")).toEqual({ site: SITE, base: "/errors/" });
  });

  it("puts an explicit base into the site's URL", () => {
    expect(resolveSiteBase("https://example.github.io", "/errors")).toEqual({ site: SITE, base: "/errors/" });
    expect(resolveSiteBase("https://example.github.io/errors/", "/errors")).toEqual({ site: SITE, base: "/errors/" });
  });

  it("leaves a site at the root of its domain there", () => {
    expect(resolveSiteBase("https://errors.example.com", "/")).toEqual({
      site: "https://errors.example.com/",
      base: "/",
    });
  });

  it("refuses a URL whose path is not the base, or with a query", () => {
    expect(resolveSiteBase("https://example.github.io/errors/", "/docs")).toMatchSnapshot();
    expect(resolveSiteBase("https://example.github.io/errors/?v=1", "/")).toMatchSnapshot();
  });
});

describe("search under a base path", () => {
  it("reads Pagefind's result URLs, which carry the base, as site paths", () => {
    expect(resultPath("/errors/data-manager/2202/", SITE)).toBe("/data-manager/2202/");
    expect(resultPath("/data-manager/2202/", "https://errors.example.com/")).toBe("/data-manager/2202/");
    const page = { url: "/errors/shop/101/", excerpt: "", meta: { code: "101" }, filters: {} };
    expect(pageHit(page, SITE, 0).path).toBe("/shop/101/");
  });

  it("links a pasted URL of a page under the base to its page, and no URL outside the base", () => {
    expect(planSearch(`{"type": "${SITE}accounts/user-not-found/"}`, SITE).linkedPaths).toEqual([
      "/accounts/user-not-found/",
    ]);
    expect(planSearch("https://example.github.io/accounts/user-not-found/", SITE).linkedPaths).toEqual([]);
    expect(planSearch("https://example.github.io/other/accounts/user-not-found/", SITE).linkedPaths).toEqual([]);
  });
});
