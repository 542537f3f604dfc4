// @ts-check
/**
 * The framework's floor for `npm run bench` (scripts/bench.ts): the same catalog built by a bare
 * Astro project (a title and the rendered body per error, nothing else: no layout, no CSS, no
 * scripts, no other pages), indexed by the same scripts/index-search.ts as the site. What
 * errordex costs beyond this is what errordex itself adds.
 *
 *   CONTENT_DIR=bench-out/1000/content OUT_DIR=bench-out/1000/floor \
 *     npx astro build --config scripts/bench/floor/astro.config.mjs && \
 *     node scripts/index-search.ts bench-out/1000/floor
 *
 * CONTENT_DIR, OUT_DIR and CACHE_DIR are read relative to the working directory, as the main
 * config reads them. Astro resolves relative paths in a config against the working directory,
 * not against `root`, so every path here is absolute.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";

const here = (/** @type {string} */ path) => fileURLToPath(new URL(path, import.meta.url));
const fromCwd = (/** @type {string} */ path) => resolve(process.cwd(), path);
const cacheDir = fromCwd(process.env.CACHE_DIR ?? "bench-out/.cache/floor");

export default defineConfig({
  root: here("."),
  srcDir: here("./src"),
  // There is no public/ folder: the floor ships nothing but its pages.
  publicDir: here("./public"),
  outDir: fromCwd(process.env.OUT_DIR ?? "bench-out/floor"),
  cacheDir,
  site: process.env.SITE_URL ?? "http://localhost:4397",
  build: { format: "directory" },
  markdown: { syntaxHighlight: false },
  integrations: [mdx()],
  vite: {
    // Vite's own cache would otherwise land in this folder (node_modules/.vite).
    cacheDir: `${cacheDir}/vite`,
    // The generated MDX entries import `~/components/content/Aside.astro`, as the main site's do.
    resolve: { alias: { "~": here("../../../src") } },
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
          warn(warning);
        },
      },
    },
  },
});
