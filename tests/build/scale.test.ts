/**
 * The scale path, small: synthetic catalogs of 50 and 500 errors (scripts/bench/) are built for
 * real. Every generated error must have its page, its entry and its message in the message index,
 * and error pages must not grow with the catalog (no page embeds the catalog). `npm run bench` measures the large sizes.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { generateCatalog } from "../../scripts/bench/synthetic-catalog";
import { messageKey, messageShard } from "../../src/lib/search/message-index";
import { LOCAL_BUILD_ENV } from "../../src/lib/local-site";

const run = promisify(execFile);
const WORK = "tests/fixtures/.build/scale";

interface Built {
  errors: Array<{ system: string; slug: string }>;
  site: string;
}

async function buildSynthetic(size: number): Promise<Built> {
  const root = join(WORK, String(size));
  rmSync(root, { recursive: true, force: true });
  const catalog = generateCatalog(size, 7);
  const errors: Built["errors"] = [];
  for (const [path, content] of catalog.files) {
    const file = join(root, "content", path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    const match = /^errors\/([^/]+)\/([^/]+)\.mdx?$/.exec(path);
    if (match) errors.push({ system: match[1]!, slug: match[2]! });
  }
  await run("npx", ["astro", "build"], {
    env: {
      ...process.env,
      CONTENT_DIR: join(root, "content"),
      OUT_DIR: join(root, "site"),
      CACHE_DIR: join(root, "cache"),
      // A test build: local URLs on purpose, as `npm start` builds (src/lib/local-site.ts).
      [LOCAL_BUILD_ENV]: "1",
      ASTRO_TELEMETRY_DISABLED: "1",
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { errors, site: join(root, "site") };
}

function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".html"))
    .map((path) => join(dir, path));
}

describe("a synthetic catalog at 50 and 500 errors", () => {
  it("builds every error's page and search entry, and pages do not grow with the catalog", async () => {
    const small = await buildSynthetic(50);
    const large = await buildSynthetic(500);

    for (const built of [small, large]) {
      const missing = built.errors.filter(
        ({ system, slug }) =>
          !existsSync(join(built.site, system, slug, "index.html")) ||
          !existsSync(join(built.site, system, `${slug}.json`)),
      );
      expect(missing, `errors without a page or entry in ${built.site}`).toEqual([]);
      const catalog = JSON.parse(readFileSync(join(built.site, "catalog.json"), "utf8")) as {
        errors: Array<{ path: string; message: string | null }>;
      };
      expect(catalog.errors).toHaveLength(built.errors.length);
      // A pasted message finds its page through the message index, under the shard of its key.
      const unindexed = catalog.errors.filter(({ path, message }) => {
        if (message === null) return false;
        const shard = join(built.site, "search", "messages", `${messageShard(messageKey(message))}.json`);
        const rows = existsSync(shard) ? (JSON.parse(readFileSync(shard, "utf8")) as Array<{ path: string }>) : [];
        return !rows.some((row) => row.path === path);
      });
      expect(unindexed, `errors whose message is not in the message index of ${built.site}`).toEqual([]);
    }

    const pageWeight = (built: Built) =>
      median(built.errors.map(({ system, slug }) => gzipBytes(join(built.site, system, slug, "index.html"))));
    const smallWeight = pageWeight(small);
    const largeWeight = pageWeight(large);
    // Ten times the errors: an error page may differ by its own content, not by the catalog's size.
    expect(largeWeight, `median error page: ${smallWeight} B gzip at 50 errors, ${largeWeight} B at 500`).toBeLessThan(
      smallWeight * 1.1,
    );
    expect(largeWeight).toBeLessThan(8 * 1024);

    // No page at all embeds the catalog: the largest grows far less than the catalog does.
    const largest = (built: Built) => Math.max(...htmlFiles(built.site).map(gzipBytes));
    expect(largest(large)).toBeLessThan(largest(small) * 5);
    expect(statSync(join(large.site, "catalog.json")).size).toBeGreaterThan(
      statSync(join(small.site, "catalog.json")).size,
    );
  });
});
