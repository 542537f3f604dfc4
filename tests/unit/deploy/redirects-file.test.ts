import { describe, expect, it } from "vitest";
import { CLOUDFLARE_PAGES_LIMITS, limitProblem, NETLIFY_LIMITS } from "../../../src/lib/deploy/host-limits";
import type { RedirectRule, RedirectRules } from "../../../src/lib/deploy/redirect-rules";
import { redirectsFile } from "../../../src/lib/deploy/redirects-file";
import { contentCatalog } from "../content-catalog";
import { colonCodes, shopWithLegacyPaths } from "./deploy-fixtures";
import { CLOUDFLARE_STATUSES, netlifyRedirects } from "./host-files";
import { redirectRules } from "../../../src/lib/deploy/redirect-rules";
import { collectAnchorPages, collectRedirects } from "../../../src/lib/redirects";

const ruleLines = (text: string) => text.split("\n").filter((line) => line !== "" && !line.startsWith("#"));

describe("_redirects", () => {
  it("is read by Netlify's parser as forced 301s, a placeholder rule included", async () => {
    const { plan } = shopWithLegacyPaths();
    const { redirects, errors } = await netlifyRedirects(redirectsFile(plan, "netlify").text);
    expect(errors).toEqual([]);
    expect(redirects).toMatchObject([
      { from: "/shop/closed/", to: "/shop/102/", status: 301, force: true },
      { from: "/store/", to: "/shop/", status: 301, force: true },
      { from: "/old/:code", to: "/shop/:code/", status: 301, force: true },
    ]);
  });

  it("has plain 301s for Cloudflare Pages, static rules before placeholder rules, and is valid for Netlify too", async () => {
    const { plan } = shopWithLegacyPaths();
    const { text } = redirectsFile(plan, "cloudflare-pages");
    const lines = ruleLines(text).map((line) => line.split(/\s+/));
    for (const tokens of lines) {
      expect(tokens).toHaveLength(3);
      expect(CLOUDFLARE_STATUSES.has(tokens[2]!)).toBe(true);
    }
    const dynamicAt = lines.map((tokens) => /[:*]/.test(tokens[0]!));
    expect(dynamicAt).toEqual([...dynamicAt].sort());
    const { redirects, errors } = await netlifyRedirects(text);
    expect(errors).toEqual([]);
    expect(redirects.every((redirect) => redirect.status === 301 && !redirect.force)).toBe(true);
  });

  it("has a rule for every old path of the committed catalog", async () => {
    const catalog = contentCatalog();
    const redirects = collectRedirects(catalog);
    const plan = redirectRules(catalog, redirects, collectAnchorPages(catalog));
    const parsed = await netlifyRedirects(redirectsFile(plan, "netlify").text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.redirects.map(({ from, to }) => ({ from, to }))).toEqual(
      redirects.map(({ from, to }) => ({ from, to })),
    );
  });

  it("leaves an old path with a wildcard's syntax in it to its HTML redirect page, and says so", async () => {
    const { plan } = colonCodes();
    const file = redirectsFile(plan, "cloudflare-pages");
    expect(ruleLines(file.text)).toEqual([]);
    expect(file.warnings).toEqual([
      "_redirects: /old/user:not_found (content/systems/shop.yaml) is left to its HTML redirect page: * and :name are wildcards in _redirects.",
    ]);
  });
});

describe("host limits", () => {
  const rule = (index: number, dynamic = false): RedirectRule => ({
    from: dynamic ? `/old${index}/:code` : `/old/${index}`,
    to: dynamic ? "/shop/:code/" : "/shop/101/",
    dynamic,
    declaredIn: "content/systems/shop.yaml",
    covers: [],
  });
  const many = (statics: number, dynamics = 0): RedirectRules => ({
    rules: [
      ...Array.from({ length: statics }, (_, index) => rule(index)),
      ...Array.from({ length: dynamics }, (_, index) => rule(index, true)),
    ],
    uncollapsed: [
      {
        template: "/old/{code}",
        declaredIn: "content/systems/shop.yaml",
        reason:
          "content/systems/till.yaml uses the same old path, so a host cannot tell from the path which system's page it is",
      },
    ],
  });
  const length = (candidate: RedirectRule) => `${candidate.from} ${candidate.to} 301`.length;

  it("takes Cloudflare Pages' 2,000 static and 100 placeholder rules, and not one more", () => {
    expect(limitProblem(many(2_000, 100), CLOUDFLARE_PAGES_LIMITS, length)).toBeUndefined();
    expect(limitProblem(many(2_001), CLOUDFLARE_PAGES_LIMITS, length)).toMatchSnapshot();
    expect(limitProblem(many(0, 101), CLOUDFLARE_PAGES_LIMITS, length)).toMatch(
      /^_redirects for Cloudflare Pages: 101 placeholder rules; Cloudflare Pages reads at most 100/,
    );
  });

  it("takes Netlify's 10,000 rules", () => {
    expect(limitProblem(many(10_000), NETLIFY_LIMITS, length)).toBeUndefined();
    expect(limitProblem(many(10_001), NETLIFY_LIMITS, length)).toMatch(
      /^_redirects for Netlify: 10,001 rules; Netlify takes at most 10,000 \(https:\/\/docs\.netlify\.com/,
    );
  });

  it("writes no rule past a limit: the HTML redirect pages serve every old path there", () => {
    // Cloudflare Pages needs each path with and without its trailing slash: 1,001 paths, 2,002 rules.
    const file = redirectsFile(many(1_001), "cloudflare-pages");
    expect(ruleLines(file.text)).toEqual([]);
    expect(file.warnings).toHaveLength(1);
    expect(file.text).toContain("# _redirects for Cloudflare Pages: 2,002 static rules");
    expect(ruleLines(redirectsFile(many(1_000), "cloudflare-pages").text)).toHaveLength(2_000);
    expect(ruleLines(redirectsFile(many(2_001), "netlify").text)).toHaveLength(2_001);
  });

  it("gives Cloudflare Pages, which matches paths exactly, a rule for each path with and without its slash", () => {
    const lines = ruleLines(redirectsFile(many(1), "cloudflare-pages").text);
    expect(lines).toHaveLength(2);
    const froms = lines.map((line) => line.split(" ")[0]!);
    expect(new Set(froms.map((from) => from.replace(/\/$/, ""))).size).toBe(1);
    expect(froms.some((from) => from.endsWith("/"))).toBe(true);
  });
});
