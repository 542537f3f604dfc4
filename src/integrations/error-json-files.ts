import type { AstroIntegration } from "astro";
import { mkdirSync, writeFileSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The build-only file src/pages/error-json.ndjson.ts renders: one ErrorJsonLine per line. */
export const ERROR_JSON_BUNDLE = "error-json.ndjson";

export interface ErrorJsonLine {
  /** Site path of the entry: `/<system>/<slug>.json`. */
  path: string;
  /** The file's content. */
  text: string;
}

/**
 * Writes every error's JSON entry (`/<system>/<slug>.json`) at the end of a build, from the one
 * bundle the site rendered, then deletes the bundle. As 10,000 routes of their own, the entries
 * went through Astro's whole request pipeline one by one; written here in one pass they cost
 * little more than creating the files (docs/performance.md).
 */
export function errorJsonFiles(): AstroIntegration {
  return {
    name: "errordex:error-json-files",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const bundle = join(outDir, ERROR_JSON_BUNDLE);
        let text: string;
        try {
          text = await readFile(bundle, "utf8");
        } catch {
          throw new Error(
            `${ERROR_JSON_BUNDLE} is missing from ${outDir}: src/pages/error-json.ndjson.ts renders it, and the JSON entry of every error is written from it.`,
          );
        }
        const lines = text.split("\n").filter((line) => line !== "");
        const files = lines.map((line) => JSON.parse(line) as ErrorJsonLine);
        for (const { path } of files) {
          if (!/^\/[a-z0-9-]+\/[a-z0-9-]+\.json$/.test(path)) throw new Error(`${ERROR_JSON_BUNDLE}: bad path ${path}`);
        }
        // One file after another: on this 2-core machine parallel writes were no faster and
        // doubled the system time (file creation contends in the kernel).
        for (const folder of new Set(files.map(({ path }) => dirname(join(outDir, path))))) {
          mkdirSync(folder, { recursive: true });
        }
        for (const file of files) writeFileSync(join(outDir, file.path), file.text);
        await rm(bundle);
        logger.info(`wrote ${files.length} error JSON files in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
