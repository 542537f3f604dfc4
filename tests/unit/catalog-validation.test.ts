import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/lib/catalog-model";
import { CatalogValidationError, formatProblem } from "../../src/lib/catalog-problem";
import { validateCatalog } from "../../src/lib/catalog-validation";
import { shopError, shopSystem } from "./catalog-fixtures";

/** The formatted messages an author would see for this content. */
function messages(...args: Parameters<typeof validateCatalog>): string[] {
  return validateCatalog(...args).map(formatProblem);
}

describe("validateCatalog", () => {
  it("accepts a sound catalog", () => {
    expect(
      validateCatalog(
        [shopSystem()],
        [shopError("shop/101.md"), shopError("shop/201.md", { code: "201", category: "payments", related: ["101"] })],
      ),
    ).toEqual([]);
  });

  it("rejects an error in a folder that is not a system", () => {
    expect(messages([shopSystem()], [shopError("shoop/101.md")])).toMatchSnapshot();
  });

  it("rejects an error file outside any system folder", () => {
    expect(messages([shopSystem()], [shopError("101.md")])).toMatchSnapshot();
  });

  it("rejects a file name that does not match the code", () => {
    expect(messages([shopSystem()], [shopError("shop/102.md")])).toMatchSnapshot();
  });

  it("rejects a duplicate code, including an .md and .mdx twin", () => {
    expect(messages([shopSystem()], [shopError("shop/101.md"), shopError("shop/101.mdx")])).toMatchSnapshot();
  });

  it("rejects two codes that claim one slug", () => {
    const system = shopSystem({ codeScheme: { kind: "string", pattern: "[a-z:_]+", description: "domain:reason" } });
    system.data.categories.forEach((category) => delete category.range);
    expect(
      messages(
        [system],
        [
          shopError("shop/user-not-found.md", { code: "user:not_found" }),
          shopError("shop/user-not-found.mdx", { code: "user_not_found" }),
        ],
      ),
    ).toMatchSnapshot();
  });

  it("rejects a code outside the system's scheme", () => {
    expect(messages([shopSystem()], [shopError("shop/1011.md", { code: "1011" })])).toMatchSnapshot();
  });

  it("rejects an unknown category and a code outside its category's range", () => {
    expect(
      messages(
        [shopSystem()],
        [
          shopError("shop/101.md", { category: "refunds" }),
          shopError("shop/150.md", { code: "150", category: "payments" }),
        ],
      ),
    ).toMatchSnapshot();
  });

  it("rejects related codes that do not exist and self references", () => {
    expect(
      messages([shopSystem()], [shopError("shop/101.md", { related: ["199", "101", "warehouse/1", "shop/101"] })]),
    ).toMatchSnapshot();
  });

  it("requires a status over HTTP and forbids one over MQTT", () => {
    const mqtt = shopSystem(
      {
        response: {
          transport: "mqtt",
          documented: true,
          template: { error_code: "$code" },
          link: { pointer: "/doc_url", documented: false },
        },
      },
      "shop-mqtt",
    );
    expect(
      messages([shopSystem(), mqtt], [shopError("shop/101.md", { status: undefined }), shopError("shop-mqtt/101.md")]),
    ).toMatchSnapshot();
  });

  it("rejects response fields the system does not declare", () => {
    expect(
      messages([shopSystem()], [shopError("shop/101.md", { fields: { detail: "the order id", verbos: "x" } })]),
    ).toMatchSnapshot();
  });

  it("rejects reserved or malformed system ids, duplicate categories and overlapping ranges", () => {
    const system = shopSystem(
      {
        categories: [
          { id: "orders", name: "Orders", range: { from: 100, to: 199 } },
          { id: "orders", name: "Orders again" },
          { id: "payments", name: "Payments", range: { from: 150, to: 299 } },
        ],
      },
      "status",
    );
    const bad = shopSystem({}, "Shop_API");
    expect(messages([system, bad], [])).toMatchSnapshot();
  });
});

describe("buildCatalog", () => {
  it("throws one error listing every problem", () => {
    let thrown: unknown;
    try {
      buildCatalog(
        [shopSystem()],
        [shopError("shop/103.md", { code: "102" }), shopError("shop/101.md", { category: "x" })],
      );
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CatalogValidationError);
    expect((thrown as CatalogValidationError).problems).toHaveLength(2);
    expect((thrown as Error).message).toMatchSnapshot();
  });

  it("links errors, categories, statuses and related references", () => {
    const catalog = buildCatalog(
      [shopSystem(), shopSystem({ name: "Another API" }, "another")],
      [
        shopError("shop/201.md", { code: "201", category: "payments", status: 402, related: ["101", "another/101"] }),
        shopError("shop/101.md"),
        shopError("shop/150.md", { code: "150", status: 409, lifecycle: { state: "unused" } }),
        shopError("another/101.md"),
      ],
    );
    expect(catalog.systems.map((s) => s.id)).toEqual(["another", "shop"]);
    expect(catalog.errors.map((e) => `${e.system}/${e.code}`)).toEqual([
      "another/101",
      "shop/101",
      "shop/150",
      "shop/201",
    ]);
    expect(catalog.statuses).toEqual([402, 404, 409]);
    expect(catalog.errorsWithStatus(404).map((e) => e.system)).toEqual(["another", "shop"]);
    const shop = catalog.system("shop")!;
    expect(shop.categories.map((c) => [c.id, c.errors.map((e) => e.code)])).toEqual([
      ["orders", ["101", "150"]],
      ["payments", ["201"]],
    ]);
    const payment = catalog.errors.find((e) => e.code === "201" && e.system === "shop")!;
    expect(payment.path).toBe("/shop/201/");
    expect(payment.related.map((r) => r.path)).toEqual(["/shop/101/", "/another/101/"]);
    expect(catalog.errors.find((e) => e.code === "150")!.unused).toBe(true);
  });

  it("sorts numeric codes numerically", () => {
    const catalog = buildCatalog(
      [
        shopSystem({
          codeScheme: { kind: "numeric", pattern: "[0-9]+", description: "digits" },
          categories: [{ id: "orders", name: "Orders" }],
        }),
      ],
      ["10", "9", "100", "2"].map((code) => shopError(`shop/${code}.md`, { code })),
    );
    expect(catalog.errors.map((e) => e.code)).toEqual(["2", "9", "10", "100"]);
  });
});
