/**
 * `npm run bench`: how errordex scales, measured against the framework's floor on this machine.
 *
 * For each size N (default 1,000, 10,000 and 30,000 errors) it
 *   1. generates a synthetic catalog into bench-out/<N>/content (scripts/bench/generate-catalog.ts);
 *   2. builds errordex from it into bench-out/<N>/site-1, cold (new cache), as `npm run build`
 *      does: `astro build`, then scripts/index-search.ts (Pagefind); it times both and samples
 *      the peak RSS of each one's whole process tree;
 *   3. right after, builds the same content through the floor (scripts/bench/floor/: a bare Astro
 *      page with the title and the rendered body, indexed by the same script) into
 *      bench-out/<N>/floor-1, measured the same way (with --repeat: site-2, floor-2, …);
 *   4. analyses errordex's output: size, HTML files, error-page HTML (raw and gzip -9), the
 *      largest HTML page, the CSS and JS an error page loads;
 *   5. serves it with `astro preview` on port 4397 and, in Chromium, runs a first query from a
 *      cold page (counting the search-index bytes it fetches), then the generator's queries in
 *      place through the search form, three times on fresh pages (latency from data-search-ms:
 *      until results show, and until every result is in; top-1: whether the first result has the
 *      query's code or message).
 * Then it prints one table (rows: metrics, columns: sizes) and the budgets, pass or fail.
 *
 *   npm run bench                                  1,000, 10,000 and 30,000 errors, with floors
 *   npm run bench -- --sizes 1000,10000            other sizes
 *   npm run bench -- --skip-floor                  errordex only (no errordex / floor ratio)
 *   npm run bench -- --json bench-out/result.json  also write every number as JSON
 *   npm run bench -- --keep                        keep bench-out/<N>/ (content, builds) afterwards
 *   npm run bench -- --repeat 2                    build each twice, keep the faster (noisy machines)
 *
 * It is a benchmark, not a test: it exits 0 whatever the numbers, and 1 only when something
 * cannot be generated, built or served. Run nothing else on the machine meanwhile.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { cpus, totalmem } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";
import { gzip } from "node:zlib";
import { chromium, type Browser, type Page, type Response } from "@playwright/test";
import playwrightConfig from "../playwright.config";
import { median, percentile, runQuery, type QueryOutcome, type SearchQuery } from "../tests/search/evaluate";
import { ASTRO_BUILD_ENV } from "./astro-build-env";
import type { SyntheticQuery } from "./bench/synthetic-catalog";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BENCH_DIR = join(ROOT, "bench-out");
const PORT = 4397;
const BASE_URL = `http://localhost:${PORT}`;
const DEFAULT_SIZES = [1_000, 10_000, 30_000];
const ASTRO_CLI = join(ROOT, "node_modules/astro/bin/astro.mjs");
const TSX_CLI = join(ROOT, "node_modules/tsx/dist/cli.mjs");
const GENERATOR = join(ROOT, "scripts/bench/generate-catalog.ts");
const FLOOR_CONFIG = join(ROOT, "scripts/bench/floor/astro.config.mjs");
const INDEX_SCRIPT = join(ROOT, "scripts/index-search.ts");
const GNU_TIME = "/usr/bin/time";
const RSS_SAMPLE_MS = 200;
const SERVER_START_TIMEOUT_MS = 60_000;
/** How many times the in-place queries run, each time on a fresh page, for the latency rows. */
const LATENCY_PASSES = 3;
const QUERY_TIMEOUT_MS = 10_000;
const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

const gzipAsync = promisify(gzip);

class Fatal extends Error {}
class Interrupted extends Error {}

// ---------------------------------------------------------------------------------------------
// Processes: every child leads its own process group, so it and everything under it can be
// measured (RSS) and stopped together, also on errors and signals.
// ---------------------------------------------------------------------------------------------

const children = new Set<ChildProcess>();
let browser: Browser | undefined;
let cleanupPromise: Promise<void> | undefined;
let interrupted: number | null = null;

async function stopChild(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  signalGroup("SIGTERM");
  const stopped = await Promise.race([exited.then(() => true), new Promise((done) => setTimeout(done, 5000, false))]);
  if (!stopped) {
    signalGroup("SIGKILL");
    await Promise.race([exited, new Promise((done) => setTimeout(done, 2000))]);
  }
}

async function closeBrowser(open: Browser | undefined): Promise<void> {
  if (!open) return;
  await Promise.race([open.close().catch(() => undefined), new Promise((done) => setTimeout(done, 5000))]);
}

/** Closes the browser and stops every process this script started; safe to call repeatedly. */
function cleanup(): Promise<void> {
  cleanupPromise ??= (async () => {
    const open = browser;
    browser = undefined;
    await Promise.all([closeBrowser(open), ...[...children].map(stopChild)]);
  })();
  return cleanupPromise;
}

for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
  ["SIGHUP", 129],
] as const) {
  process.on(signal, () => {
    if (interrupted === null) console.error(`\n${signal}: stopping builds, the server and the browser …`);
    interrupted ??= code;
    void cleanup().finally(() => process.exit(code));
  });
}

function checkInterrupted(): void {
  if (interrupted !== null) throw new Interrupted();
}

const PAGE_SIZE = (() => {
  try {
    return Number(execFileSync("getconf", ["PAGESIZE"], { encoding: "utf8" }).trim()) || 4096;
  } catch {
    return 4096;
  }
})();

/** Resident memory of every process in a process group, by command name, from /proc (Linux). */
function groupRss(pgid: number): Record<string, number> {
  const byCommand: Record<string, number> = {};
  let names: string[];
  try {
    names = readdirSync("/proc");
  } catch {
    return byCommand;
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue;
    }
    // The command name may hold spaces and parentheses: the fields start after the last ")".
    // There, index 0 is field 3 (state), index 2 field 5 (pgrp), index 21 field 24 (rss, pages).
    const close = stat.lastIndexOf(")");
    const fields = stat.slice(close + 2).split(" ");
    if (Number(fields[2]) !== pgid) continue;
    const comm = stat.slice(stat.indexOf("(") + 1, close);
    // Node names its main thread "MainThread"; Pagefind's binary is pagefind or pagefind_extended.
    const command = /pagefind/i.test(comm) ? "pagefind" : /^(MainThread|node)$/.test(comm) ? "node" : comm;
    byCommand[command] = (byCommand[command] ?? 0) + Number(fields[21] ?? 0) * PAGE_SIZE;
  }
  return byCommand;
}

