/**
 * A small catalog for the search-module tests, built with the shared fixture builders: three
 * systems in the catalog's three code styles (prefixed numeric codes, `domain:reason` codes and
 * MQTT UPPER_SNAKE codes without an HTTP status), with a nested response template and an error
 * that shares the code the API sends (`apiCode`).
 */
import { buildCatalog, type Catalog } from "../../../src/lib/catalog-model";
import { shopError, shopSystem } from "../catalog-fixtures";

export function searchCatalog(): Catalog {
  const shop = shopSystem({
    codeScheme: { kind: "numeric", pattern: "1[0-9]{3}", description: "four digits, the first being 1", prefix: "1" },
    categories: [
      { id: "orders", name: "Orders", range: { from: 1100, to: 1199 } },
      { id: "payments", name: "Payments", range: { from: 1200, to: 1299 } },
    ],
  });
  const accounts = shopSystem(
    {
      name: "Accounts",
      codeScheme: { kind: "string", pattern: "[a-z]+:[a-z_]+", description: "domain:reason" },
      response: {
        documented: false,
        template: {
          error: { status: "$status", code: "$code", message: "$message" },
          _links: { describedby: { href: "$url" } },
        },
        link: { pointer: "/_links/describedby/href", documented: false },
      },
      categories: [{ id: "user", name: "User" }],
    },
    "accounts",
  );
  const mqtt = shopSystem(
    {
      name: "Player MQTT",
      codeScheme: { kind: "string", pattern: "[A-Z][A-Z_]*|validation-[a-z-]+", description: "UPPER_SNAKE" },
      response: {
        transport: "mqtt",
        documented: true,
        template: { status: "error", error_code: "$code", message: "$message" },
        link: { pointer: "/doc_url", documented: false },
      },
      categories: [{ id: "mqtt", name: "MQTT errors" }],
    },
    "player-mqtt",
  );
  return buildCatalog(
    [shop, accounts, mqtt],
    [
      shopError("shop/1101.md", {
        code: "1101",
        title: "Order not found",
        status: 404,
        message: "Order 'X' not found",
      }),
      shopError("shop/1102.md", { code: "1102", title: "Order already paid", status: 409 }),
      shopError("shop/1201.md", { code: "1201", title: "Card declined", status: 402, category: "payments" }),
      shopError("accounts/user-not-found.md", { code: "user:not_found", title: "User not found", category: "user" }),
      shopError("accounts/user-banned.md", {
        code: "user:banned",
        title: "User is banned",
        status: 403,
        category: "user",
      }),
      shopError("player-mqtt/not-found.md", {
        code: "NOT_FOUND",
        title: "Requested resource doesn't exist",
        status: undefined,
        category: "mqtt",
      }),
      shopError("player-mqtt/validation-field-is-not-nullable.md", {
        code: "validation-field-is-not-nullable",
        title: "Field is not nullable",
        status: undefined,
        category: "mqtt",
        message: "Field 'X' is not nullable",
        apiCode: "VALIDATION_ERROR",
      }),
    ],
  );
}
