import { resolve } from "node:path";
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

/** The catalog folder, relative to the working directory (as in src/data/content-dir.ts). */
const contentDir = resolve(process.cwd(), process.env.CONTENT_DIR ?? "content");

/** Every error file, Astro's plain glob loader, any frontmatter with a title. */
const errors = defineCollection({
  loader: glob({ pattern: "**/*.{md,mdx}", base: `${contentDir}/errors` }),
  schema: z.looseObject({ title: z.string() }),
});

export const collections = { errors };
