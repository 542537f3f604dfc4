import { glob } from "astro/loaders";
import type { Loader } from "astro/loaders";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CatalogValidationError } from "../lib/catalog-problem";
import { frontmatterProblem } from "../lib/frontmatter-check";
import { leanStore } from "./lean-store";

/**
 * Astro's glob loader for Markdown/MDX, preceded by a check that every file's frontmatter
 * parses, so a YAML slip fails with a message that names the file, the field and the fix. It
 * stores only the rendered metadata the site reads (lean-store.ts).
 */
export function checkedGlob(options: Parameters<typeof glob>[0] & { base: string }): Loader {
  const inner = glob(options);
  return {
    ...inner,
    name: "errordex-glob",
    load: async (context) => {
      const problems = readdirSync(options.base, { recursive: true, encoding: "utf8" })
        .filter((path) => /\.mdx?$/.test(path))
        .flatMap((path) => {
          const file = join(options.base, path);
          const problem = frontmatterProblem(readFileSync(file, "utf8"), file);
          return problem ? [problem] : [];
        });
      if (problems.length > 0) throw new CatalogValidationError(problems);
      return inner.load({ ...context, store: leanStore(context.store) });
    },
  };
}
