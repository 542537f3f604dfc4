// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import tailwindcss from "@tailwindcss/vite";
import { pagefindIndex } from "./src/integrations/pagefind-index.ts";

/**
 * The public origin every absolute URL on the site derives from (canonical links, the `type` /
 * `describedby` URLs in example responses, catalog.json). Set SITE_URL when deploying.
 */
const site = process.env.SITE_URL ?? "http://localhost:4321";

export default defineConfig({
  site,
  // Builds for tests and benchmarks go elsewhere, so they never overwrite the site `npm start` serves.
  outDir: process.env.OUT_DIR ?? "dist",
  trailingSlash: "ignore",
  build: { format: "directory" },
  integrations: [mdx(), pagefindIndex()],
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // MDX files that import .astro components each trigger this harmless warning.
          if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
          warn(warning);
        },
      },
    },
  },
});