interface Measured {
  wallMs: number;
  /** Peak of the summed RSS of the process tree (its process group), sampled every RSS_SAMPLE_MS. */
  peakRss: number;
  /** The processes that made up the peak, by command name (e.g. node, and Pagefind's binary). */
  peakRssByCommand: Record<string, number>;
  /** GNU time's maximum RSS: the largest single process of the tree (null without /usr/bin/time). */
  maxProcessRss: number | null;
  /** User + system CPU time of the whole tree (GNU time; null without it): steadier than wall time on a busy machine. */
  cpuMs: number | null;
  output: string;
}

/**
 * Runs `node <args>` (the Node that runs this script, i.e. the project's pinned Node under
 * `npm run`) in its own process group under GNU time, logging its output to `logFile`.
 */
async function runMeasured(label: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<Measured> {
  checkInterrupted();
  mkdirSync(dirname(logFile), { recursive: true });
  const timeFile = `${logFile}.time`;
  rmSync(timeFile, { force: true });
  const withTime = existsSync(GNU_TIME);
  const [command, commandArgs] = withTime
    ? [GNU_TIME, ["-f", "%M %U %S", "-o", timeFile, process.execPath, ...args]]
    : [process.execPath, args];
  const log = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn(command, commandArgs, {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  children.add(child);
  const chunks: string[] = [];
  const keep = (chunk: Buffer) => {
    log.write(chunk);
    chunks.push(chunk.toString("utf8"));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let peakRss = 0;
  let peakRssByCommand: Record<string, number> = {};
  const sample = () => {
    if (child.pid === undefined) return;
    const byCommand = groupRss(child.pid);
    const total = Object.values(byCommand).reduce((sum, bytes) => sum + bytes, 0);
    if (total > peakRss) {
      peakRss = total;
      peakRssByCommand = byCommand;
    }
  };
  const sampler = setInterval(sample, RSS_SAMPLE_MS);
  const code = await new Promise<number | null>((done, fail) => {
    child.once("error", fail);
    child.once("close", (exitCode, signal) => done(signal ? null : exitCode));
  }).finally(() => {
    clearInterval(sampler);
    children.delete(child);
  });
  const wallMs = performance.now() - started;
  await new Promise<void>((done) => log.end(done));
  checkInterrupted();
  const output = chunks.join("");
  if (code !== 0) {
    const tail = output.trimEnd().split("\n").slice(-25).join("\n  ");
    throw new Fatal(`${label} failed (exit ${code ?? "by a signal"}); full log: ${relative(ROOT, logFile)}\n  ${tail}`);
  }
  let maxProcessRss: number | null = null;
  let cpuMs: number | null = null;
  if (withTime) {
    // "<max RSS KB> <user s> <system s>" on the last line (earlier lines: notes such as a signal).
    const [kb, user, system] = (readFileSync(timeFile, "utf8").trim().split("\n").pop() ?? "").split(" ").map(Number);
    if (Number.isFinite(kb)) maxProcessRss = kb! * KB;
    if (Number.isFinite(user) && Number.isFinite(system)) cpuMs = (user! + system!) * 1000;
  }
  // A short-lived peak can fall between two samples; the largest single process is a floor.
  return { wallMs, peakRss: Math.max(peakRss, maxProcessRss ?? 0), peakRssByCommand, maxProcessRss, cpuMs, output };
}

// ---------------------------------------------------------------------------------------------
// Generate and build
// ---------------------------------------------------------------------------------------------

interface Generated {
  errors: number;
  systems: number;
  mdx: number;
  queries: SyntheticQuery[];
  ms: number;
}

function parseGenerated(stdout: string): Omit<Generated, "ms"> {
  const line = stdout.trim().split("\n").pop() ?? "";
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    throw new Fatal(`The generator's last line is not JSON: ${line.slice(0, 200)}`);
  }
  const record = data as Partial<Generated>;
  if (
    typeof record.errors !== "number" ||
    typeof record.systems !== "number" ||
    typeof record.mdx !== "number" ||
    !Array.isArray(record.queries) ||
    !record.queries.every(
      (q) => typeof q?.q === "string" && typeof q?.expect === "string" && Array.isArray(q?.equivalent),
    )
  ) {
    throw new Fatal(`The generator's summary lacks errors, systems, mdx or queries: ${line.slice(0, 200)}`);
  }
  return { errors: record.errors, systems: record.systems, mdx: record.mdx, queries: record.queries };
}

async function generate(size: number, seed: string, dirs: Dirs): Promise<Generated> {
  const run = await runMeasured(
    "Generating the catalog",
    [TSX_CLI, GENERATOR, "--errors", String(size), "--out", dirs.content, "--seed", seed],
    {},
    join(dirs.logs, "generate.log"),
  );
  return { ...parseGenerated(run.output), ms: run.wallMs };
}

interface BuildResult {
  totalMs: number;
  pagefindMs: number;
  astroMs: number;
  pagefindPages: number;
  peakRss: number;
  peakRssByCommand: Record<string, number>;
  maxProcessRss: number | null;
  cpuMs: number | null;
  /** How many times it was built (--repeat); the times are the fastest build's, the RSS the largest. */
  runs: number;
}

const PAGEFIND_LINE = /indexed (\d+) pages in (\d+) ms/;

/**
 * One cold build as `npm run build` (scripts/build.ts) runs it: `astro build`, then, once Astro has exited,
 * scripts/index-search.ts. The build's time is the sum of the two, its peak RSS the larger.
 */
async function buildOnce(
  label: string,
  args: { astro: string[]; index: string[] },
  env: NodeJS.ProcessEnv & { OUT_DIR: string },
  logFile: string,
): Promise<BuildResult> {
  // The floor builds in the same environment, so the ratios measure errordex, not the allocator.
  const astro = await runMeasured(label, [ASTRO_CLI, "build", ...args.astro], { ...env, ...ASTRO_BUILD_ENV }, logFile);
  // build-errordex-2.log -> build-errordex-2-index.log
  const indexLog = logFile.replace(/\.log$/, "-index.log");
  const indexing = await runMeasured(
    `${label}'s search index`,
    [INDEX_SCRIPT, ...args.index, env.OUT_DIR],
    env,
    indexLog,
  );
  const match = PAGEFIND_LINE.exec(indexing.output);
  if (!match) throw new Fatal(`${label}: no "indexed N pages in X ms" line in ${relative(ROOT, indexLog)}.`);
  const larger = indexing.peakRss > astro.peakRss ? indexing : astro;
  return {
    totalMs: astro.wallMs + indexing.wallMs,
    // The indexer's whole run (Node's start-up included), not only the time Pagefind logs.
    pagefindMs: indexing.wallMs,
    astroMs: astro.wallMs,
    pagefindPages: Number(match[1]),
    peakRss: larger.peakRss,
    peakRssByCommand: larger.peakRssByCommand,
    maxProcessRss: Math.max(astro.maxProcessRss ?? 0, indexing.maxProcessRss ?? 0) || null,
    cpuMs: astro.cpuMs === null || indexing.cpuMs === null ? null : astro.cpuMs + indexing.cpuMs,
    runs: 1,
  };
}

/** One cold build, number `run`, into new output and cache folders (see Dirs). */
function build(
  label: string,
  args: { astro: string[]; index: string[] },
  dirs: { out: string; cache: string; content: string },
  logFile: string,
  run: number,
): Promise<BuildResult> {
  const env = { CONTENT_DIR: dirs.content, OUT_DIR: dirs.out, CACHE_DIR: dirs.cache, SITE_URL: BASE_URL };
  return buildOnce(label, args, env, logFile.replace(/\.log$/, `-${run}.log`));
}

/** Of two builds of the same thing: the faster one's times, the larger peak memory. */
function fasterOf(best: BuildResult | null, result: BuildResult): BuildResult {
  if (best === null) return result;
  const biggest = result.peakRss > best.peakRss ? result : best;
  const fastest = result.totalMs < best.totalMs ? result : best;
  return {
    ...fastest,
    peakRss: biggest.peakRss,
    peakRssByCommand: biggest.peakRssByCommand,
    maxProcessRss: Math.max(result.maxProcessRss ?? 0, best.maxProcessRss ?? 0) || null,
    runs: best.runs + 1,
  };
}

function buildErrordex(dirs: Dirs, run: number): Promise<BuildResult> {
  return build(
    "The errordex build",
    { astro: [], index: [] },
    { out: siteDir(dirs, run), cache: join(dirs.base, `cache-site-${run}`), content: dirs.content },
    join(dirs.logs, "build-errordex.log"),
    run,
  );
}

function buildFloor(dirs: Dirs, run: number): Promise<BuildResult> {
  return build(
    "The floor build",
    // Astro joins --config to the root (the working directory), so it must be relative. The
    // floor has Pagefind's index and nothing of errordex's own (no code index to add ids to).
    { astro: ["--config", relative(ROOT, FLOOR_CONFIG)], index: ["--pagefind-only"] },
    { out: join(dirs.base, `floor-${run}`), cache: join(dirs.base, `cache-floor-${run}`), content: dirs.content },
    join(dirs.logs, "build-floor.log"),
    run,
  );
}

// ---------------------------------------------------------------------------------------------
// The output, on disk
// ---------------------------------------------------------------------------------------------

interface Sized {
  raw: number;
  gzip: number;
}

interface OutputStats {
  bytes: number;
  files: number;
  htmlFiles: number;
  errorPages: number;
  errorPageMedian: Sized;
  errorPageMax: Sized & { path: string };
  largestHtml: Sized & { path: string };
  /** The largest file of any kind outside pagefind/ (its files are compressed already). */
  largestFile: Sized & { path: string };
  /** The most CSS and JS any error page loads (its stylesheets; its module scripts and their static imports). */
  css: Sized & { files: string[] };
  js: Sized & { files: string[] };
  /** How many different sets of stylesheets and scripts the error pages load. */
  assetSets: number;
}

function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Runs `work` over `items`, `limit` at a time (zlib's async calls run on the libuv thread pool). */
async function pooled<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function gzipSize(data: Buffer): Promise<number> {
  return (await gzipAsync(data, { level: 9 })).length;
}

const TEXT_FILE = /\.(html|css|js|mjs|json|txt|xml|svg|webmanifest)$|\/_redirects$|\/_headers$/;

/** Stylesheets and module scripts a page loads, as site paths. */
function pageAssets(html: string): { css: string[]; js: string[] } {
  const css = new Set<string>();
  const js = new Set<string>();
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    const href = /\shref="([^"]+)"/.exec(tag)?.[1];
    if (!href) continue;
    if (/\srel="stylesheet"/.test(tag)) css.add(href);
    else if (/\srel="modulepreload"/.test(tag)) js.add(href);
  }
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
    if (src) js.add(src);
  }
  return { css: [...css], js: [...js] };
}

