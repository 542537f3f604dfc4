/**
 * The second half of `npm run build`: writes the Pagefind full-text index of a built site into
 * `<site>/pagefind/`, so the site always ships a search index that matches its pages.
 *
 *   node scripts/index-search.ts [site folder]     # default: $OUT_DIR, else dist
 *
 * It runs after `astro build` has exited rather than inside Astro's end-of-build hook: there,
 * Pagefind's memory added to what Astro's process still held (2.1 GB at 10,000 errors; see
 * docs/performance.md). Only error pages are indexed: they alone mark their content with
 * `data-pagefind-body`. Run by Node directly (no tsx): this file uses erasable TypeScript only.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import * as pagefind from "pagefind";

const site = resolve(process.argv[2] ?? process.env.OUT_DIR ?? "dist");
if (!existsSync(site)) {
  console.error(`index-search: there is no built site in ${site}. Run \`astro build\` first.`);
  process.exit(1);
}

const started = performance.now();
// Only the indexed part of each page is walked: 0.5 s less at 10,000 errors, the same index.
const { index, errors } = await pagefind.createIndex({ forceLanguage: "en", rootSelector: "[data-pagefind-body]" });
try {
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join("; ")}`);
  if (added.page_count === 0) throw new Error(`Pagefind found no page with data-pagefind-body in ${site}.`);
  const written = await index.writeFiles({ outputPath: join(site, "pagefind") });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  // scripts/bench.ts reads this line.
  console.log(`index-search: indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  console.error(`index-search: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
