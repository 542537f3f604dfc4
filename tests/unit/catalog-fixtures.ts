import type { ErrorInput, SystemInput } from "../../src/lib/catalog-model";
import { errorSchema } from "../../src/schemas/error";
import { systemSchema } from "../../src/schemas/system";

/** A valid numeric-code system, `shop`, with two ranged categories; override any part. */
export function shopSystem(overrides: Record<string, unknown> = {}, id = "shop"): SystemInput {
  return {
    id,
    filePath: `content/systems/${id}.yaml`,
    data: systemSchema.parse({
      name: "Shop API",
      summary: "Sells things.",
      codeScheme: { kind: "numeric", pattern: "[0-9]{3}", description: "three digits" },
      response: {
        documented: true,
        template: { status: "$status", code: "$code", title: "$title" },
        link: { pointer: "/type", documented: true },
        fields: [{ name: "detail", description: "What went wrong." }],
      },
      categories: [
        { id: "orders", name: "Orders", range: { from: 100, to: 199 } },
        { id: "payments", name: "Payments", range: { from: 200, to: 299 } },
      ],
      ...overrides,
    }),
  };
}

/** A valid error of `shop` at `shop/<file>`; override any frontmatter field. */
export function shopError(file: string, overrides: Record<string, unknown> = {}): ErrorInput {
  return {
    id: file,
    filePath: `content/errors/${file}`,
    data: errorSchema.parse({ code: "101", title: "Order not found", status: 404, category: "orders", ...overrides }),
  };
}

/**
 * `shop` errors in every lifecycle state, some dated and some not: 101 active, 102 unused and
 * undated, 103 deprecated for 101, 104 retired into 101, 105 deprecated without a date (and a
 * title that needs escaping).
 */
export function shopLifecycleErrors(): ErrorInput[] {
  return [
    shopError("shop/101.md", { added: "2026-01-05" }),
    shopError("shop/102.md", { code: "102", lifecycle: { state: "unused", note: "Defined, never sent." } }),
    shopError("shop/103.md", {
      code: "103",
      added: "2026-01-05",
      lifecycle: { state: "deprecated", since: "2026-03-01", replacedBy: "101" },
    }),
    shopError("shop/104.md", {
      code: "104",
      added: "2026-01-06",
      lifecycle: { state: "retired", since: "2026-03-01", note: "Merged into 101.", replacedBy: "101" },
    }),
    shopError("shop/105.md", {
      code: "105",
      title: "Cart <empty> & gone",
      added: "2026-03-01",
      lifecycle: { state: "deprecated" },
    }),
  ];
}