/** Static imports (`import … from "./x.js"`, `import "./x.js"`, `export … from`) of a module; not import(). */
function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) {
    const specifier = match[1]!;
    if (specifier.startsWith("./") || specifier.startsWith("../") || specifier.startsWith("/")) found.push(specifier);
  }
  return found;
}

/** A site path (`/_astro/x.js`) as a file in `site`, or null for other origins. */
function siteFile(site: string, sitePath: string, from = "/"): string | null {
  let url: URL;
  try {
    url = new URL(sitePath, `http://site${from}`);
  } catch {
    return null;
  }
  if (url.host !== "site") return null;
  return join(site, decodeURIComponent(url.pathname));
}

async function assetBytes(site: string, paths: string[], followImports: boolean): Promise<Sized & { files: string[] }> {
  const seen = new Set<string>();
  const queue = [...paths.map((path) => ({ path, from: "/" }))];
  let raw = 0;
  let gz = 0;
  while (queue.length > 0) {
    const { path, from } = queue.shift()!;
    const file = siteFile(site, path, from);
    if (file === null) continue;
    const sitePath = `/${relative(site, file).split("\\").join("/")}`;
    if (seen.has(sitePath)) continue;
    seen.add(sitePath);
    if (!existsSync(file)) throw new Fatal(`An error page loads ${sitePath}, which the build did not write.`);
    const data = readFileSync(file);
    raw += data.length;
    gz += await gzipSize(data);
    if (followImports) {
      for (const specifier of staticImports(data.toString("utf8"))) queue.push({ path: specifier, from: sitePath });
    }
  }
  return { raw, gzip: gz, files: [...seen] };
}

