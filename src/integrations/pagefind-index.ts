import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";

/**
 * Builds the Pagefind full-text index into `<outDir>/pagefind/` at the end of every build, so
 * `npm run build` always ships a search index that matches its pages. Only error pages are
 * indexed: they alone mark their content with `data-pagefind-body`.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: "errordex:pagefind-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const pagefind = await import("pagefind");
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        try {
          const outDir = fileURLToPath(dir);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
