import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../../src/lib/catalog-model";
import { toSystemFormat } from "../../../src/lib/search/system-format";
import { shopSystem } from "../catalog-fixtures";
import { searchCatalog } from "./search-catalog";

const catalog = searchCatalog();

describe("toSystemFormat", () => {
  it("lists the field paths of a flat template", () => {
    expect(toSystemFormat(catalog.system("shop")!)).toEqual({
      id: "shop",
      name: "Shop API",
      fields: ["status", "code", "title"],
      documented: true,
    });
    expect(toSystemFormat(catalog.system("player-mqtt")!)).toEqual({
      id: "player-mqtt",
      name: "Player MQTT",
      fields: ["status", "error_code", "message"],
      documented: true,
    });
  });

  it("flattens a nested template into dotted paths, parents first", () => {
    expect(toSystemFormat(catalog.system("accounts")!)).toEqual({
      id: "accounts",
      name: "Accounts",
      fields: [
        "error",
        "error.status",
        "error.code",
        "error.message",
        "_links",
        "_links.describedby",
        "_links.describedby.href",
      ],
      documented: false,
    });
  });

  it("flattens the Data Manager's problem+json template with its HAL links", () => {
    const system = shopSystem(
      {
        name: "Data Manager",
        codeScheme: { kind: "numeric", pattern: "2[0-9]{3}", description: "four digits", prefix: "2" },
        categories: [{ id: "general", name: "General" }],
        response: {
          documented: true,
          template: {
            status: "$status",
            code: "$code:number",
            title: "$title",
            type: "$url",
            detail: "$field:detail",
            verbose: "$field:verbose",
            _links: {
              up: { title: "Data Manager Home Page", href: "https://datamanager.entrecode.de" },
              describedby: { title: "Error Description", href: "$url" },
            },
          },
          link: { pointer: "/type", documented: true },
        },
      },
      "data-manager",
    );
    expect(toSystemFormat(buildCatalog([system], []).system("data-manager")!).fields).toEqual([
      "status",
      "code",
      "title",
      "type",
      "detail",
      "verbose",
      "_links",
      "_links.up",
      "_links.up.title",
      "_links.up.href",
      "_links.describedby",
      "_links.describedby.title",
      "_links.describedby.href",
    ]);
  });

  it("does not descend into arrays", () => {
    const system = shopSystem(
      {
        response: {
          documented: false,
          template: { errors: [{ code: "$code" }], detail: "$message" },
          link: { pointer: "/type", documented: false },
        },
      },
      "batch",
    );
    expect(toSystemFormat(buildCatalog([system], []).system("batch")!).fields).toEqual(["errors", "detail"]);
  });
});