async function analyseOutput(site: string): Promise<OutputStats> {
  const files = listFiles(site);
  let bytes = 0;
  for (const file of files) bytes += statSync(file).size;
  const sitePath = (file: string) => `/${relative(site, file).split("\\").join("/")}`;

  const catalog = JSON.parse(readFileSync(join(site, "catalog.json"), "utf8")) as { errors: Array<{ path: string }> };
  const errorFiles = new Set(catalog.errors.map((error) => join(site, error.path, "index.html")));
  for (const file of errorFiles)
    if (!existsSync(file)) throw new Fatal(`catalog.json lists ${file}, which is missing.`);

  const htmlFiles = files.filter((file) => file.endsWith(".html"));
  const textFiles = files.filter((file) => TEXT_FILE.test(file) && !sitePath(file).startsWith("/pagefind/"));
  const assetSets = new Map<string, { css: string[]; js: string[] }>();
  const sizes = await pooled(textFiles, 8, async (file) => {
    const data = readFileSync(file);
    const isError = errorFiles.has(file);
    if (isError) {
      const assets = pageAssets(data.toString("utf8"));
      assetSets.set(JSON.stringify(assets), assets);
    }
    return {
      path: sitePath(file),
      raw: data.length,
      gzip: await gzipSize(data),
      isError,
      isHtml: file.endsWith(".html"),
    };
  });

  const errorSizes = sizes.filter((s) => s.isError);
  if (errorSizes.length === 0) throw new Fatal(`No error pages in ${site}.`);
  const largest = <T extends Sized>(list: T[], key: keyof Sized) =>
    list.reduce((best, item) => (item[key] > best[key] ? item : best));
  const errorMax = largest(errorSizes, "gzip");
  const htmlMax = largest(
    sizes.filter((s) => s.isHtml),
    "gzip",
  );
  const fileMax = largest(sizes, "gzip");

  let css: Sized & { files: string[] } = { raw: 0, gzip: 0, files: [] };
  let js: Sized & { files: string[] } = { raw: 0, gzip: 0, files: [] };
  for (const assets of assetSets.values()) {
    const c = await assetBytes(site, assets.css, false);
    const j = await assetBytes(site, assets.js, true);
    if (c.gzip > css.gzip) css = c;
    if (j.gzip > js.gzip) js = j;
  }

  return {
    bytes,
    files: files.length,
    htmlFiles: htmlFiles.length,
    errorPages: errorSizes.length,
    errorPageMedian: {
      raw: median(errorSizes.map((s) => s.raw)) ?? 0,
      gzip: median(errorSizes.map((s) => s.gzip)) ?? 0,
    },
    errorPageMax: { raw: Math.max(...errorSizes.map((s) => s.raw)), gzip: errorMax.gzip, path: errorMax.path },
    largestHtml: { raw: htmlMax.raw, gzip: htmlMax.gzip, path: htmlMax.path },
    largestFile: { raw: fileMax.raw, gzip: fileMax.gzip, path: fileMax.path },
    css,
    js,
    assetSets: assetSets.size,
  };
}

// ---------------------------------------------------------------------------------------------
// Search, in Chromium
// ---------------------------------------------------------------------------------------------

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

