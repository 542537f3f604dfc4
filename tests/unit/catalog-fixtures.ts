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
