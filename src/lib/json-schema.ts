import { compareCodes, type CatalogError, type CatalogSystem } from "./catalog-model";
import { absoluteUrl, schemaPath } from "./urls";

/**
 * JSON Schemas (draft 2020-12) of each system's error responses (`/schemas/<system>.json`), built
 * from the same response template as the example on every error page. (The schema of
 * `/catalog.json` is generated from its zod schema: catalog-json-schema.ts.)
 *
 * Because the schemas and the examples derive from the same template and the same errors, every
 * example the site shows validates against its system's schema; the tests check it for the whole
 * catalog.
 *
 * Every object schema has `additionalProperties: true`: APIs add fields to their error bodies
 * over time (problem+json extension members, HAL `_embedded`, development-mode `details`), and a
 * client that validates a response must not reject it for a field it does not know. (catalog.json,
 * errordex's own contract, is closed instead.)
 */

/** The dialect of every schema the site publishes. */
export const JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

type JsonType = "object" | "array" | "string" | "integer" | "number" | "boolean" | "null";

/** The subset of JSON Schema 2020-12 the generated schemas use. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: JsonType | JsonType[];
  const?: unknown;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

/** What the response schema needs of a system: its response shape and its errors. */
export interface SchemaSystem extends Pick<CatalogSystem, "id" | "name" | "data"> {
  errors: ReadonlyArray<Pick<CatalogError, "code" | "status" | "data">>;
}

/** HTTP error statuses: the only statuses an error response is sent with. */
const HTTP_ERROR_STATUS: JsonSchema = { type: "integer", minimum: 400, maximum: 599 };

const URI: JsonSchema = { type: "string", format: "uri" };

/**
 * The JSON Schema of a system's error response body, from its response template:
 *
 * - objects of the template become object schemas with the same properties, nested ones too;
 * - `$status` → integer 400–599; `$code:number` → integer, one of the system's numeric codes;
 *   `$code` → string, one of the codes the API sends (`apiCode ?? code`), except for systems
 *   whose API sends no code (`codeScheme.kind: derived`), where any string;
 * - `$title`, `$message` → string; `$url` → URI; `$field:<name>` → string;
 * - any other value (including an unknown `$…` string, which the example shows as it is) → `const`;
 * - arrays → arrays whose items match one of the template items' schemas.
 *
 * `required` lists the keys present in every error's example: a key whose placeholder has no
 * value for some error (`$field:<name>` always, `$status` when some error has no status) is
 * optional. When the template has no property at the system's link pointer, the page adds one
 * to the example: the schema adds it as a URI, required only when the API documents sending it
 * (`response.link.documented`).
 */
