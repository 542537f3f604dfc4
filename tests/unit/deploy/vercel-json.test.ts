import { describe, expect, it } from "vitest";
import { SITE_HEADERS } from "../../../src/lib/deploy/site-headers";
import { vercelJson, type VercelConfig } from "../../../src/lib/deploy/vercel-json";
import { contentCatalog } from "../content-catalog";
import { redirectRules } from "../../../src/lib/deploy/redirect-rules";
import { collectAnchorPages, collectRedirects } from "../../../src/lib/redirects";
import { colonCodes, shopWithLegacyPaths } from "./deploy-fixtures";
import { vercelRoutes } from "./vercel-routes";

const configOf = (text: string) => JSON.parse(text) as VercelConfig;

describe("vercel.json", () => {
  it("redirects every old path with a 301, with and without its trailing slash, as Vercel routes it", () => {
    const { plan } = shopWithLegacyPaths();
    const vercel = vercelRoutes(configOf(vercelJson(plan, SITE_HEADERS).text));
    expect(vercel.redirect("/old/101")).toEqual({ status: 301, location: "/shop/101/" });
    expect(vercel.redirect("/old/201/")).toEqual({ status: 301, location: "/shop/201/" });
    expect(vercel.redirect("/store")).toEqual({ status: 301, location: "/shop/" });
    expect(vercel.redirect("/shop/closed/")).toEqual({ status: 301, location: "/shop/102/" });
    expect(vercel.redirect("/old/101/more")).toBeUndefined();
    expect(vercel.redirect("/shop/101/")).toBeUndefined();
  });

  it("writes a path with path-to-regexp's special characters literally", () => {
    const { plan } = colonCodes();
    const vercel = vercelRoutes(configOf(vercelJson(plan, SITE_HEADERS).text));
    expect(vercel.redirect("/old/user:not_found")).toEqual({ status: 301, location: "/shop/user-not-found/" });
    expect(vercel.redirect("/old/userXnot_found")).toBeUndefined();
  });

  it("sends the site's headers on every path", () => {
    const { plan } = shopWithLegacyPaths();
    const vercel = vercelRoutes(configOf(vercelJson(plan, SITE_HEADERS).text));
    const expected = Object.fromEntries(SITE_HEADERS.map(({ name, value }) => [name, value]));
    for (const path of ["/", "/shop/101/", "/pagefind/pagefind.js", "/no-such-page"]) {
      expect(vercel.headers(path)).toEqual(expected);
    }
  });

  it("covers every old path of the committed catalog", () => {
    const catalog = contentCatalog();
    const redirects = collectRedirects(catalog);
    const vercel = vercelRoutes(
      configOf(vercelJson(redirectRules(catalog, redirects, collectAnchorPages(catalog)), SITE_HEADERS).text),
    );
    for (const redirect of redirects) {
      expect(vercel.redirect(redirect.from), redirect.from).toEqual({ status: 301, location: redirect.to });
    }
  });

  it("has no redirects past Vercel's 2,048, and says why", () => {
    const { plan } = shopWithLegacyPaths();
    const rule = plan.rules[0]!;
    const many = { ...plan, rules: Array.from({ length: 2_049 }, (_, index) => ({ ...rule, from: `/old-${index}` })) };
    const file = vercelJson(many, SITE_HEADERS);
    expect(configOf(file.text).redirects).toBeUndefined();
    expect(file.warnings[0]).toMatch(/^vercel\.json for Vercel: 2,049 rules; Vercel takes at most 2,048/);
  });
});
