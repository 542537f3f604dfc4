import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { errorSchema } from "./schemas/error";
import { checkedGlob } from "./data/checked-glob";
import { CONTENT_DIR } from "./data/content-dir";
import { systemSchema } from "./schemas/system";

/** A system's id is its file name: `content/systems/data-manager.yaml` -> `data-manager`. */
const systems = defineCollection({
  loader: glob({
    pattern: "*.{yaml,yml,json}",
    base: `${CONTENT_DIR}/systems`,
    generateId: ({ entry }) => entry.replace(/\.(ya?ml|json)$/, ""),
  }),
  schema: systemSchema,
});

/**
 * An error's id is its path as written, extension included (`hazizz/31.md`): the default
 * re-slugs it, and without the extension `31.md` and `31.mdx` would share one id and one would
 * be dropped silently. The registry check compares the file name with the code. Bodies are read
 * from the files when needed (data/error-body.ts), not kept in the store Astro bundles.
 */
const errors = defineCollection({
  loader: checkedGlob({
    pattern: "**/*.{md,mdx}",
    base: `${CONTENT_DIR}/errors`,
    generateId: ({ entry }) => entry,
    retainBody: false,
  }),
  schema: errorSchema,
});

export const collections = { systems, errors };
