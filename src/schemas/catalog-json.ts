import { z } from "astro/zod";
import { SLUG_PATTERN } from "../lib/slug";

/**
 * The shape of `/catalog.json`, the contract servers and tools rely on. The published JSON
 * Schema (`/schemas/catalog.json`) is generated from this schema, and the TypeScript type of
 * the generator's output is inferred from it, so the three cannot drift apart.
 */

/**
 * The contract's version. Raise it whenever a field is added, removed or changes meaning: the
 * schema is closed (no unknown fields), so a tool validating against an older one notices.
 * Version 1 (without `version`) had no `$schema`, `description`, `lifecycle` or `added`.
 */
export const CATALOG_JSON_VERSION = 2;

/**
 * What a tool needs to know of an error's life: whether it may still be sent, whether to move
 * to another code, whether it is gone. errordex's `unused` (defined but not sent) is `active`
 * here, with `unused: true`: the code is still valid and nothing replaces it. `retired` is
 * `removed`.
 */
export const CATALOG_LIFECYCLE_STATES = ["active", "deprecated", "removed"] as const;

const systemId = (description: string) => z.string().regex(SLUG_PATTERN).meta({ description });

const errorReference = z
  .strictObject({
    system: systemId("The id of the error's system."),
    code: z.string().min(1).meta({ description: "The code exactly as the API emits it." }),
    url: z.url().meta({ description: "The error's page." }),
  })
  .meta({ description: "Another error of the catalog." });

const systemRow = z.strictObject({
  id: systemId("The system id: the first segment of its URLs."),
  name: z.string().min(1).meta({ description: "Display name." }),
  url: z.url().meta({ description: "The system's index page." }),
  transport: z
    .enum(["http", "mqtt"])
    .meta({ description: "How the system sends its errors: over HTTP (with a status) or as MQTT messages." }),
});

const lifecycle = z.strictObject({
  state: z.enum(CATALOG_LIFECYCLE_STATES).meta({
    description:
      "active: a valid code (the API may send it; see `unused`). deprecated: still sent but being phased out; move to `replacedBy`. removed: no longer sent; its page stays, because responses already sent link to it.",
  }),
  since: z.iso.date().nullable().meta({
    description: "When the error was deprecated or removed; null when active or when the catalog does not say.",
  }),
  replacedBy: errorReference.nullable().meta({ description: "The error to use instead; null when none is named." }),
  note: z
    .string()
    .min(1)
    .nullable()
    .meta({ description: "Why, and what to do now; null when the catalog says nothing." }),
});

const errorRow = z.strictObject({
  system: systemId("The id of the error's system."),
  code: z.string().min(1).meta({ description: "The code exactly as the API emits it." }),
  status: z.int().min(400).max(599).nullable().meta({
    description:
      "The HTTP status sent with the error; null for an error not sent over HTTP (its system's transport says) or whose documents do not state its status.",
  }),
  title: z.string().min(1).meta({ description: "Short human title." }),
  description: z
    .string()
    .min(1)
    .meta({ description: "What the error means, in a sentence or two of plain text: the page's opening line." }),
  message: z
    .string()
    .nullable()
    .meta({ description: "The message text the API returns; null where the documents give none." }),
  category: systemId("The id of one of the system's categories."),
  lifecycle,
  added: z.iso
    .date()
    .nullable()
    .meta({ description: "The day the error joined the catalog; null when its entry gives no date." }),
  unused: z.boolean().meta({ description: "Whether the error is documented but not sent (unused or removed)." }),
  url: z.url().meta({ description: "The error's page: put it in error responses." }),
  path: z.string().regex(/^\//).meta({ description: "The same page as a site-relative path." }),
});

export const catalogJsonSchema = z
  .strictObject({
    $schema: z.url().meta({ description: "The URL of this document's JSON Schema." }),
    version: z.literal(CATALOG_JSON_VERSION).meta({ description: "The version of the catalog.json contract." }),
    title: z.string().min(1).meta({ description: "The documentation site's name." }),
    description: z.string().min(1).meta({ description: "One sentence about the documentation site." }),
    generated: z.iso.datetime().meta({ description: "When the catalog was built." }),
    systems: z.array(systemRow),
    errors: z.array(errorRow).meta({ description: "One row per error page." }),
  })
  .meta({
    title: "errordex catalog.json",
    description:
      "/catalog.json: every error with the URL of its documentation page, for servers and tools. One row per error page, nothing else.",
  });

export type CatalogJson = z.output<typeof catalogJsonSchema>;
export type CatalogJsonError = CatalogJson["errors"][number];
export type CatalogJsonLifecycle = CatalogJsonError["lifecycle"];
export type CatalogJsonReference = z.output<typeof errorReference>;
