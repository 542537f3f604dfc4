import { z } from "astro/zod";
import { strictObject } from "./strict-object";

/** Text of one line: not empty, no line breaks. */
const lineSchema = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `is required: ${what}` : `must be text: ${what}`) })
    .trim()
    .min(1, { error: `must not be empty: ${what}` })
    .refine((text) => !/[\r\n]/.test(text), { error: `must be one line: ${what}` });

/** A group of words readers use for one idea, e.g. `["sign up", "register"]`. */
const synonymGroupSchema = z
  .array(z.string().trim().min(1, { error: "must not be empty: a word or phrase" }), {
    error: 'must be a list of words or phrases that mean the same, e.g. ["sign up", "register"]',
  })
  .min(2, { error: 'needs two or more words or phrases that mean the same, e.g. ["sign up", "register"]' });

/**
 * The options of `errordex()` in `astro.config.mjs`: what a team sets to make the site its own.
 * Everything else comes from the catalog under `content/`.
 */
export const siteConfigSchema = strictObject(
  {
    /**
     * The site's name: the header, the end of every page's `<title>`, link previews, the search
     * page and `catalog.json`. E.g. `title: "Acme API errors"`.
     */
    title: lineSchema('the site\'s name, e.g. title: "Acme API errors"'),
    /**
     * One sentence about the site, for the home page's description and link preview, and
     * `catalog.json`. Defaults to a sentence built from the title.
     */
    description: lineSchema("one sentence about the site").optional(),
    /** An image shown before (or instead of) the title in the header. */
    logo: strictObject({
      /**
       * The image's path on the site, a file under `public/`, e.g. `/logo.svg`. Served from the
       * site itself: the Content-Security-Policy allows no image from elsewhere.
       */
      src: z
        .string({ error: "must be the image's path under public/, e.g. /logo.svg" })
        .regex(/^\/[^/]/, { error: "must be a path under public/ starting with one /, e.g. /logo.svg" }),
      /** What the image says, for readers who cannot see it. Leave empty when the title is shown too. */
      alt: z.string().default(""),
      /** Whether the logo replaces the title text in the header (the title stays in `<title>`). */
      replacesTitle: z.boolean().default(false),
    }).optional(),
    /**
     * "Edit this page" links on error pages: `baseUrl` joined with the entry's path from the
     * project's root, e.g. `https://github.com/acme/errors/edit/main/` gives
     * `…/edit/main/content/errors/billing/card-declined.md`.
     */
    editLink: strictObject({
      baseUrl: z
        .url({ error: "must be an absolute URL ending in /, e.g. https://github.com/acme/errors/edit/main/" })
        .refine((url) => url.endsWith("/"), {
          error: "must end in / so the entry's path joins it, e.g. https://github.com/acme/errors/edit/main/",
        }),
    }).optional(),
    /** A line of text at the foot of every page, e.g. who runs the API and how to reach them. */
    footer: lineSchema("a line for the foot of every page").optional(),
    /** Adds "Built with errordex" to the footer. */
    credits: z.boolean().default(false),
    /** How search reads what readers type. */
    search: strictObject({
      /**
       * Groups of words and phrases readers use for one idea, searched for one another in a
       * support ticket's words: `[["sign up", "register"], ["workspace", "team"]]`. Added to
       * errordex's own groups of API vocabulary unless `defaultSynonyms` is false.
       */
      synonyms: z.array(synonymGroupSchema).default([]),
      /** Whether errordex's own groups of API vocabulary (src/lib/search/synonyms.ts) apply. */
      defaultSynonyms: z.boolean().default(true),
    }).default({ synonyms: [], defaultSynonyms: true }),
  },
  'options, e.g. errordex({ title: "Acme API errors" })',
);

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;
