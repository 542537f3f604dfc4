/**
 * The published JSON Schemas: each one is served at its URL, compiles, and accepts what the site
 * itself publishes: catalog.json, and the example response of every error, both in its JSON entry
 * and on its page. Requests only (no browser page), so the whole catalog takes seconds.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse, type DefaultTreeAdapterTypes } from "parse5";
import { catalogJsonPath, catalogSchemaPath, homePath, schemaPath, systemPath } from "../../src/lib/urls";
import { builtCatalog } from "./built-catalog";

const catalog = builtCatalog();

/**
 * Errors checked at once per test (two requests each). With more, some requests stalled for
 * exactly 5 s (a keep-alive timeout) against `astro preview`, which only made the spec slower.
 */
const CONCURRENCY = 4;

function newAjv() {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

/** Fetches a published schema and checks it declares its own URL and the 2020-12 dialect. */
async function fetchSchema(request: APIRequestContext, path: string, baseURL: string | undefined) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const schema = await response.json();
  expect(schema.$schema, path).toBe("https://json-schema.org/draft/2020-12/schema");
  expect(schema.$id, path).toBe(new URL(path, baseURL).href);
  expect(schema.title, path).toEqual(expect.any(String));
  expect(schema.description, path).toEqual(expect.any(String));
  return schema as Record<string, unknown>;
}

/** Runs `task` over `items`, at most CONCURRENCY at a time. */
async function eachConcurrently<T>(items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
    }),
  );
}

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

function isElement(node: Node): node is Element {
  return "tagName" in node;
}

function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  const children = "childNodes" in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function textOf(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterTypes.TextNode).value;
  return "childNodes" in node ? node.childNodes.map(textOf).join("") : "";
}

async function fetchDocument(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return parse(await response.text());
}

test("catalog.json validates against the published catalog schema, linked from the home page", async ({
  request,
  baseURL,
}) => {
  const ajv = newAjv();
  const validate = ajv.compile(await fetchSchema(request, catalogSchemaPath(), baseURL));
  const served = await (await request.get(catalogJsonPath())).json();
  expect(validate(served), ajv.errorsText(validate.errors)).toBe(true);
  expect(served.errors).toHaveLength(catalog.errors.length);

  const home = await fetchDocument(request, homePath());
  const links = [...elements(home)].filter((element) => element.tagName === "a");
  expect(links.some((link) => attribute(link, "href") === catalogSchemaPath())).toBe(true);
});

for (const system of catalog.systems) {
  const errors = catalog.errors.filter((error) => error.system === system.id);

  test(`every ${system.id} example validates against /schemas/${system.id}.json and is the one on its page`, async ({
    request,
    baseURL,
  }) => {
    const ajv = newAjv();
    const validate = ajv.compile(await fetchSchema(request, schemaPath(system.id), baseURL));

    const index = await fetchDocument(request, systemPath(system.id));
    const links = [...elements(index)].filter((element) => element.tagName === "a");
    expect(links.some((link) => attribute(link, "href") === schemaPath(system.id))).toBe(true);

    expect(errors.length).toBeGreaterThan(0);
    await eachConcurrently(errors, async (error) => {
      const jsonPath = error.path.replace(/\/$/, ".json");
      const [entryResponse, page] = await Promise.all([request.get(jsonPath), fetchDocument(request, error.path)]);
      expect(entryResponse.status(), jsonPath).toBe(200);
      const { exampleResponse } = await entryResponse.json();
      expect(validate(exampleResponse), `${jsonPath}: ${ajv.errorsText(validate.errors)}`).toBe(true);

      const shown = [...elements(page)].filter((element) => attribute(element, "id") === "example-response");
      expect(shown, `${error.path}: one #example-response`).toHaveLength(1);
      expect(JSON.parse(textOf(shown[0]!)), `${error.path}: the example on the page`).toEqual(exampleResponse);
    });
  });
}
