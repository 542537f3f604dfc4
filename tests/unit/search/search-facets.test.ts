import { describe, expect, it } from "vitest";
import { FACET_GROUPS, searchFacets } from "../../../src/lib/search/search-facets";
import { searchCatalog } from "./search-catalog";

const catalog = searchCatalog();

function facetsOf(system: string, code: string) {
  const error = catalog.errors.find((candidate) => candidate.system === system && candidate.code === code)!;
  return searchFacets(error, catalog.system(system)!);
}

describe("searchFacets", () => {
  it("lists the groups in the order the search page shows them", () => {
    expect(FACET_GROUPS).toEqual(["system", "status", "category"]);
  });

  it("gives the system name, the status with its reason phrase and the category name", () => {
    expect(facetsOf("shop", "1101")).toEqual({ system: "Shop API", status: "404 Not Found", category: "Orders" });
    expect(facetsOf("shop", "1201")).toEqual({
      system: "Shop API",
      status: "402 Payment Required",
      category: "Payments",
    });
    expect(facetsOf("accounts", "user:banned")).toEqual({
      system: "Accounts",
      status: "403 Forbidden",
      category: "User",
    });
  });

  it("has no status facet for an error without an HTTP status", () => {
    const facets = facetsOf("player-mqtt", "NOT_FOUND");
    expect(facets).toEqual({ system: "Player MQTT", category: "MQTT errors" });
    expect(facets).not.toHaveProperty("status");
  });

  it("has no category facet when the system does not declare the error's category", () => {
    const error = catalog.errors.find((candidate) => candidate.code === "1101")!;
    const facets = searchFacets(error, catalog.system("accounts")!);
    expect(facets).toEqual({ system: "Accounts", status: "404 Not Found" });
    expect(facets).not.toHaveProperty("category");
  });
});
