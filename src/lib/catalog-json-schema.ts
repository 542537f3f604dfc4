import { z } from "astro/zod";
import { catalogJsonSchema } from "../schemas/catalog-json";
import { JSON_SCHEMA_DIALECT } from "./json-schema";
import { absoluteUrl, catalogSchemaPath } from "./urls";

/**
 * The JSON Schema of `/catalog.json` (`/schemas/catalog.json`), generated from the zod schema the
 * catalog's TypeScript type is inferred from, so the published contract is the code's. Its
 * `$id` is the URL it is served at, which every catalog.json names in `$schema`.
 */
export function catalogJsonSchemaDocument(site: URL | string): Record<string, unknown> {
  const generated = z.toJSONSchema(catalogJsonSchema, { target: "draft-2020-12", io: "output" });
  const { $schema: dialect, ...rest } = generated;
  if (dialect !== JSON_SCHEMA_DIALECT) {
    throw new Error(`z.toJSONSchema wrote the dialect ${String(dialect)}, not ${JSON_SCHEMA_DIALECT}.`);
  }
  return { $schema: JSON_SCHEMA_DIALECT, $id: absoluteUrl(catalogSchemaPath(), site), ...rest };
}