export function responseJsonSchema(system: SchemaSystem, site: URL | string): JsonSchema {
  const { response, codeScheme } = system.data;
  const emitted = system.errors.map((error) => error.data.apiCode ?? error.code);
  const codes = codeScheme.kind === "derived" ? undefined : [...new Set(emitted)].sort(compareCodes);
  const numericCodes = codes
    ?.map(Number)
    .filter(Number.isInteger)
    .sort((a, b) => a - b);
  const fieldDescriptions = new Map(response.fields.map((field) => [field.name, field.description]));

  const placeholder = (value: string): Described | undefined => {
    if (value.startsWith("$field:")) {
      return {
        schema: { type: "string", description: "Sent with some errors only; each error's page says what it carries." },
        always: false,
      };
    }
    switch (value) {
      case "$status":
        return {
          schema: { ...HTTP_ERROR_STATUS, description: "The HTTP status of the response." },
          always: system.errors.every((error) => error.status !== null),
        };
      case "$code":
        return { schema: withEnum({ type: "string", description: "The error code." }, codes), always: true };
      case "$code:number":
        return { schema: withEnum({ type: "integer", description: "The error code." }, numericCodes), always: true };
      case "$title":
        return { schema: { type: "string", description: "A short title of the error." }, always: true };
      case "$message":
        return { schema: { type: "string", description: "The error message." }, always: true };
      case "$url":
        return { schema: { ...URI, description: "The URL of the error's documentation page." }, always: true };
      default:
        return undefined;
    }
  };

  const describe = (value: unknown): Described => {
    if (typeof value === "string") return placeholder(value) ?? { schema: { const: value }, always: true };
    if (Array.isArray(value)) {
      const items = distinct(value.map((item) => describe(item).schema));
      return {
        schema: { type: "array", ...(items.length > 0 && { items: items.length === 1 ? items[0] : { anyOf: items } }) },
        always: true,
      };
    }
    if (value !== null && typeof value === "object") {
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const [key, inner] of Object.entries(value)) {
        const { schema, always } = describe(inner);
        properties[key] = schema;
        if (always) required.push(key);
      }
      return { schema: objectSchema(properties, required), always: true };
    }
    return { schema: { const: value ?? null }, always: true };
  };

  const body = describe(response.template).schema;
  addLink(body, response.link.pointer, response.link.documented);
  // The system's own words on its top-level fields beat the generic placeholder descriptions.
  for (const [key, schema] of Object.entries(body.properties ?? {})) {
    const own = fieldDescriptions.get(key);
    if (own !== undefined) schema.description = own;
  }

  const transport =
    response.transport === "http"
      ? "sent with an HTTP error status"
      : `sent as ${response.transport.toUpperCase()} messages`;
  const linkField = `\`${response.link.pointer}\``;
  const description = [
    `The body of ${system.name} error responses (${response.mediaType}), ${transport}.`,
    !response.documented
      ? `The system's documents do not show the body, so this format is errordex's suggestion: ${linkField} links to the error's documentation page.`
      : response.link.documented
        ? `${linkField} links to the error's documentation page.`
        : `${linkField} is not part of the documented format: errordex recommends adding it, to link each response to its error's documentation page.`,
    "Responses may carry further properties.",
  ]
    .filter(Boolean)
    .join(" ");

  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: absoluteUrl(schemaPath(system.id), site),
    title: `${system.name} error response`,
    description,
    ...body,
  };
}

interface Described {
  schema: JsonSchema;
  /** Whether the value is in every error's example. */
  always: boolean;
}

function withEnum(schema: JsonSchema, values: ReadonlyArray<string | number> | undefined): JsonSchema {
  // An empty `enum` would reject every value; a system with no errors yet gets no enum.
  return values === undefined || values.length === 0 ? schema : { ...schema, enum: [...values] };
}

function objectSchema(properties: Record<string, JsonSchema>, required: string[]): JsonSchema {
  // Open: APIs may add fields (see the module comment).
  return { type: "object", properties, ...(required.length > 0 && { required }), additionalProperties: true };
}

/**
 * Adds the link property at `pointer` when the template has none, creating objects on the way,
 * as buildExampleResponse does for the example. An existing property is kept.
 */
function addLink(body: JsonSchema, pointer: string, documented: boolean): void {
  const keys = pointer
    .split("/")
    .slice(1)
    .map((key) => key.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node = body;
  keys.forEach((key, index) => {
    const last = index === keys.length - 1;
    const properties = (node.properties ??= {});
    const existing = properties[key];
    if (last && existing !== undefined) return;
    if (!last && existing?.type === "object") {
      node = existing;
      return;
    }
    const added: JsonSchema = last
      ? {
          ...URI,
          description: documented
            ? "The URL of the error's documentation page."
            : "The URL of the error's documentation page. Not sent by the API yet: errordex recommends it.",
        }
      : objectSchema({}, []);
    properties[key] = added;
    if (documented && !node.required?.includes(key)) node.required = [...(node.required ?? []), key];
    node = added;
  });
}

function distinct(schemas: JsonSchema[]): JsonSchema[] {
  const seen = new Map(schemas.map((schema) => [JSON.stringify(schema), schema]));
  return [...seen.values()];
}