async function startServer(site: string, logFile: string): Promise<ChildProcess> {
  if (await answers(`${BASE_URL}/`)) {
    throw new Fatal(`Something already answers on ${BASE_URL}; stop it first (the benchmark serves its builds there).`);
  }
  const child = spawn(
    process.execPath,
    [ASTRO_CLI, "preview", "--port", String(PORT), "--host", "localhost", "--ignore-lock"],
    {
      cwd: ROOT,
      env: { ...process.env, OUT_DIR: site, SITE_URL: BASE_URL, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  children.add(child);
  const log = createWriteStream(logFile);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited: string | null = null;
  child.once("exit", (code, signal) => {
    exited = signal ? `signal ${signal}` : `code ${code}`;
    children.delete(child);
  });
  child.once("error", (error) => {
    exited = error.message;
  });
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    checkInterrupted();
    if (exited !== null) throw new Fatal(`astro preview stopped (${exited}); see ${relative(ROOT, logFile)}.`);
    if (await answers(`${BASE_URL}/`)) return child;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Fatal(`astro preview did not answer on ${BASE_URL} within ${SERVER_START_TIMEOUT_MS / 1000} s.`);
}

interface Fetched extends Sized {
  requests: number;
}

interface SearchStats {
  firstQuery: string;
  /** data-search-ms of the first query, from a cold page (code and index not loaded yet). */
  firstQueryMs: number | null;
  /** What the first query fetched: Pagefind's files, the search data (/search/…), both; and scripts. */
  firstPagefind: Fetched;
  firstSearchData: Fetched;
  firstIndex: Fetched;
  firstScripts: Fetched;
  /** Every file the first query fetched from the site, the search page itself included. */
  firstFetched: FetchedFile[];
  /** Everything the index-side fetched by the end of all queries. */
  allQueriesIndex: Fetched;
  queries: number;
  errors: number;
  viaForm: number;
  /** Until results showed: an exact answer shows before the full-text results. */
  medianMs: number | null;
  p95Ms: number | null;
  maxMs: number | null;
  /** Until every result was in, exact answer and full text. */
  allMedianMs: number | null;
  allP95Ms: number | null;
  /** The five queries with the highest median latency over the passes: where p95 comes from. */
  slowest: Array<{ q: string; medianMs: number; allMedianMs: number }>;
  /** How many in-place queries the latency rows are over (LATENCY_PASSES runs of the queries). */
  latencySamples: number;
  top1: number;
  misses: Array<{ q: string; expect: string; got: string | null; error?: string }>;
}

type Kind = "pagefind" | "search-data" | "script" | "other";

interface FetchedFile extends Sized {
  kind: Kind;
  path: string;
}

/** Records every response of a page with its body size, raw and as a gzip -9 host would send it. */
function recordResponses(page: Page): { settled: () => Promise<FetchedFile[]> } {
  const pending: Array<Promise<FetchedFile | null>> = [];
  page.on("response", (response: Response) => {
    const url = new URL(response.url());
    if (url.origin !== BASE_URL) return;
    const path = url.pathname;
    const isDocument = response.request().resourceType() === "document";
    const kind: Kind = path.startsWith("/pagefind/")
      ? "pagefind"
      : path.startsWith("/search/") && !isDocument
        ? "search-data"
        : /\.m?js$/.test(path)
          ? "script"
          : "other";
    pending.push(
      response
        .body()
        .then(async (body) => ({ kind, path, raw: body.length, gzip: Math.min(body.length, await gzipSize(body)) }))
        .catch(() => null),
    );
  });
  return {
    settled: async () => (await Promise.all(pending)).filter((entry): entry is FetchedFile => entry !== null),
  };
}

function sum(entries: FetchedFile[], kinds: Kind[]): Fetched {
  const chosen = entries.filter((entry) => kinds.includes(entry.kind));
  return {
    raw: chosen.reduce((total, entry) => total + entry.raw, 0),
    gzip: chosen.reduce((total, entry) => total + entry.gzip, 0),
    requests: chosen.length,
  };
}

function slowestQueries(timed: QueryOutcome[]): SearchStats["slowest"] {
  const byQuery = new Map<string, QueryOutcome[]>();
  for (const outcome of timed) {
    if (outcome.ms === null) continue;
    byQuery.set(outcome.query.q, [...(byQuery.get(outcome.query.q) ?? []), outcome]);
  }
  return [...byQuery]
    .map(([q, samples]) => ({
      q,
      medianMs: median(samples.map((sample) => sample.ms!)) ?? 0,
      allMedianMs: median(samples.flatMap((sample) => (sample.allMs === null ? [] : [sample.allMs]))) ?? 0,
    }))
    .sort((a, b) => b.medianMs - a.medianMs)
    .slice(0, 5);
}

async function measureSearch(queries: Generated["queries"]): Promise<SearchStats> {
  if (queries.length === 0) throw new Fatal("The generator printed no queries.");
  const launchOptions = playwrightConfig.use?.launchOptions ?? {};
  browser ??= await chromium.launch({
    ...launchOptions,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const responses = recordResponses(page);
    const asQuery = (q: SyntheticQuery): SearchQuery => ({ q: q.q, expect: q.expect, kind: "message" });
    const equivalent = new Map(queries.map((q) => [q.q, new Set(q.equivalent)]));
    // Right when the first result has the query's code or message, whichever page that is.
    const firstIsRight = (outcome: QueryOutcome) =>
      outcome.hrefs[0] !== undefined && (equivalent.get(outcome.query.q)?.has(outcome.hrefs[0]) ?? false);

    // The first query is a message (words, not a code), so it goes to Pagefind, not only to the code lookup.
    const first = queries.find((q) => /\s/.test(q.q.trim())) ?? queries[0]!;
    const cold = await runQuery(page, BASE_URL, asQuery(first), { timeoutMs: 30_000 });
    if (cold.error !== undefined) throw new Fatal(`The first query ${JSON.stringify(first.q)} failed: ${cold.error}`);
    await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
    const afterFirst = await responses.settled();

    // Then every query in place, the first one last (the page already shows its results).
    const ordered = [...queries.filter((q) => q !== first), first];
    const outcomes: QueryOutcome[] = [];
    for (const query of ordered) {
      checkInterrupted();
      outcomes.push(await runQuery(page, BASE_URL, asQuery(query), { timeoutMs: QUERY_TIMEOUT_MS }));
    }
    await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
    const afterAll = await responses.settled();

    // Latency: the same in-place run again on fresh pages (new contexts, so nothing is cached),
    // for LATENCY_PASSES times as many samples: a p95 over ~40 queries is their second slowest.
    const timed = [...outcomes];
    for (let pass = 2; pass <= LATENCY_PASSES; pass++) {
      const fresh = await browser.newContext();
      try {
        const freshPage = await fresh.newPage();
        await runQuery(freshPage, BASE_URL, asQuery(first), { timeoutMs: 30_000 });
        for (const query of ordered) {
          checkInterrupted();
          timed.push(await runQuery(freshPage, BASE_URL, asQuery(query), { timeoutMs: QUERY_TIMEOUT_MS }));
        }
      } finally {
        await fresh.close().catch(() => undefined);
      }
    }
    const ms = timed.flatMap((outcome) => (outcome.ms === null ? [] : [outcome.ms]));
    const allMs = timed.flatMap((outcome) => (outcome.allMs === null ? [] : [outcome.allMs]));
    return {
      firstQuery: first.q,
      firstQueryMs: cold.ms,
      firstPagefind: sum(afterFirst, ["pagefind"]),
      firstSearchData: sum(afterFirst, ["search-data"]),
      firstIndex: sum(afterFirst, ["pagefind", "search-data"]),
      firstScripts: sum(afterFirst, ["script"]),
      firstFetched: afterFirst,
      allQueriesIndex: sum(afterAll, ["pagefind", "search-data"]),
      queries: outcomes.length,
      errors: outcomes.filter((outcome) => outcome.error !== undefined).length,
      viaForm: outcomes.filter((outcome) => outcome.via === "form").length,
      medianMs: median(ms),
      p95Ms: percentile(ms, 0.95),
      allMedianMs: median(allMs),
      allP95Ms: percentile(allMs, 0.95),
      latencySamples: ms.length,
      maxMs: ms.length > 0 ? Math.max(...ms) : null,
      slowest: slowestQueries(timed),
      top1: outcomes.filter(firstIsRight).length / outcomes.length,
      misses: outcomes
        .filter((outcome) => !firstIsRight(outcome))
        .map((outcome) => ({
          q: outcome.query.q,
          expect: String(outcome.query.expect),
          got: outcome.hrefs[0] ?? null,
          ...(outcome.error !== undefined && { error: outcome.error }),
        })),
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// One size
// ---------------------------------------------------------------------------------------------

/**
 * Where one size's files go. Every build gets new output and cache folders (site-1, floor-1,
 * cache-site-1, …), and nothing is deleted until the whole run is over: on ext4 without a
 * journal (this machine's disk), creating files within minutes of deleting many others scans
 * past every recently freed inode. Deleting the last build right before the next one made
 * that build's system time 3 to 4 times longer (7 s → 20 to 28 s at 10,000 errors), which
 * swamped the errordex / floor ratio.
 */
interface Dirs {
  base: string;
  content: string;
  logs: string;
}

function dirsFor(size: number): Dirs {
  const base = join(BENCH_DIR, String(size));
  return { base, content: join(base, "content"), logs: join(BENCH_DIR, "logs", String(size)) };
}

/** The output folder of errordex's build number `run`. */
function siteDir(dirs: Dirs, run: number): string {
  return join(dirs.base, `site-${run}`);
}

/** Folders to delete once the run is over (see Dirs): earlier runs' leftovers and, without --keep, this run's. */
const deleteWhenDone: string[] = [];

/** Moves a leftover folder out of the way now (a rename frees no inode) and deletes it at the end. */
function setAside(dir: string): void {
  if (!existsSync(dir)) return;
  const aside = join(BENCH_DIR, ".deleting", `${Date.now()}-${deleteWhenDone.length}-${basename(dir)}`);
  mkdirSync(dirname(aside), { recursive: true });
  renameSync(dir, aside);
  deleteWhenDone.push(aside);
}

function deleteSetAside(): void {
  for (const dir of deleteWhenDone.splice(0)) rmSync(dir, { recursive: true, force: true });
  rmSync(join(BENCH_DIR, ".deleting"), { recursive: true, force: true });
}

interface SizeResult {
  size: number;
  catalog: Omit<Generated, "queries"> & { queries: number };
  errordex: BuildResult;
  floor: BuildResult | null;
  output: OutputStats;
  search: SearchStats;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function benchSize(size: number, options: Options): Promise<SizeResult> {
  const dirs = dirsFor(size);
  setAside(dirs.base);
  setAside(dirs.logs);
  mkdirSync(dirs.logs, { recursive: true });
  console.log(`\n${size.toLocaleString("en-US")} errors (bench-out/${size}/, logs in bench-out/logs/${size}/)`);

  const generated = await generate(size, options.seed, dirs);
  console.log(
    `  generated ${generated.errors} errors in ${generated.systems} systems (${generated.mdx} MDX) in ${seconds(generated.ms)}`,
  );
  // errordex and the floor take turns (errordex, floor, errordex, floor, ...): this machine's
  // file-system speed drifts from one build to the next, and turns share the drift fairly.
  let errordex: BuildResult | null = null;
  let floor: BuildResult | null = null;
  for (let run = 1; run <= options.repeat; run++) {
    const site = await buildErrordex(dirs, run);
    errordex = fasterOf(errordex, site);
    console.log(`  errordex build: ${seconds(site.totalMs)} (Pagefind ${seconds(site.pagefindMs)})`);
    if (options.skipFloor) continue;
    const bare = await buildFloor(dirs, run);
    floor = fasterOf(floor, bare);
    console.log(`  floor build: ${seconds(bare.totalMs)} (Pagefind ${seconds(bare.pagefindMs)})`);
  }
  if (errordex === null) throw new Fatal("--repeat must be at least 1.");

  // Every run built the same site; the last one is analysed and served.
  const site = siteDir(dirs, options.repeat);
  const output = await analyseOutput(site);
  console.log(`  analysed ${output.files} files (${output.errorPages} error pages)`);

  const server = await startServer(site, join(dirs.logs, "preview.log"));
  let search: SearchStats;
  try {
    search = await measureSearch(generated.queries);
  } finally {
    await stopChild(server);
  }
  console.log(
    `  search: ${search.queries} queries, median ${search.medianMs?.toFixed(1)} ms, p95 ${search.p95Ms?.toFixed(1)} ms` +
      ` (every result in: median ${search.allMedianMs?.toFixed(1)} ms, p95 ${search.allP95Ms?.toFixed(1)} ms)`,
  );

  if (!options.keep) deleteWhenDone.push(dirs.base);
  const { queries, ...counts } = generated;
  return { size, catalog: { ...counts, queries: queries.length }, errordex, floor, output, search };
}

// ---------------------------------------------------------------------------------------------
// Budgets and the table
// ---------------------------------------------------------------------------------------------

interface Budget {
  name: string;
  /** null: cannot be judged in this run (a size or the floor missing). */
  pass: boolean | null;
  detail: string;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
const gb = (bytes: number) => `${(bytes / GB).toFixed(2)} GB`;
const ratio = (value: number) => `${value.toFixed(2)}×`;
const mark = (pass: boolean | null) => (pass === null ? "n/a" : pass ? "✓" : "✗");

function buildTimeRatio(results: SizeResult[], size: number): number | null {
  const result = results.find((r) => r.size === size);
  return result?.floor ? result.errordex.totalMs / result.floor.totalMs : null;
}

function checkBudgets(results: SizeResult[]): Budget[] {
  const at = (size: number) => results.find((r) => r.size === size);
  const budgets: Budget[] = [];
  const all = (name: string, test: (r: SizeResult) => boolean, show: (r: SizeResult) => string) => {
    const pass = results.every(test);
    budgets.push({ name, pass, detail: results.map((r) => `${r.size}: ${show(r)}${test(r) ? "" : " ✗"}`).join(", ") });
  };

  all(
    "Error page HTML ≤ 8 KB gzip (largest error page)",
    (r) => r.output.errorPageMax.gzip <= 8 * KB,
    (r) => kb(r.output.errorPageMax.gzip),
  );
  const smallest = results[0];
  const biggest = results[results.length - 1];
  if (smallest && biggest && smallest !== biggest) {
    const growth = biggest.output.errorPageMedian.gzip / smallest.output.errorPageMedian.gzip;
    budgets.push({
      name: `Error page the same size at ${biggest.size} as at ${smallest.size} (median gzip within 5 %)`,
      pass: growth <= 1.05,
      detail: `${kb(smallest.output.errorPageMedian.gzip)} → ${kb(biggest.output.errorPageMedian.gzip)} (${ratio(growth)})`,
    });
  } else {
    budgets.push({ name: "Error page the same size at every catalog size", pass: null, detail: "needs two sizes" });
  }
  all(
    "CSS an error page loads ≤ 10 KB gzip",
    (r) => r.output.css.gzip <= 10 * KB,
    (r) => kb(r.output.css.gzip),
  );
  const r10 = at(10_000);
  const r30 = at(30_000);
  if (r10 && r30) {
    const growth = r30.errordex.totalMs / r10.errordex.totalMs;
    budgets.push({
      name: "Build time 30,000 / 10,000 ≤ 3.3",
      pass: growth <= 3.3,
      detail: `${seconds(r30.errordex.totalMs)} / ${seconds(r10.errordex.totalMs)} = ${ratio(growth)}`,
    });
  } else {
    budgets.push({ name: "Build time 30,000 / 10,000 ≤ 3.3", pass: null, detail: "needs sizes 10000 and 30000" });
  }
  const floorRatio = buildTimeRatio(results, 10_000);
  budgets.push({
    name: "Full build at 10,000 ≤ 1.25 × the floor",
    pass: floorRatio === null ? null : floorRatio <= 1.25,
    detail:
      floorRatio === null || !r10?.floor
        ? "needs size 10000 with the floor"
        : `${seconds(r10.errordex.totalMs)} / ${seconds(r10.floor.totalMs)} = ${ratio(floorRatio)}`,
  });
  all(
    "Peak RSS < 2 GB",
    (r) => r.errordex.peakRss < 2 * GB,
    (r) => gb(r.errordex.peakRss),
  );
  if (r30) {
    budgets.push({
      name: "No page over 100 KB gzip at 30,000",
      pass: r30.output.largestHtml.gzip <= 100 * KB,
      detail: `largest ${r30.output.largestHtml.path}: ${kb(r30.output.largestHtml.gzip)}`,
    });
  } else {
    budgets.push({ name: "No page over 100 KB gzip at 30,000", pass: null, detail: "needs size 30000" });
  }
  budgets.push({
    name: "First query at 10,000 fetches < 300 KB of index (gzip)",
    pass: r10 ? r10.search.firstIndex.gzip < 300 * KB : null,
    detail: r10
      ? `${kb(r10.search.firstIndex.gzip)} in ${r10.search.firstIndex.requests} requests (raw ${kb(r10.search.firstIndex.raw)})`
      : "needs size 10000",
  });
  all(
    "Query latency p95 < 50 ms",
    (r) => r.search.p95Ms !== null && r.search.p95Ms < 50,
    (r) => (r.search.p95Ms === null ? "none" : `${r.search.p95Ms.toFixed(1)} ms`),
  );
  return budgets;
}

/** `node 1.4 GB + pagefind 0.8 GB`: the biggest processes at the peak. */
function byCommand(rss: Record<string, number>): string {
  const parts = Object.entries(rss)
    .filter(([, bytes]) => bytes >= 20 * MB)
    .sort((a, b) => b[1] - a[1])
    .map(([command, bytes]) => `${command} ${gb(bytes)}`);
  return parts.length > 0 ? parts.join(" + ") : "–";
}

function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(" | ")} |`;
  const rule = `| ${widths.map((width, column) => (column === 0 ? "-".repeat(width) : `${"-".repeat(width - 1)}:`)).join(" | ")} |`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

function formatTable(results: SizeResult[]): string {
  const header = ["Metric", ...results.map((r) => `${r.size.toLocaleString("en-US")} errors`)];
  const rows: string[][] = [];
  const row = (label: string, cell: (r: SizeResult, index: number) => string) =>
    rows.push([label, ...results.map((r, index) => cell(r, index))]);
  const check = (value: string, pass: boolean) => `${value} ${pass ? "✓" : "✗"}`;
  const floorCell = (r: SizeResult, show: (floor: BuildResult) => string) => (r.floor ? show(r.floor) : "–");

  row("Systems / MDX entries", (r) => `${r.catalog.systems} / ${r.catalog.mdx}`);
  row("Astro build (errordex)", (r) => seconds(r.errordex.astroMs));
  row("Pagefind (errordex)", (r) => seconds(r.errordex.pagefindMs));
  row("Full build (errordex)", (r) => seconds(r.errordex.totalMs));
  row("Astro build (floor)", (r) => floorCell(r, (f) => seconds(f.astroMs)));
  row("Pagefind (floor)", (r) => floorCell(r, (f) => seconds(f.pagefindMs)));
  row("Full build (floor)", (r) => floorCell(r, (f) => seconds(f.totalMs)));
  row("Full build, errordex / floor (≤ 1.25 at 10k)", (r) => {
    if (!r.floor) return "–";
    const value = r.errordex.totalMs / r.floor.totalMs;
    return r.size === 10_000 ? check(ratio(value), value <= 1.25) : ratio(value);
  });
  row("Astro build, errordex / floor", (r) => (r.floor ? ratio(r.errordex.astroMs / r.floor.astroMs) : "–"));
  row("Full build CPU time (user + sys), errordex / floor", (r) =>
    r.floor?.cpuMs && r.errordex.cpuMs
      ? `${ratio(r.errordex.cpuMs / r.floor.cpuMs)} (${seconds(r.errordex.cpuMs)} / ${seconds(r.floor.cpuMs)})`
      : "–",
  );
  row("Full build / previous size's (30k/10k ≤ 3.3)", (r, index) => {
    const previous = results[index - 1];
    if (!previous) return "–";
    const value = r.errordex.totalMs / previous.errordex.totalMs;
    return r.size === 30_000 && previous.size === 10_000 ? check(ratio(value), value <= 3.3) : ratio(value);
  });
  row("Peak RSS, process tree (< 2 GB)", (r) => check(gb(r.errordex.peakRss), r.errordex.peakRss < 2 * GB));
  row("Peak RSS, by process", (r) => byCommand(r.errordex.peakRssByCommand));
  row("Peak RSS, floor", (r) => floorCell(r, (f) => gb(f.peakRss)));
  row("Output size", (r) => mb(r.output.bytes));
  row("HTML files", (r) => r.output.htmlFiles.toLocaleString("en-US"));
  row("Error page HTML, median raw", (r) => kb(r.output.errorPageMedian.raw));
  row("Error page HTML, median gzip", (r) => kb(r.output.errorPageMedian.gzip));
  row("Error page HTML, max raw", (r) => kb(r.output.errorPageMax.raw));
  row("Error page HTML, max gzip (≤ 8 KB)", (r) =>
    check(kb(r.output.errorPageMax.gzip), r.output.errorPageMax.gzip <= 8 * KB),
  );
  row("Largest HTML page, gzip (≤ 100 KB at 30k)", (r) => {
    const value = `${kb(r.output.largestHtml.gzip)} ${r.output.largestHtml.path.replace(/index\.html$/, "")}`;
    return r.size === 30_000 ? check(value, r.output.largestHtml.gzip <= 100 * KB) : value;
  });
  row("Largest file, gzip", (r) => `${kb(r.output.largestFile.gzip)} ${r.output.largestFile.path}`);
  row("CSS an error page loads, gzip (≤ 10 KB)", (r) => check(kb(r.output.css.gzip), r.output.css.gzip <= 10 * KB));
  row("JS an error page loads, gzip", (r) => `${kb(r.output.js.gzip)} (${r.output.js.files.length} files)`);
  row("First query: index fetched, gzip (< 300 KB at 10k)", (r) => {
    const value = `${kb(r.search.firstIndex.gzip)}`;
    return r.size === 10_000 ? check(value, r.search.firstIndex.gzip < 300 * KB) : value;
  });
  row(
    "First query: index fetched, raw",
    (r) => `${kb(r.search.firstIndex.raw)} (${r.search.firstIndex.requests} req.)`,
  );
  row("First query: of which Pagefind, raw", (r) => kb(r.search.firstPagefind.raw));
  row("First query (cold page)", (r) =>
    r.search.firstQueryMs === null ? "–" : `${r.search.firstQueryMs.toFixed(1)} ms`,
  );
  row("Query latency, median", (r) =>
    r.search.medianMs === null ? "–" : `${r.search.medianMs.toFixed(1)} ms (${r.search.latencySamples} queries)`,
  );
  row("Query latency, p95 (< 50 ms)", (r) =>
    r.search.p95Ms === null ? "–" : check(`${r.search.p95Ms.toFixed(1)} ms`, r.search.p95Ms < 50),
  );
  row("Every result in (full text too), median", (r) =>
    r.search.allMedianMs === null ? "–" : `${r.search.allMedianMs.toFixed(1)} ms`,
  );
  row("Every result in (full text too), p95", (r) =>
    r.search.allP95Ms === null ? "–" : `${r.search.allP95Ms.toFixed(1)} ms`,
  );
  row(
    "Top-1: a page with the query's code or message",
    (r) => `${Math.round(r.search.top1 * 100)} % of ${r.search.queries}`,
  );
  return markdownTable(header, rows);
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

interface Options {
  sizes: number[];
  skipFloor: boolean;
  keep: boolean;
  repeat: number;
  seed: string;
  json?: string;
  help: boolean;
}

function usage(): string {
  return [
    "Usage: npm run bench -- [--sizes 1000,10000,30000] [--skip-floor] [--json <file>] [--keep] [--repeat <k>] [--seed <s>]",
    "",
    "  --sizes <list>   catalog sizes (errors), comma-separated; default 1000,10000,30000",
    "  --skip-floor     do not build the bare-Astro floor (no errordex / floor ratio)",
    "  --json <file>    also write every measurement and the budgets as JSON",
    "  --keep           keep bench-out/<size>/ (content and builds) afterwards",
    "  --repeat <k>     build each size k times (errordex and floor) and keep the fastest; default 1",
    "  --seed <s>       the generator's seed (default 1)",
  ].join("\n");
}

function parseOptions(): Options | null {
  try {
    const { values } = parseArgs({
      options: {
        sizes: { type: "string", default: DEFAULT_SIZES.join(",") },
        "skip-floor": { type: "boolean", default: false },
        json: { type: "string" },
        keep: { type: "boolean", default: false },
        repeat: { type: "string", default: "1" },
        seed: { type: "string", default: "1" },
        help: { type: "boolean", default: false },
      },
      allowPositionals: false,
    });
    const sizes = values.sizes.split(",").map((part) => Number(part.replace(/[_\s]/g, "")));
    if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 1)) {
      throw new Error(`--sizes must be positive whole numbers, got "${values.sizes}".`);
    }
    const repeat = Number(values.repeat);
    if (!Number.isInteger(repeat) || repeat < 1)
      throw new Error(`--repeat must be a whole number ≥ 1, got "${values.repeat}".`);
    return {
      sizes: [...new Set(sizes)].sort((a, b) => a - b),
      repeat,
      skipFloor: values["skip-floor"],
      keep: values.keep,
      seed: values.seed,
      help: values.help,
      ...(values.json !== undefined && { json: values.json }),
    };
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage()}`);
    return null;
  }
}

/** The share of CPU time spent busy over `ms`, from /proc/stat (null elsewhere). */
async function cpuBusy(ms: number): Promise<number | null> {
  const read = () => {
    const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    return { idle, total: ticks.reduce((sum, tick) => sum + tick, 0) };
  };
  try {
    const before = read();
    await new Promise((done) => setTimeout(done, ms));
    const after = read();
    const total = after.total - before.total;
    return total > 0 ? 1 - (after.idle - before.idle) / total : null;
  } catch {
    return null;
  }
}

function machine() {
  const cpuList = cpus();
  return {
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model.trim() ?? "unknown",
    memoryGB: Number((totalmem() / GB).toFixed(1)),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

async function main(): Promise<number> {
  const options = parseOptions();
  if (!options) return 1;
  if (options.help) {
    console.log(usage());
    return 0;
  }
  for (const [file, what] of [
    [GENERATOR, "the catalog generator"],
    [ASTRO_CLI, "Astro (npm install)"],
    [TSX_CLI, "tsx (npm install)"],
    [FLOOR_CONFIG, "the floor's config"],
  ] as const) {
    if (!existsSync(file)) throw new Fatal(`Missing ${what}: ${relative(ROOT, file)}.`);
  }
  const busy = await cpuBusy(2000);
  const host = { ...machine(), cpuBusyAtStart: busy === null ? null : Number(busy.toFixed(2)) };
  const started = performance.now();
  console.log(
    `errordex bench: sizes ${options.sizes.join(", ")}${options.skipFloor ? ", no floor" : ", with floors"}; ` +
      `${host.cpus} × ${host.cpuModel}, ${host.memoryGB} GB, Node ${host.node}`,
  );
  if (busy !== null && busy > 0.15) {
    console.warn(
      `Warning: the CPUs were ${Math.round(busy * 100)} % busy before the run started; ` +
        "something else is running, and the timings will suffer.",
    );
  }

  const results: SizeResult[] = [];
  for (const size of options.sizes) results.push(await benchSize(size, options));
  await cleanup();
  deleteSetAside();
  const totalMs = performance.now() - started;

  const budgets = checkBudgets(results);
  console.log(`\n${formatTable(results)}\n`);
  const floorRatio = buildTimeRatio(results, 10_000);
  if (floorRatio !== null) console.log(`errordex / floor, full build at 10,000: ${ratio(floorRatio)}`);
  const r10 = results.find((r) => r.size === 10_000);
  const r30 = results.find((r) => r.size === 30_000);
  if (r10 && r30) console.log(`Full build 30,000 / 10,000: ${ratio(r30.errordex.totalMs / r10.errordex.totalMs)}`);
  console.log("\nBudgets");
  for (const budget of budgets) console.log(`  ${mark(budget.pass)} ${budget.name}: ${budget.detail}`);
  const misses = results.flatMap((r) => r.search.misses.map((miss) => ({ size: r.size, ...miss })));
  console.log("\nSlowest queries (median of the passes)");
  for (const r of results) {
    const slowest = r.search.slowest.map(
      (entry) =>
        `${JSON.stringify(entry.q)} ${entry.medianMs.toFixed(1)} ms (every result ${entry.allMedianMs.toFixed(1)} ms)`,
    );
    console.log(`  ${r.size}: ${slowest.join(", ")}`);
  }
  if (misses.length > 0) {
    console.log(`\nQueries whose first result has neither their code nor their message (${misses.length}):`);
    for (const miss of misses.slice(0, 15)) {
      console.log(
        `  ${miss.size}: ${JSON.stringify(miss.q)} → ${miss.got ?? miss.error ?? "nothing"} (expected ${miss.expect})`,
      );
    }
  }
  console.log(
    "\nSizes: KB = 1,024 bytes, MB = 1,024 KB, GB = 1,024 MB. gzip = zlib level 9 of each file (fetched bodies: the smaller of raw and gzip). " +
      "Peak RSS: the sum over the build's process tree, sampled every 200 ms. Latency: data-search-ms, queries in place, " +
      "until the results show (an exact answer first); every result in: the full-text results below it too.",
  );
  console.log(`Whole run: ${seconds(totalMs)}.`);

  if (options.json !== undefined) {
    const file = resolve(options.json);
    mkdirSync(dirname(file), { recursive: true });
    const report = {
      generated: new Date().toISOString(),
      command: `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim(),
      machine: host,
      runMs: totalMs,
      results,
      budgets,
    };
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`Wrote ${file}.`);
  }
  return 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  if (interrupted === null) {
    if (error instanceof Fatal) console.error(`\nbench: ${error.message}`);
    else console.error("\nbench failed:", error);
  }
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(interrupted ?? exitCode);
