import { z } from "astro/zod";
import { strictObject } from "./strict-object";
import { oldPathSchema, oldPathTemplateSchema, slugSchema, sourceSchema, textSchema } from "./shared";

/**
 * A category groups a system's errors (the "error types" or code ranges its documents use).
 */
export const categorySchema = strictObject({
  /** Stable id that errors name in their `category` field, e.g. `auth`. */
  id: slugSchema,
  /** Display name, e.g. "Authentication". */
  name: textSchema,
  /** One or two sentences on what the category covers. */
  description: textSchema.optional(),
  /**
   * Inclusive range of numeric codes that belong here. For numeric code schemes only; the build
   * checks that every error in the category lies inside it.
   */
  range: z
    .object({ from: z.number().int().nonnegative(), to: z.number().int().nonnegative() })
    .refine((r) => r.from <= r.to, { error: "`from` must not be greater than `to`" })
    .optional(),
});

/** How a system's codes look, so the build can reject a code that cannot be one of them. */
export const codeSchemeSchema = strictObject({
  /**
   * `numeric`: the API sends numbers. `string`: the API sends string codes. `derived`: the API
   * sends no code at all; errordex gives each error a stable, readable id instead.
   */
  kind: z.enum(["numeric", "string", "derived"]),
  /** Regular expression (JavaScript syntax, anchored by the build) every code must match. */
  pattern: z.string().refine(
    (source) => {
      try {
        new RegExp(source);
        return true;
      } catch {
        return false;
      }
    },
    { error: "is not a valid JavaScript regular expression" },
  ),
  /** The scheme in words, quoted in build errors, e.g. "four digits, the first being 2". */
  description: textSchema,
  /**
   * The prefix every code starts with when it identifies the system (the `2` of the Data
   * Manager's `2202`). Search then also finds a code by the rest (`202`).
   */
  prefix: z.string().min(1).optional(),
});

/** A JSON Pointer (RFC 6901) into the response body, e.g. `/error/code`. */
const jsonPointerSchema = z.string().regex(/^(\/[^/]+)+$/, {
  error: "must be a JSON Pointer such as `/error/code`",
});

/**
 * The shape of the system's error response. The example on every error page is built from
 * `template`, so it is always in the system's own format.
 */
export const responseSchema = strictObject({
  /** `http` for HTTP APIs; `mqtt` for errors sent as MQTT messages (they have no HTTP status). */
  transport: z.enum(["http", "mqtt"]).default("http"),
  /** Media type of the body, e.g. `application/problem+json`. */
  mediaType: z.string().default("application/json"),
  /**
   * Whether the source documents describe this body. When false, the template is errordex's
   * suggestion and the page says so.
   */
  documented: z.boolean(),
  /**
   * The body, with placeholders that the page fills in: `$code` (string), `$code:number`,
   * `$status`, `$title`, `$message`, `$url` (this page's absolute URL) and `$field:<name>` (what
   * the error's `fields.<name>` says the field carries). A key whose placeholder has no value for
   * an error is left out of that error's example.
   */
  template: z.record(z.string(), z.unknown()),
  /**
   * Where the page URL goes in a response, so responses can link to their documentation.
   * `documented: false` when the API does not send such a link yet: the page then recommends it.
   */
  link: strictObject({ pointer: jsonPointerSchema, documented: z.boolean() }),
  /** Response fields worth explaining on every page of the system. */
  fields: z.array(strictObject({ name: textSchema, description: textSchema })).default([]),
});

/** What a client should do, as the system's own documents say. */
export const guidanceSchema = strictObject({
  /** Recovery action per HTTP status, e.g. `429: Wait and retry`. */
  statuses: z.record(z.string().regex(/^[45]\d\d$/), textSchema).default({}),
  /** Markdown shown on every 429 page of the system. */
  retry: textSchema.optional(),
  /** Rate limits, shown on every 429 page of the system. */
  rateLimits: z.array(strictObject({ operation: textSchema, limit: textSchema, window: textSchema })).default([]),
});

/**
 * Where the system's errors were documented before errordex, so those links keep working. Paths
 * are site paths on the host that serves errordex (for links on another host, serve errordex
 * there or have that host redirect to it).
 */
export const legacySchema = strictObject({
  /**
   * Old paths of each error's page. `{code}` is the error's code, `{part}` the code without the
   * system's `codeScheme.prefix`; e.g. `/doc/errors/{code}` -> `/doc/errors/2202`. Each becomes a
   * redirect to the error's page.
   */
  paths: z.array(oldPathTemplateSchema).default([]),
  /**
   * An old single-page document whose anchors named the errors: `page: /doc/errors/`,
   * `anchor: error-{part}` for links like `/doc/errors/#error-202`. errordex serves that page
   * with one entry per anchor, linking to the error's page in every system that shares it.
   */
  anchors: strictObject({
    page: z.string().regex(/^\/.*\/$/, { error: "must be a site path ending with /, e.g. /doc/errors/" }),
    anchor: z.string().regex(/\{(code|part)\}/, { error: "must contain {code} or {part}, e.g. error-{part}" }),
    /** The page's title, e.g. "entrecode error codes". */
    title: textSchema,
  }).optional(),
});

/**
 * A system is one service that emits errors. File: `content/systems/<id>.yaml`; the file name
 * is the id and the first segment of every URL of the system.
 */
export const systemSchema = strictObject({
  /** Display name, e.g. "Data Manager". */
  name: textSchema,
  /** One paragraph: what the system is and what its errors look like. */
  summary: textSchema,
  /** The system's own home page. */
  homepage: z.url().optional(),
  /** Where the system's catalog came from. */
  source: sourceSchema.optional(),
  codeScheme: codeSchemeSchema,
  response: responseSchema,
  categories: z.array(categorySchema).min(1, { error: "declare at least one category" }),
  guidance: guidanceSchema.default({ statuses: {}, rateLimits: [] }),
  /** Old documentation URLs that must keep landing on the right pages. */
  legacy: legacySchema.default({ paths: [] }),
  /** Paths the system's index page was published at before. */
  redirectFrom: z
    .array(
      oldPathSchema("/old-name/").refine((path) => path.endsWith("/"), {
        error: "must end with / (it was the address of an index page), e.g. /old-name/",
      }),
    )
    .default([]),
});

export type SystemData = z.infer<typeof systemSchema>;
export type Category = z.infer<typeof categorySchema>;
export type ResponseShape = z.infer<typeof responseSchema>;
