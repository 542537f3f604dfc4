import { z } from "astro/zod";
import { strictObject } from "./strict-object";
import { isHttpErrorStatus } from "../lib/http-status";
import { daySchema, oldPathSchema, requiredText, slugSchema, sourceSchema, textSchema } from "./shared";

/**
 * The code, exactly as the API emits it. YAML reads `code: 31` as a number, so the message says
 * to quote it rather than just "expected string".
 */
const codeSchema = z
  .string({
    error: (issue) =>
      typeof issue.input === "number"
        ? `is the number ${issue.input}; quote it so the code stays exactly as written: code: "${issue.input}"`
        : issue.input === undefined
          ? 'is required: the code exactly as the API emits it, e.g. code: "2202"'
          : "must be a string: the code exactly as the API emits it",
  })
  .trim()
  .min(1, { error: "must not be empty" });

const statusSchema = z
  .number({ error: "must be an HTTP status number such as 404 (leave it out for non-HTTP errors)" })
  .int()
  .refine(isHttpErrorStatus, {
    error: (issue) =>
      `${String(issue.input)} is not an HTTP error status; use a registered 4xx or 5xx status such as 400, 404 or 500 (leave it out for errors that are not sent over HTTP)`,
  });

/** Whether the error is still emitted. */
export const lifecycleSchema = strictObject({
  /**
   * `active`: emitted today. `unused`: defined but not emitted (still documented, since old
   * clients may know it). `deprecated`: still emitted but being phased out. `retired`: no
   * longer emitted; the page stays as a tombstone, because responses already sent link to it.
   */
  state: z.enum(["active", "unused", "deprecated", "retired"]),
  /** Why, and what to use instead. Shown in the page's banner. */
  note: textSchema.optional(),
  /**
   * When the error was deprecated or retired (YYYY-MM-DD): the day `/changes.json` lists it
   * under. Required for `retired`.
   */
  since: daySchema("the day the error was deprecated or retired").optional(),
  /** The error that replaces this one: a code of the same system, or `<system>/<code>`. */
  replacedBy: textSchema.optional(),
}).refine((lifecycle) => lifecycle.state !== "retired" || (lifecycle.since && lifecycle.note), {
  error: "a retired error needs `since` (the date, YYYY-MM-DD) and a `note` saying why and what replaces it",
});

/**
 * One error code of one system. File: `content/errors/<system>/<slug>.md` (or `.mdx`), where
 * `<slug>` is the code's slug (see `codeToSlug`). The body explains the error: what it means,
 * causes, what to do.
 */
export const errorSchema = strictObject({
  /**
   * The code exactly as the API emits it: `"2202"`, `"user:not_found"`, `"EmailAlreadyExists"`.
   * For systems whose API sends no code (`codeScheme.kind: derived`), a stable readable id.
   */
  code: codeSchema,
  /** Short human title, e.g. "Missing property in query string". */
  title: requiredText("a short human title, e.g. title: Missing property in query string"),
  /**
   * HTTP status sent with the error. Leave it out for errors not sent over HTTP (MQTT); write
   * `status: null` for an HTTP error whose documents do not state its status (never guess one).
   */
  status: statusSchema.nullable().optional(),
  /** Id of one of the system's categories. */
  category: z
    .string({ error: "is required: the id of one of the system's categories, e.g. category: auth" })
    .pipe(slugSchema),
  /** The message text the API returns, when the documents give it. */
  message: textSchema.optional(),
  /**
   * What the API puts in its code field, when that differs from `code`: several errors that
   * share one emitted code (told apart by their message) each get their own `code`.
   */
  apiCode: textSchema.optional(),
  /** What response fields carry for this error, e.g. `detail: the property that is missing`. */
  fields: z.record(z.string(), textSchema).default({}),
  lifecycle: lifecycleSchema.default({ state: "active" }),
  /**
   * The day the error joined the catalog (YYYY-MM-DD): `/changes.json` and its feed list it as
   * added on that day. Written, not read from git history, which shallow clones cut short. An
   * error without it is not listed as added (the changelog counts such errors as undated).
   */
  added: daySchema("the day the error joined the catalog").optional(),
  /** Related errors: a code of the same system, or `<system>/<code>` for another system. */
  related: z.array(textSchema).default([]),
  /**
   * Overrides the URL slug. Only for the rare code whose derived slug collides with another;
   * a published slug must never change.
   */
  slug: slugSchema.optional(),
  /**
   * Paths this error's page was published at before (after a rename or a move). Each becomes a
   * redirect to the page, so links already sent keep working.
   */
  redirectFrom: z.array(oldPathSchema("/hazizz/old-slug/")).default([]),
  /** Provenance: the document and row this entry was imported from. */
  source: sourceSchema.optional(),
});

export type ErrorData = z.infer<typeof errorSchema>;
export type Lifecycle = z.infer<typeof lifecycleSchema>;
