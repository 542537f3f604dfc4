import { describe, expect, it } from "vitest";
import { shopError, shopSystem } from "../catalog-fixtures";
import { itBundled } from "../bundled-only";
import { contentCatalog } from "../content-catalog";
import { redirectRules } from "../../../src/lib/deploy/redirect-rules";
import { collectAnchorPages, collectRedirects } from "../../../src/lib/redirects";
import { colonCodes, planOf, shopWithLegacyPaths } from "./deploy-fixtures";

const summary = (plan: ReturnType<typeof planOf>["plan"]) =>
  plan.rules.map((rule) => `${rule.from} ${rule.to}${rule.dynamic ? ` (${rule.covers.length} paths)` : ""}`);

describe("redirectRules", () => {
  it("collapses a template whose placeholder is the slug into one placeholder rule, after the static rules", () => {
    const { plan } = shopWithLegacyPaths();
    expect(summary(plan)).toEqual(["/shop/closed/ /shop/102/", "/store/ /shop/", "/old/:code /shop/:code/ (3 paths)"]);
    expect(plan.uncollapsed).toEqual([]);
  });

  it("keeps one rule per error when two systems share the old path", () => {
    const { plan } = planOf(
      [
        shopSystem({ legacy: { paths: ["/old/{code}"] } }),
        shopSystem(
          {
            legacy: { paths: ["/old/{code}"] },
            codeScheme: { kind: "numeric", pattern: "[0-9]{3}", description: "three digits" },
          },
          "till",
        ),
      ],
      [shopError("shop/101.md"), shopError("till/102.md", { code: "102" })],
    );
    expect(summary(plan)).toEqual(["/old/101 /shop/101/", "/old/102 /till/102/"]);
    expect(plan.uncollapsed.map((template) => template.reason)).toEqual([
      "content/systems/till.yaml uses the same old path, so a host cannot tell from the path which system's page it is",
      "content/systems/shop.yaml uses the same old path, so a host cannot tell from the path which system's page it is",
    ]);
  });

  it("keeps one rule per error when a code is not its slug", () => {
    const { plan } = colonCodes("ledger");
    expect(summary(plan)).toEqual(["/old/user:not_found /ledger/user-not-found/"]);
    expect(plan.uncollapsed[0]?.reason).toBe(
      "the old path /old/user:not_found does not end in the slug of its page /ledger/user-not-found/, so the target cannot repeat the placeholder",
    );
  });

  it("keeps one rule per error when the pattern would catch another redirect, or sits in the first segment", () => {
    const caught = planOf(
      [shopSystem({ legacy: { paths: ["/old/{code}"] }, redirectFrom: ["/old/shop/"] })],
      [shopError("shop/101.md")],
    );
    expect(caught.plan.uncollapsed[0]?.reason).toBe("the pattern /old/:code would also catch /old/shop/");
    const top = planOf([shopSystem({ legacy: { paths: ["/e{code}"] } })], [shopError("shop/101.md")]);
    expect(summary(top.plan)).toEqual(["/e101 /shop/101/"]);
    expect(top.plan.uncollapsed[0]?.reason).toMatch(/not one whole path segment/);
  });

  it("keeps every old path of the committed catalog", () => {
    const catalog = contentCatalog();
    const redirects = collectRedirects(catalog);
    const plan = redirectRules(catalog, redirects, collectAnchorPages(catalog));
    expect(plan.rules.flatMap((rule) => rule.covers)).toEqual(redirects);
  });

  itBundled(
    "keeps the bundled catalog's old paths one rule each: its three entrecode systems share /doc/errors/{code}",
    () => {
      const catalog = contentCatalog();
      const plan = redirectRules(catalog, collectRedirects(catalog), collectAnchorPages(catalog));
      expect(plan.rules.filter((rule) => rule.dynamic)).toEqual([]);
      expect(new Set(plan.uncollapsed.map((template) => template.template))).toEqual(new Set(["/doc/errors/{code}"]));
    },
  );
});
