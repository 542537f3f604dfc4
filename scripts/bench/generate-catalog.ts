/**
 * Writes a synthetic catalog folder for benchmarks and scale tests:
 *
 *   npx tsx scripts/bench/generate-catalog.ts --errors 10000 --out bench-out/10000/content [--seed 1]
 *
 * Build it with `CONTENT_DIR=<out> npm run build`. Prints one JSON line: the counts and ~40
 * realistic queries, each with the page it should find.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { generateCatalog } from "./synthetic-catalog.ts";

const { values } = parseArgs({
  options: { errors: { type: "string" }, out: { type: "string" }, seed: { type: "string", default: "1" } },
});
if (!values.errors || !values.out) {
  console.error("usage: generate-catalog.ts --errors <n> --out <dir> [--seed <s>]");
  process.exit(2);
}
const catalog = generateCatalog(Number(values.errors), Number(values.seed));
rmSync(values.out, { recursive: true, force: true });
for (const [path, content] of catalog.files) {
  const file = join(values.out, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}
console.log(
  JSON.stringify({ errors: catalog.errors, systems: catalog.systems, mdx: catalog.mdx, queries: catalog.queries }),
);
