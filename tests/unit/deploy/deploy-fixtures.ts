import { buildCatalog, type Catalog, type ErrorInput, type SystemInput } from "../../../src/lib/catalog-model";
import { redirectRules, type RedirectRules } from "../../../src/lib/deploy/redirect-rules";
import { collectAnchorPages, collectRedirects } from "../../../src/lib/redirects";
import { shopError, shopSystem } from "../catalog-fixtures";

/** A fixture catalog and the redirect rules the deploy files are written from. */
export function planOf(systems: SystemInput[], errors: ErrorInput[]): { catalog: Catalog; plan: RedirectRules } {
  const catalog = buildCatalog(systems, errors);
  return { catalog, plan: redirectRules(catalog, collectRedirects(catalog), collectAnchorPages(catalog)) };
}

/** `shop` (101, 102, 201) with old per-error pages at `/old/<code>`, and a renamed error. */
export function shopWithLegacyPaths(): { catalog: Catalog; plan: RedirectRules } {
  return planOf(
    [shopSystem({ legacy: { paths: ["/old/{code}"] }, redirectFrom: ["/store/"] })],
    [
      shopError("shop/101.md"),
      shopError("shop/102.md", { code: "102", title: "Order closed", status: 409, redirectFrom: ["/shop/closed/"] }),
      shopError("shop/201.md", { code: "201", title: "Card declined", status: 402, category: "payments" }),
    ],
  );
}

/** A system whose code `user:not_found` is not its slug, with old per-error pages at `/old/<code>`. */
export function colonCodes(id = "shop"): { catalog: Catalog; plan: RedirectRules } {
  return planOf(
    [
      shopSystem(
        {
          legacy: { paths: ["/old/{code}"] },
          codeScheme: { kind: "string", pattern: "[a-z]+:[a-z_]+", description: "domain:reason" },
          categories: [{ id: "orders", name: "Orders" }],
        },
        id,
      ),
    ],
    [shopError(`${id}/user-not-found.md`, { code: "user:not_found" })],
  );
}
