import { describe, expect, it } from "vitest";
import {
  addFacetCounts,
  countFacets,
  emptyCounts,
  FACET_GROUPS,
  passes,
  searchFacets,
  toPagefindFilters,
} from "../../../src/lib/search/search-facets";
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

describe("filter counts", () => {
  const shop404 = { facets: { system: "Shop API", status: "404 Not Found", category: "Orders" } };
  const shop400 = { facets: { system: "Shop API", status: "400 Bad Request", category: "Orders" } };
  const mail404 = { facets: { system: "Mail API", status: "404 Not Found" } };

  it("passes an error when every group with a choice has one of its values", () => {
    expect(passes(shop404.facets, {})).toBe(true);
    expect(passes(shop404.facets, { status: ["404 Not Found", "400 Bad Request"] })).toBe(true);
    expect(passes(shop404.facets, { status: ["404 Not Found"], system: ["Mail API"] })).toBe(false);
    expect(passes(mail404.facets, { category: ["Orders"] })).toBe(false);
  });

  it("counts each value with the other groups' choices but not its own", () => {
    const counts = countFacets([shop404, shop400, mail404], { status: ["404 Not Found"], system: ["Shop API"] });
    expect(counts.status).toEqual({ "404 Not Found": 1, "400 Bad Request": 1 });
    expect(counts.system).toEqual({ "Shop API": 1, "Mail API": 1 });
    expect(counts.category).toEqual({ Orders: 1 });
    addFacetCounts(counts, [shop404], {});
    expect(counts.status["404 Not Found"]).toBe(2);
  });

  it("gives Pagefind OR within a group and leaves out empty groups", () => {
    expect(toPagefindFilters({ status: ["404 Not Found", "400 Bad Request"], system: [] })).toEqual({
      status: { any: ["404 Not Found", "400 Bad Request"] },
    });
    expect(emptyCounts()).toEqual({ system: {}, status: {}, category: {} });
  });
});
