import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nginxConf } from "../../../src/lib/deploy/nginx-conf";
import { redirectRules } from "../../../src/lib/deploy/redirect-rules";
import { SITE_HEADERS } from "../../../src/lib/deploy/site-headers";
import { collectAnchorPages, collectRedirects } from "../../../src/lib/redirects";
import { checkNginxInclude, nginxMissing } from "../../e2e/nginx-server";
import { contentCatalog } from "../content-catalog";
import { shopWithLegacyPaths } from "./deploy-fixtures";

/** nginx's own parser (`nginx -t`); in CI nginx must be there (.ci/run installs it). */
function expectNginxAccepts(text: string): void {
  const missing = nginxMissing();
  if (missing && !process.env.CI) return;
  expect(missing).toBeUndefined();
  const dir = mkdtempSync(join(tmpdir(), "errordex-include-"));
  writeFileSync(join(dir, "errordex.conf"), text);
  const { ok, output } = checkNginxInclude(join(dir, "errordex.conf"), dir);
  expect(ok, output).toBe(true);
}

describe("nginx.conf", () => {
  it("sends every site header always, serves directory URLs and the 404 page, and redirects old paths", () => {
    const { plan } = shopWithLegacyPaths();
    const { text, warnings } = nginxConf(plan, SITE_HEADERS);
    expect(warnings).toEqual([]);
    const lines = text.split("\n");
    for (const { name } of SITE_HEADERS) {
      expect(
        lines.filter((line) => line.startsWith(`add_header ${name} "`) && line.endsWith('" always;')),
      ).toHaveLength(1);
    }
    expect(lines).toContain("error_page 404 /404.html;");
    expect(lines).toContain("  try_files $uri $uri/index.html =404;");
    expect(lines.filter((line) => line.startsWith("location = ") || line.startsWith("location ~ "))).toEqual([
      'location = "/shop/closed" { return 301 "/shop/102/"; }',
      'location = "/shop/closed/" { return 301 "/shop/102/"; }',
      'location = "/store" { return 301 "/shop/"; }',
      'location = "/store/" { return 301 "/shop/"; }',
      'location ~ "^/old/([a-z0-9]+(?:-[a-z0-9]+)*)/?$" { return 301 /shop/$1/; }',
    ]);
    expectNginxAccepts(text);
  });

  it("captures only a slug from a client's path, so nothing it sends reaches the Location header", () => {
    const { plan } = shopWithLegacyPaths();
    const location = nginxConf(plan, SITE_HEADERS)
      .text.split("\n")
      .find((line) => line.startsWith("location ~ "))!;
    const regex = new RegExp(/"(\^.*\$)"/.exec(location)![1]!);
    expect(regex.exec("/old/101")?.[1]).toBe("101");
    // nginx matches the decoded path: %0d%0a is a line break there, and must not match.
    expect(regex.test("/old/x\r\nSet-Cookie: evil=1")).toBe(false);
  });

  it("leaves to the HTML redirect pages a collapsed rule whose path nginx cannot write safely", () => {
    const { plan } = shopWithLegacyPaths();
    const unsafe = {
      ...plan,
      rules: plan.rules.map((rule) => (rule.dynamic ? { ...rule, from: rule.from.replace("/old/", '/o"ld/') } : rule)),
    };
    const { text, warnings } = nginxConf(unsafe, SITE_HEADERS);
    expect(text.split("\n").filter((line) => line.startsWith("location ~"))).toEqual([]);
    expect(warnings).toEqual([
      expect.stringContaining("is left to its HTML redirect pages: nginx cannot safely write a path"),
    ]);
    expectNginxAccepts(text);
  });

  it("is accepted by nginx for the committed catalog", () => {
    const catalog = contentCatalog();
    const redirects = collectRedirects(catalog);
    const { text, warnings } = nginxConf(redirectRules(catalog, redirects, collectAnchorPages(catalog)), SITE_HEADERS);
    expect(warnings).toEqual([]);
    expect(text.split("\n").filter((line) => line.startsWith("location = "))).toHaveLength(redirects.length * 2);
    expectNginxAccepts(text);
  });
});
