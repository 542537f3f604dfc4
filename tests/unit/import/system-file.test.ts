import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { codeScheme, renderSystemFile, updateSystemFile } from "../../../scripts/import/system-file";
import { systemSchema } from "../../../src/schemas/system";

describe("the system file of an import", () => {
  it("derives the narrowest simple code scheme from the codes", () => {
    expect(codeScheme(["400", "401", "500"])).toEqual({
      kind: "numeric",
      pattern: "[0-9]{3}",
      description: "a number of 3 digits",
    });
    expect(codeScheme(["1", "128", "6201"]).pattern).toBe("[0-9]{1,4}");
    expect(codeScheme(["FORBIDDEN", "E_1", "auth/invalid-email"])).toEqual({
      kind: "string",
      pattern: "[A-Za-z0-9\\-/_]+",
      description: "capital letters, lower-case letters, digits, “-”, “/” and “_”, as the document writes its codes",
    });
  });

  it("is a valid system with the document's categories, its response marked as errordex's suggestion", () => {
    const text = renderSystemFile({
      name: "Billing API",
      document: "docs/errors.md",
      codes: ["CARD_DECLINED"],
      categories: [{ id: "payments", name: "Payments" }],
    });
    const system = systemSchema.parse(parse(text));
    expect(system.categories).toEqual([{ id: "payments", name: "Payments" }]);
    expect(system.response.documented).toBe(false);
    expect(system.source).toEqual({ document: "docs/errors.md", notes: [] });
  });

  it("on a re-import gains only the categories it lacks, keeping the author's file and comments", () => {
    const authored = "name: Billing API # ours\ncategories:\n  - id: payments\n    name: Payments\n";
    expect(updateSystemFile(authored, [{ id: "payments", name: "Payments" }], undefined)).toBeUndefined();
    expect(updateSystemFile(authored, [{ id: "refunds", name: "Refunds" }], undefined)).toBe(
      "name: Billing API # ours\ncategories:\n  - id: payments\n    name: Payments\n  - id: refunds\n    name: Refunds\n",
    );
    expect(updateSystemFile(authored, [], "Billing")).toBe(
      "name: Billing # ours\ncategories:\n  - id: payments\n    name: Payments\n",
    );
  });
});
