// @ts-check
import { defineConfig } from "astro/config";
import tailwindcss from "@tailwindcss/vite";
import { errordex } from "./src/integrations/errordex.ts";

export default defineConfig({
  /**
   * The site's public URL, from which every absolute URL derives (canonical links, the `type` /
   * `describedby` URLs in example responses, catalog.json, the sitemap). Set SITE_URL to build
   * for deploying; `npm start` builds with local URLs. A URL with a path
   * (https://example.github.io/errors/) serves the site under that path: errordex() makes it
   * Astro's `base`.
   */
  site: process.env.SITE_URL,
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
  integrations: [
    // The site's own settings: src/schemas/site-config.ts documents every option.
    errordex({
      title: "errordex",
      description: "The error codes of five APIs, one stable page each: what the error means and what to do.",
      credits: false,
    }),
  ],
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
