// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import tailwindcss from "@tailwindcss/vite";
import { errorJsonFiles } from "./src/integrations/error-json-files.ts";
import { canonicalSitemap } from "./src/integrations/sitemap.ts";

/**
 * The public origin every absolute URL on the site derives from (canonical links, the `type` /
 * `describedby` URLs in example responses, catalog.json). Set SITE_URL when deploying.
 */
const site = process.env.SITE_URL ?? "http://localhost:4321";

export default defineConfig({
  site,
  // Builds for tests and benchmarks go elsewhere, so they never overwrite the site `npm start` serves.
  outDir: process.env.OUT_DIR ?? "dist",
  // Each test and benchmark build keeps its own content data store, so no build reads another's.
  cacheDir: process.env.CACHE_DIR ?? "./node_modules/.astro",
  trailingSlash: "ignore",
  build: {
    format: "directory",
    // Styles and scripts always ship as files, never inline: the Content-Security-Policy in
    // src/lib/deploy/site-headers.ts allows neither inline <style> nor inline <script>.
    inlineStylesheets: "never",
    // Renders the next pages while earlier ones are written to disk: at 10,000 errors route
    // generation went from 20 s to 10 s on 2 cores (docs/performance.md).
    concurrency: 4,
  },
  // Shiki colours code blocks with style="" attributes, which that policy also blocks; code
  // blocks in entries take the site's own `.prose pre` style instead.
  markdown: { syntaxHighlight: false },
  integrations: [mdx(), errorJsonFiles(), canonicalSitemap()],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Below this size Astro inlines a component's <script> into the page; 0 keeps every script external.
      assetsInlineLimit: 0,
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
