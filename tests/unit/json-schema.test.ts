import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { buildCatalog, type Catalog, type CatalogSystem } from "../../src/lib/catalog-model";
import { buildExampleResponse } from "../../src/lib/example-response";
import { responseJsonSchema } from "../../src/lib/json-schema";
import { absoluteUrl, schemaPath } from "../../src/lib/urls";
import { shopError, shopSystem } from "./catalog-fixtures";
import { contentCatalog } from "./content-catalog";

const site = "https://errors.example.com";

/** Strict, so a misspelt keyword in a generated schema fails instead of being ignored. */
function newAjv() {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

function exampleOf(system: CatalogSystem, index = 0): Record<string, unknown> {
  const error = system.errors[index]!;
  return buildExampleResponse(system.data.response, error, absoluteUrl(error.path, site));
}

/** Every example of every error of the catalog, with the errors of each system's validator. */
function invalidExamples(catalog: Catalog) {
  const ajv = newAjv();
  return catalog.systems.flatMap((system) => {
    const validate = ajv.compile(responseJsonSchema(system, site));
    return system.errors.flatMap((error) => {
      const example = buildExampleResponse(system.data.response, error, absoluteUrl(error.path, site));
      return validate(example) ? [] : [{ file: error.filePath, example, problems: validate.errors }];
    });
  });
}

const problemJson = buildCatalog(
  [
    shopSystem({
      response: {
        mediaType: "application/problem+json",
        documented: true,
        template: {
          status: "$status",
          code: "$code:number",
          title: "$title",
          type: "$url",
          detail: "$field:detail",
          _links: {
            up: { title: "Shop Home Page", href: "https://shop.example.com" },
            describedby: { title: "Error Description", href: "$url" },
          },
        },
        link: { pointer: "/type", documented: true },
        fields: [{ name: "detail", description: "The object the error occurred on." }],
      },
    }),
  ],
  [
    shopError("shop/101.md", { fields: { detail: "the order id" } }),
    shopError("shop/102.md", { code: "102", title: "Order closed", status: 409 }),
    shopError("shop/201.md", { code: "201", title: "Card declined", status: 402, category: "payments" }),
  ],
).system("shop")!;

const stringCodes = {
  codeScheme: { kind: "string", pattern: "[A-Za-z]+", description: "a PascalCase word" },
  categories: [{ id: "users", name: "Users" }],
};

const errorObject = buildCatalog(
  [
    shopSystem(
      {
        ...stringCodes,
        response: {
          documented: true,
          template: { error: { status: "$status", message: "$message", code: "$code" } },
          link: { pointer: "/error/doc_url", documented: false },
        },
      },
      "sso",
    ),
  ],
  [
    shopError("sso/email-already-exists.md", {
      code: "EmailAlreadyExists",
      title: "Email already exists",
      status: 409,
      category: "users",
      message: "This email is already in use.",
    }),
    shopError("sso/group-not-found.md", { code: "GroupNotFound", title: "Group not found", category: "users" }),
  ],
).system("sso")!;

const mqtt = buildCatalog(
  [
    shopSystem(
      {
        codeScheme: {
          kind: "string",
          pattern: "[A-Z][A-Z_]*|validation-[a-z-]+",
          description: "UPPER_SNAKE, or validation-<words>",
        },
        categories: [{ id: "player", name: "Player" }],
        response: {
          transport: "mqtt",
          documented: true,
          template: { status: "error", error_code: "$code", message: "$message" },
          link: { pointer: "/doc_url", documented: false },
          fields: [{ name: "error_code", description: "The error code." }],
        },
      },
      "player-mqtt",
    ),
  ],
  [
    shopError("player-mqtt/not-found.md", {
      code: "NOT_FOUND",
      title: "Not found",
      status: undefined,
      category: "player",
    }),
    shopError("player-mqtt/validation-name-missing.md", {
      code: "validation-name-missing",
      apiCode: "VALIDATION_ERROR",
      title: "Name missing",
      message: "name is required",
      status: undefined,
      category: "player",
    }),
    shopError("player-mqtt/validation-size-too-big.md", {
      code: "validation-size-too-big",
      apiCode: "VALIDATION_ERROR",
      title: "Size too big",
      status: undefined,
      category: "player",
    }),
  ],
).system("player-mqtt")!;

const derived = buildCatalog(
  [
    shopSystem(
      {
        codeScheme: { kind: "derived", pattern: "auth-[45][0-9]{2}(-[a-z]+)+", description: "auth-<status>-<words>" },
        categories: [{ id: "auth", name: "Auth" }],
        response: {
          documented: true,
          template: { detail: "$message" },
          link: { pointer: "/type", documented: false },
        },
      },
      "player",
    ),
  ],
  [
    shopError("player/auth-401-user-not-found.md", {
      code: "auth-401-user-not-found",
      title: "User not found",
      message: "User not found",
      status: 401,
      category: "auth",
    }),
  ],
).system("player")!;

describe("responseJsonSchema", () => {
  it("mirrors a problem+json template with HAL links and numeric codes", () => {
    const schema = responseJsonSchema(problemJson, site);
    expect(schema).toMatchObject({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://errors.example.com/schemas/shop.json",
      title: "Shop API error response",
      type: "object",
      additionalProperties: true,
      required: ["status", "code", "title", "type", "_links"],
    });
    expect(schema.properties!.status).toMatchObject({ type: "integer", minimum: 400, maximum: 599 });
    expect(schema.properties!.code).toMatchObject({ type: "integer", enum: [101, 102, 201] });
    expect(schema.properties!.type).toMatchObject({ type: "string", format: "uri" });
    expect(schema.properties!.detail).toEqual({ type: "string", description: "The object the error occurred on." });
    const links = schema.properties!._links!;
    expect(links).toMatchObject({ type: "object", required: ["up", "describedby"], additionalProperties: true });
    expect(links.properties!.up!.properties).toEqual({
      title: { const: "Shop Home Page" },
      href: { const: "https://shop.example.com" },
    });
    expect(links.properties!.describedby!.properties!.href).toMatchObject({ type: "string", format: "uri" });
    expect(schema.description).toContain("`/type` links to the error's documentation page");
    expect(schema).toMatchSnapshot();
  });

  it("mirrors a nested {error: {…}} body and adds the undocumented link as an optional URI", () => {
    const schema = responseJsonSchema(errorObject, site);
    expect(schema.required).toEqual(["error"]);
    const error = schema.properties!.error!;
    expect(error).toMatchObject({
      type: "object",
      required: ["status", "message", "code"],
      additionalProperties: true,
    });
    expect(error.properties!.code).toMatchObject({ type: "string", enum: ["EmailAlreadyExists", "GroupNotFound"] });
    expect(error.properties!.doc_url).toMatchObject({ type: "string", format: "uri" });
    expect(schema.description).toContain("`/error/doc_url` is not part of the documented format");
    expect(schema).toMatchSnapshot();
  });

  it("keeps MQTT literals as const, has no status and enumerates the codes the API sends", () => {
    const schema = responseJsonSchema(mqtt, site);
    expect(schema.properties!.status).toEqual({ const: "error" });
    // apiCode, not errordex's own code, and each once.
    expect(schema.properties!.error_code).toMatchObject({ type: "string", enum: ["NOT_FOUND", "VALIDATION_ERROR"] });
    expect(schema.properties!.error_code!.description).toBe("The error code.");
    expect(schema.required).toEqual(["status", "error_code", "message"]);
    expect(schema.properties!.doc_url).toMatchObject({ type: "string", format: "uri" });
    expect(schema.description).toContain("sent as MQTT messages");
    expect(schema).toMatchSnapshot();
  });

  it("gives a derived-code system no code enum", () => {
    const schema = responseJsonSchema(derived, site);
    expect(schema.properties).toMatchObject({ detail: { type: "string" }, type: { type: "string", format: "uri" } });
    expect(schema.required).toEqual(["detail"]);
    expect(JSON.stringify(schema)).not.toContain('"enum"');
    expect(schema).toMatchSnapshot();

    // Even a template that shows a `$code` gets no enum: the API sends none of errordex's ids.
    const withCode = responseJsonSchema(
      { ...derived, data: { ...derived.data, response: { ...derived.data.response, template: { code: "$code" } } } },
      site,
    );
    expect(withCode.properties!.code).toEqual({ type: "string", description: "The error code." });
  });

  it("says when the body is errordex's suggestion", () => {
    const suggested = { ...errorObject, data: { ...errorObject.data, response: { ...errorObject.data.response } } };
    suggested.data.response.documented = false;
    expect(responseJsonSchema(suggested, site).description).toContain(
      "The system's documents do not show the body, so this format is errordex's suggestion",
    );
    expect(responseJsonSchema(errorObject, site).description).not.toContain("suggestion");
  });

  it("makes `$status` optional when some error has none, and `$field:…` always optional", () => {
    const template = { status: "$status", detail: "$field:detail", title: "$title" };
    const system = {
      ...problemJson,
      data: { ...problemJson.data, response: { ...problemJson.data.response, template } },
    };
    expect(responseJsonSchema(system, site).required).toEqual(["status", "title", "type"]);
    const someWithout = { ...system, errors: [...system.errors, { ...system.errors[0]!, status: null }] };
    expect(responseJsonSchema(someWithout, site).required).toEqual(["title", "type"]);
  });

  it("turns other literals, unknown placeholders and arrays into schemas the example matches", () => {
    const template = {
      version: 2,
      retry: false,
      extra: null,
      note: "$unknown",
      codes: ["$code:number", "$field:detail"],
      empty: [],
    };
    const system = {
      ...problemJson,
      data: { ...problemJson.data, response: { ...problemJson.data.response, template } },
    };
    const schema = responseJsonSchema(system, site);
    expect(schema.properties).toMatchObject({
      version: { const: 2 },
      retry: { const: false },
      extra: { const: null },
      note: { const: "$unknown" },
      codes: { type: "array", items: { anyOf: [{ type: "integer" }, { type: "string" }] } },
      empty: { type: "array" },
    });
    expect(schema.required).toEqual(["version", "retry", "extra", "note", "codes", "empty", "type"]);
    const validate = newAjv().compile(schema);
    for (const error of system.errors) {
      expect(validate(buildExampleResponse(system.data.response, error, absoluteUrl(error.path, site)))).toBe(true);
    }
  });

  it("adds a documented link missing from the template as required, creating objects on the way", () => {
    const response = {
      ...errorObject.data.response,
      template: { error: { code: "$code" } },
      link: { pointer: "/links/doc/href", documented: true },
    };
    const schema = responseJsonSchema({ ...errorObject, data: { ...errorObject.data, response } }, site);
    expect(schema.required).toEqual(["error", "links"]);
    expect(schema.properties!.links).toMatchObject({
      type: "object",
      required: ["doc"],
      properties: { doc: { type: "object", required: ["href"], properties: { href: { format: "uri" } } } },
    });
    const optional = responseJsonSchema(
      {
        ...errorObject,
        data: { ...errorObject.data, response: { ...response, link: { ...response.link, documented: false } } },
      },
      site,
    );
    expect(optional.required).toEqual(["error"]);
    expect(optional.properties!.links!.required).toBeUndefined();
  });

  it("leaves out an empty code enum for a system with no errors yet", () => {
    const schema = responseJsonSchema({ ...errorObject, errors: [] }, site);
    expect(schema.properties!.error!.properties!.code).toEqual({ type: "string", description: "The error code." });
  });

  it("validates every fixture example and rejects broken ones", () => {
    const ajv = newAjv();
    for (const system of [problemJson, errorObject, mqtt, derived]) {
      const validate = ajv.compile(responseJsonSchema(system, site));
      for (const error of system.errors) {
        const example = buildExampleResponse(system.data.response, error, absoluteUrl(error.path, site));
        expect(validate(example), `${system.id} ${error.code}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      }
    }
    const validate = ajv.getSchema(absoluteUrl(schemaPath("shop"), site))!;
    const good = exampleOf(problemJson);
    expect(validate({ ...good, code: 999 })).toBe(false);
    expect(validate({ ...good, code: "101" })).toBe(false);
    expect(validate({ ...good, status: 200 })).toBe(false);
    expect(validate({ ...good, type: "not a URL" })).toBe(false);
    expect(validate({ ...good, _links: { up: { title: "Elsewhere", href: "https://shop.example.com" } } })).toBe(false);
    expect(validate({ ...good, unknownField: "kept" })).toBe(true);
    expect(validate(without(good, "title"))).toBe(false);

    const validateMqtt = ajv.getSchema(absoluteUrl(schemaPath("player-mqtt"), site))!;
    expect(validateMqtt({ ...exampleOf(mqtt), status: "ok" })).toBe(false);
    expect(validateMqtt({ ...exampleOf(mqtt), error_code: "validation-name-missing" })).toBe(false);
  });
});

describe("the committed catalog", () => {
  const catalog = contentCatalog();

  it("has a schema for every system that its every example validates against", () => {
    expect(catalog.errors.length).toBeGreaterThan(0);
    expect(invalidExamples(catalog)).toEqual([]);
  });

  it("has schemas that reject broken examples of every system", () => {
    const ajv = newAjv();
    for (const system of catalog.systems) {
      const schema = responseJsonSchema(system, site);
      const validate = ajv.compile(schema);
      const good = exampleOf(system);
      const check = (broken: unknown, what: string) => expect(validate(broken), `${system.id}: ${what}`).toBe(false);

      for (const key of schema.required ?? []) check(without(good, key), `without ${key}`);
      for (const [pointer, placeholder] of placeholders(system.data.response.template)) {
        if (placeholder === "$status") check(withValue(good, pointer, 200), `status 200 at ${pointer}`);
        if (placeholder === "$code") check(withValue(good, pointer, "NO_SUCH_CODE"), `unknown code at ${pointer}`);
        if (placeholder === "$code:number") check(withValue(good, pointer, 99999), `unknown code at ${pointer}`);
        if (placeholder === "$url") check(withValue(good, pointer, "not a URL"), `bad URL at ${pointer}`);
      }
      check(withValue(good, system.data.response.link.pointer, 42), "a number as the link");
    }
  });

  it("enumerates exactly the codes the API sends", () => {
    for (const system of catalog.systems) {
      const codes = JSON.stringify(responseJsonSchema(system, site));
      for (const error of system.errors) {
        if (system.data.codeScheme.kind !== "derived") expect(codes).toContain(`${error.data.apiCode ?? error.code}`);
      }
    }
  });
});

/** [JSON Pointer, placeholder] of every placeholder in a template. */
function placeholders(value: unknown, pointer = ""): Array<[string, string]> {
  if (typeof value === "string") return value.startsWith("$") ? [[pointer, value]] : [];
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, inner]) => placeholders(inner, `${pointer}/${key}`));
}

/** A copy of `object` without `key`. */
function without<T extends object>(object: T, key: string): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([name]) => name !== key)) as Partial<T>;
}

/** A deep copy of `body` with `value` at `pointer`. */
function withValue(body: Record<string, unknown>, pointer: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  const keys = pointer.split("/").slice(1);
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
  return copy;
}
