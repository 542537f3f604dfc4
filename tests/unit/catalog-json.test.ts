import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { readContent } from "../../scripts/check/read-content";
import { catalogLifecycle, toCatalogJson } from "../../src/lib/catalog-json";
import { catalogJsonSchemaDocument } from "../../src/lib/catalog-json-schema";
import { buildCatalog, type Catalog, type CatalogError } from "../../src/lib/catalog-model";
import { errorDescription } from "../../src/lib/error-description";
import { absoluteUrl, catalogSchemaPath } from "../../src/lib/urls";
import { CATALOG_JSON_VERSION, catalogJsonSchema } from "../../src/schemas/catalog-json";
import { shopLifecycleErrors, shopSystem } from "./catalog-fixtures";
import { itBundled } from "./bundled-only";
import { contentCatalog, contentErrors } from "./content-catalog";

const site = "https://errors.example.com";
const identity = { url: site, title: "Acme API errors", description: "What each Acme API error means." };
const generated = new Date("2026-11-23T17:00:00Z");

/** Strict, so a keyword z.toJSONSchema writes that ajv does not know fails instead of being ignored. */
function newAjv() {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

const lifecycles = buildCatalog([shopSystem()], shopLifecycleErrors());

const describeByTitle = (error: CatalogError) => `Means: ${error.title}.`;

function row(catalog: Catalog, code: string) {
  const json = toCatalogJson(catalog, identity, generated, describeByTitle);
  return json.errors.find((error) => error.code === code)!;
}

describe("toCatalogJson", () => {
  it("names its schema and version", () => {
    const json = toCatalogJson(lifecycles, identity, generated, describeByTitle);
    expect(json.$schema).toBe(absoluteUrl(catalogSchemaPath(), site));
    expect(json.version).toBe(CATALOG_JSON_VERSION);
    expect(json.generated).toBe("2026-11-23T17:00:00.000Z");
  });

  it("gives every error its description, its added day and its lifecycle as tools read it", () => {
    expect(row(lifecycles, "101")).toEqual({
      system: "shop",
      code: "101",
      status: 404,
      title: "Order not found",
      description: "Means: Order not found.",
      message: null,
      category: "orders",
      lifecycle: { state: "active", since: null, replacedBy: null, note: null },
      added: "2026-01-05",
      unused: false,
      url: "https://errors.example.com/shop/101/",
      path: "/shop/101/",
    });
    const replacedBy = { system: "shop", code: "101", url: "https://errors.example.com/shop/101/" };
    expect(row(lifecycles, "102")).toMatchObject({
      added: null,
      unused: true,
      lifecycle: { state: "active", since: null, replacedBy: null, note: "Defined, never sent." },
    });
    expect(row(lifecycles, "103")).toMatchObject({
      unused: false,
      lifecycle: { state: "deprecated", since: "2026-03-01", replacedBy, note: null },
    });
    expect(row(lifecycles, "104")).toMatchObject({
      unused: true,
      lifecycle: { state: "removed", since: "2026-03-01", replacedBy, note: "Merged into 101." },
    });
    expect(row(lifecycles, "105").lifecycle).toEqual({
      state: "deprecated",
      since: null,
      replacedBy: null,
      note: null,
    });
  });

  it("keeps no date on an active or unused error", () => {
    const error = lifecycles.errors.find((candidate) => candidate.code === "102")!;
    const dated = { ...error, data: { ...error.data, lifecycle: { state: "unused" as const, since: "2026-02-02" } } };
    expect(catalogLifecycle(dated, site).since).toBeNull();
  });
});

describe("errorDescription", () => {
  it("is the meaning the body opens with, as one line of plain text", () => {
    const body = 'import Aside from "x";\n\nThe **order** is\n[gone](/x/).\n\n## What to do\n\n- Retry.';
    expect(errorDescription({ title: "Gone" }, body)).toBe("The order is gone.");
  });

  it("falls back to the title when the body opens with a heading", () => {
    expect(errorDescription({ title: "Gone" }, "## What to do\n\n- Retry.")).toBe("Gone.");
  });
});

describe("the published schema of catalog.json", () => {
  const schema = catalogJsonSchemaDocument(site);
  const validate = newAjv().compile(schema);

  it("is generated from the zod schema, with its own URL as $id", () => {
    expect(schema).toMatchObject({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: absoluteUrl(catalogSchemaPath(), site),
      title: "errordex catalog.json",
      type: "object",
      required: ["$schema", "version", "title", "description", "generated", "systems", "errors"],
      additionalProperties: false,
    });
    expect(schema).toMatchSnapshot();
  });

  it("accepts every lifecycle state and rejects anything else", () => {
    const good = toCatalogJson(lifecycles, identity, generated, describeByTitle);
    expect(validate(good), JSON.stringify(validate.errors)).toBe(true);
    const withRow = (change: Record<string, unknown>) => ({ ...good, errors: [{ ...good.errors[0]!, ...change }] });
    const lifecycle = good.errors[0]!.lifecycle;
    expect(validate(withRow({ status: null, message: "sent over MQTT" }))).toBe(true);
    expect(validate(withRow({ extra: 1 }))).toBe(false);
    expect(validate(withRow({ status: "404" }))).toBe(false);
    expect(validate(withRow({ status: 200 }))).toBe(false);
    expect(validate(withRow({ url: "/relative/" }))).toBe(false);
    expect(validate(withRow({ unused: "no" }))).toBe(false);
    expect(validate(withRow({ description: "" }))).toBe(false);
    expect(validate(withRow({ added: "23 Nov 2026" }))).toBe(false);
    expect(validate(withRow({ lifecycle: { ...lifecycle, state: "retired" } }))).toBe(false);
    expect(validate(withRow({ lifecycle: { ...lifecycle, replacedBy: "101" } }))).toBe(false);
    expect(validate({ ...good, version: CATALOG_JSON_VERSION - 1 })).toBe(false);
    expect(validate({ ...good, generated: "yesterday" })).toBe(false);
    expect(validate({ ...good, systems: [{ ...good.systems[0]!, extra: true }] })).toBe(false);
    const withoutUrl: Record<string, unknown> = { ...good.errors[0]! };
    delete withoutUrl.url;
    expect(validate({ ...good, errors: [withoutUrl] })).toBe(false);
  });

  it("agrees with the zod schema it came from", () => {
    const good = toCatalogJson(lifecycles, identity, generated, describeByTitle);
    expect(catalogJsonSchema.safeParse(good).success).toBe(true);
    const bad = { ...good, errors: [{ ...good.errors[0]!, lifecycle: { state: "retired" } }] };
    expect(catalogJsonSchema.safeParse(bad).success).toBe(validate(bad));
  });

  it("accepts the catalog.json of the fixture content and of the committed content", () => {
    const fixture = readContent("tests/fixtures/content-base");
    expect(fixture.problems).toEqual([]);
    const bodies = new Map(fixture.errors.map((error) => [error.filePath, error.body]));
    const fromFixture = toCatalogJson(buildCatalog(fixture.systems, fixture.errors), identity, generated, (error) =>
      errorDescription(error, bodies.get(error.filePath)!),
    );
    expect(fromFixture.errors.find((error) => error.code === "102")).toMatchObject({
      description: "The order was on hold.",
      added: "2026-10-01",
      lifecycle: { state: "removed", since: "2026-11-01" },
    });
    expect(validate(fromFixture), JSON.stringify(validate.errors)).toBe(true);

    const committed = new Map(contentErrors().map((error) => [error.filePath, error.body]));
    const fromContent = toCatalogJson(contentCatalog(), identity, generated, (error) =>
      errorDescription(error, committed.get(error.filePath)!),
    );
    expect(validate(fromContent), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  itBundled("dates every error of the bundled catalog", () => {
    expect(contentCatalog().errors.every((error) => error.data.added !== undefined)).toBe(true);
  });
});
