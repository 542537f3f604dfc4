import { z } from "astro/zod";
import { strictObject } from "./strict-object";
import { SLUG_PATTERN } from "../lib/slug";

/** A lower-case, hyphenated identifier such as `data-manager` or `user-not-found`. */
export const slugSchema = z.string().regex(SLUG_PATTERN, {
  error: "must be lower-case words of a-z and 0-9 joined by single hyphens, e.g. `data-manager`",
});

/**
 * The characters of a path segment (RFC 3986 `pchar`, percent-escapes included): what every
 * host's redirect file can write. A space, a quote or a brace could end or nest a rule there.
 */
const SEGMENT = "[A-Za-z0-9._~!$&'()*+,;=:@%-]";
const SITE_PATH = new RegExp(`^/(?:${SEGMENT}+/)*${SEGMENT}*$`);

/** A site path something was published at before, e.g. `/hazizz/old-slug/`. */
export function oldPathSchema(example: string) {
  return z.string().regex(SITE_PATH, {
    error: `must be a site path starting with /, of letters, digits and - . _ ~ and the like (no spaces, quotes or braces), without query or fragment, e.g. ${example}`,
  });
}

/**
 * An old path with `{code}` or `{part}` in it, e.g. `/doc/errors/{code}`: a site path once the
 * placeholders are filled in.
 */
export const oldPathTemplateSchema = z
  .string()
  .regex(/\{(code|part)\}/, { error: "must contain {code} or {part}, e.g. /doc/errors/{code}" })
  .refine((template) => SITE_PATH.test(template.replaceAll(/\{(?:code|part)\}/g, "x")), {
    error:
      "must be a site path starting with /, of letters, digits and - . _ ~ and the like besides {code} and {part} (no spaces, quotes or other braces), e.g. /doc/errors/{code}",
  });

/** Non-empty text with no leading or trailing white space. */
export const textSchema = z.string().trim().min(1, { error: "must not be empty" });

/**
 * Required text whose messages say what to write, e.g. `is required: a short human title,
 * e.g. title: Order not found`.
 */
export function requiredText(what: string) {
  return z
    .string({
      error: (issue) => (issue.input === undefined ? `is required: ${what}` : `must be text: ${what}`),
    })
    .trim()
    .min(1, { error: `must not be empty: ${what}` });
}

/** Where an entry came from: the source document and the row in it, kept for provenance. */
export const sourceSchema = strictObject({
  /** File name of the source document under `content/sources/`. */
  document: z.string(),
  /** 1-based line of the row in that document. */
  line: z.number().int().positive().optional(),
  /** The row exactly as the document has it. */
  text: z.string().optional(),
  /** What the import did with the row's quirks, in plain words, shown on the page. */
  notes: z.array(textSchema).default([]),
});

/**
 * A day, YYYY-MM-DD. Astro's YAML reader turns an unquoted `2026-11-23` into a Date, so a Date
 * (at midnight UTC, as YAML reads a bare day) is taken back to its day: authors need not quote
 * dates.
 */
export function daySchema(what: string) {
  return z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z.iso.date({ error: `must be a date written YYYY-MM-DD: ${what}` }),
  );
}
