/**
 * The second half of `npm run build`: writes the Pagefind full-text index of a built site into
 * `<site>/pagefind/`, so the site always ships a search index that matches its pages.
 *
 *   node scripts/index-search.ts [site folder]     # default: $OUT_DIR, else dist
 *   node scripts/index-search.ts --pagefind-only …  # Pagefind's index only (the bench's floor,
 *                                                  # a site without errordex's code index)
 *
 * It runs after `astro build` has exited rather than inside Astro's end-of-build hook: there,
 * Pagefind's memory added to what Astro's process still held (2.1 GB at 10,000 errors; see
 * docs/performance.md). Only error pages are indexed: they alone mark their content with
 * `data-pagefind-body`. Then it writes each error page's Pagefind id into the code index
 * (src/lib/search/pagefind-ids.ts). Pagefind runs in the environment of pagefind-env.ts. Run by
 * Node directly (no tsx): this file uses erasable TypeScript only.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { FRAGMENT_EXTENSION, fragmentId, fragmentPath, withPagefindIds } from "../src/lib/search/pagefind-ids.ts";
import { PAGEFIND_ENV } from "./pagefind-env.ts";

const { values: options, positionals } = parseArgs({
  options: { "pagefind-only": { type: "boolean", default: false } },
  allowPositionals: true,
});
const site = resolve(positionals[0] ?? process.env.OUT_DIR ?? "dist");
if (!existsSync(site)) {
  console.error(`index-search: there is no built site in ${site}. Run \`astro build\` first.`);
  process.exit(1);
}

const started = performance.now();
// Pagefind's binary, started by createIndex, inherits this process's environment.
Object.assign(process.env, PAGEFIND_ENV);
// Only the indexed part of each page is walked: 0.5 s less at 10,000 errors, the same index.
const { index, errors } = await pagefind.createIndex({ forceLanguage: "en", rootSelector: "[data-pagefind-body]" });
try {
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join("; ")}`);
  if (added.page_count === 0) throw new Error(`Pagefind found no page with data-pagefind-body in ${site}.`);
  const written = await index.writeFiles({ outputPath: join(site, "pagefind") });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  const indexed = performance.now();
  if (!options["pagefind-only"]) addPagefindIds(site);
  // scripts/bench.ts reads this line.
  console.log(
    `index-search: indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms ` +
      `(of which ${Math.round(performance.now() - indexed)} ms adding Pagefind ids to the code index)`,
  );
} catch (error) {
  console.error(`index-search: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}

/**
 * Writes the Pagefind id of each code-index row's page into its shard, `/search/codes/<shard>.json`.
 * Synchronous reads: 0.3 s for 10,000 fragments, against 0.46 s with batches of promises.
 */
function addPagefindIds(site: string): void {
  const codes = join(site, "search", "codes");
  if (!existsSync(codes)) {
    throw new Error(
      `${codes} is missing, so there is no code index to add Pagefind ids to. Build the site with ` +
        "`npm run build`, or pass --pagefind-only for a site that has no code index.",
    );
  }
  const fragments = join(site, "pagefind", "fragment");
  const ids = new Map<string, string>();
  for (const file of readdirSync(fragments).filter((name) => name.endsWith(FRAGMENT_EXTENSION))) {
    const text = gunzipSync(readFileSync(join(fragments, file))).toString("utf8");
    ids.set(fragmentPath(text, `pagefind/fragment/${file}`), fragmentId(file));
  }
  for (const file of readdirSync(codes).filter((name) => name.endsWith(".json"))) {
    const shard = `search/codes/${file}`;
    let rows: unknown;
    try {
      rows = JSON.parse(readFileSync(join(codes, file), "utf8"));
    } catch (error) {
      throw new Error(`${shard} is not JSON (${(error as Error).message}); rebuild the site with \`npm run build\`.`);
    }
    if (!Array.isArray(rows))
      throw new Error(`${shard} is not a list of code-index rows; rebuild the site with \`npm run build\`.`);
    writeFileSync(join(codes, file), JSON.stringify(withPagefindIds(rows, ids, shard)));
  }
}
