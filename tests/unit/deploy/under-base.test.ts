import { describe, expect, it } from "vitest";
import { nginxConf } from "../../../src/lib/deploy/nginx-conf";
import { rulesUnderBase } from "../../../src/lib/deploy/redirect-rules";
import { redirectsFile } from "../../../src/lib/deploy/redirects-file";
import { SITE_HEADERS } from "../../../src/lib/deploy/site-headers";
import { vercelJson, type VercelConfig } from "../../../src/lib/deploy/vercel-json";
import { shopWithLegacyPaths } from "./deploy-fixtures";
import { netlifyRedirects } from "./host-files";
import { expectNginxAccepts } from "./nginx-accepts";
import { vercelRoutes } from "./vercel-routes";

/** The host files of a site served at https://example.github.io/errors/. */
const BASE = "/errors/";

describe("host files of a site under a base path", () => {
  it("keeps the site's own paths in `covers` and adds the base to what a host matches", () => {
    const { plan } = shopWithLegacyPaths();
    const under = rulesUnderBase(plan, "/errors");
    expect(under.rules.map(({ from, to }) => `${from} ${to}`)).toEqual([
      "/errors/shop/closed/ /errors/shop/102/",
      "/errors/store/ /errors/shop/",
      "/errors/old/:code /errors/shop/:code/",
    ]);
    expect(under.rules.map((rule) => rule.covers)).toEqual(plan.rules.map((rule) => rule.covers));
    expect(rulesUnderBase(plan, "/")).toEqual(plan);
  });

  it("_redirects: Netlify's parser reads each rule with the base on both sides", async () => {
    const { plan } = shopWithLegacyPaths();
    const { redirects, errors } = await netlifyRedirects(redirectsFile(rulesUnderBase(plan, BASE), "netlify").text);
    expect(errors).toEqual([]);
    expect(redirects.map(({ from, to, status }) => ({ from, to, status }))).toEqual([
      { from: "/errors/shop/closed/", to: "/errors/shop/102/", status: 301 },
      { from: "/errors/store/", to: "/errors/shop/", status: 301 },
      { from: "/errors/old/:code", to: "/errors/shop/:code/", status: 301 },
    ]);
  });

  it("vercel.json: Vercel routes old paths under the base, and nothing outside it", () => {
    const { plan } = shopWithLegacyPaths();
    const config = JSON.parse(vercelJson(rulesUnderBase(plan, BASE), SITE_HEADERS).text) as VercelConfig;
    const vercel = vercelRoutes(config);
    expect(vercel.redirect("/errors/old/101")).toEqual({ status: 301, location: "/errors/shop/101/" });
    expect(vercel.redirect("/errors/store/")).toEqual({ status: 301, location: "/errors/shop/" });
    expect(vercel.redirect("/old/101")).toBeUndefined();
    expect(vercel.redirect("/store/")).toBeUndefined();
  });

  it("nginx.conf: serves the site's files under the base, with its 404 page and redirects there", () => {
    const { plan } = shopWithLegacyPaths();
    const { text, warnings } = nginxConf(rulesUnderBase(plan, BASE), SITE_HEADERS, BASE);
    expect(warnings).toEqual([]);
    const lines = text.split("\n");
    expect(lines).toContain("error_page 404 /errors/404.html;");
    expect(lines).not.toContain("location / {");
    expect(lines.slice(lines.indexOf("location /errors/ {"), lines.indexOf("location /errors/ {") + 4)).toEqual([
      "location /errors/ {",
      '  rewrite "^/errors(/.*)$" $1 break;',
      "  try_files $uri $uri/index.html =404;",
      "}",
    ]);
    expect(lines.filter((line) => line.startsWith("location = ") || line.startsWith("location ~ "))).toEqual([
      'location = "/errors/shop/closed" { return 301 "/errors/shop/102/"; }',
      'location = "/errors/shop/closed/" { return 301 "/errors/shop/102/"; }',
      'location = "/errors/store" { return 301 "/errors/shop/"; }',
      'location = "/errors/store/" { return 301 "/errors/shop/"; }',
      'location ~ "^/errors/old/([a-z0-9]+(?:-[a-z0-9]+)*)/?$" { return 301 /errors/shop/$1/; }',
    ]);
    expectNginxAccepts(text);
  });

  it("nginx.conf: refuses a base path nginx would read as more than a path", () => {
    const { plan } = shopWithLegacyPaths();
    expect(() => nginxConf(plan, SITE_HEADERS, "/a$b/")).toThrowErrorMatchingSnapshot();
  });
});
