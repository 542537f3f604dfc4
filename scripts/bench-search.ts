/**
 * `npm run bench:search`: measures search quality and latency through the real built site.
 *
 * Builds the site into dist-bench-search/ (unless a build with a Pagefind index is already
 * there and --build is not given), serves it with `astro preview` on port 4398, opens the search
 * page in Chromium (launched as playwright.config.ts launches it), runs every query of
 * tests/search/queries.json after one uncounted warm-up query, and prints the summary and the
 * targets. It is a benchmark, not a test: it exits 0 whatever the numbers, and 1 only when the
 * site cannot be built or served (or the search page is missing).
 *
 *   npm run bench:search                       reuse dist-bench-search/ if it has pagefind/
 *   npm run bench:search -- --build            rebuild first
 *   npm run bench:search -- --json out.json    also write the summary (and every outcome) as JSON
 *   npm run bench:search -- --navigate         load /search/?q=… for every query instead of
 *                                              submitting the search form in place
 *
 * By default the first query loads /search/?q=… and the others are submitted through the page's
 * search form, in place, as people refine a search (see runQuery in tests/search/evaluate.ts).
 * A search whose results depend on the queries before it ranks differently with --navigate.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Browser } from "@playwright/test";
import playwrightConfig from "../playwright.config";
import {
  checkTargets,
  expectedSystem,
  formatSummary,
  formatTargets,
  formModeStatus,
  expectedPaths,
  loadQueries,
  runQuery,
  summarize,
  type QueryOutcome,
  type SearchQuery,
} from "../tests/search/evaluate";

const OUT_DIR = "dist-bench-search";
const PORT = 4398;
const BASE_URL = `http://localhost:${PORT}`;
const SERVER_START_TIMEOUT_MS = 60_000;
const QUERY_TIMEOUT_MS = 10_000;
/** Loads the search code and index before timing starts; not counted, not in the query set. */
const WARM_UP: SearchQuery = { q: "not found", expect: "/warm-up/query/", kind: "message" };

class Fatal extends Error {}
class Interrupted extends Error {}

/** Processes this script started; each leads its own process group (spawned detached). */
const children = new Set<ChildProcess>();
let browser: Browser | undefined;
let cleanupPromise: Promise<void> | undefined;
/** The exit code of the signal that interrupted the run, or null. */
let interrupted: number | null = null;

function usage(): string {
  return [
    "Usage: npm run bench:search -- [--build] [--json <file>]",
    "",
    `  --build          rebuild ${OUT_DIR}/ even if it already has a Pagefind index`,
    "  --json <file>    also write the summary, the targets and every outcome as JSON",
    "  --navigate       load /search/?q=… for every query instead of submitting the form in place",
  ].join("\n");
}

function childEnv(): NodeJS.ProcessEnv {
  return { ...process.env, OUT_DIR, SITE_URL: BASE_URL, ASTRO_TELEMETRY_DISABLED: "1" };
}

async function build(): Promise<void> {
  console.log(`Building the site into ${OUT_DIR}/ for ${BASE_URL} …`);
  const started = performance.now();
  const child = spawn("npm", ["run", "build"], {
    env: childEnv(),
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  children.add(child);
  const code = await new Promise<number | null>((done, fail) => {
    child.once("error", fail);
    child.once("exit", (exitCode, signal) => done(signal ? null : exitCode));
  }).finally(() => children.delete(child));
  if (code !== 0) throw new Fatal(`The build failed (npm run build exited with ${code ?? "a signal"}).`);
  console.log(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

/** Starts `astro preview` (in its own process group, like the build) and waits until it answers. */
async function startServer(): Promise<ChildProcess> {
  if (await answers(`${BASE_URL}/`)) {
    throw new Fatal(
      `Something already answers on ${BASE_URL}; stop it first (the benchmark serves its own build there).`,
    );
  }
  const child = spawn("npx", ["astro", "preview", "--port", String(PORT), "--host", "localhost", "--ignore-lock"], {
    env: childEnv(),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  children.add(child);
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    log.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    log.splice(0, Math.max(0, log.length - 40));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
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
    if (exited !== null) {
      throw new Fatal(`astro preview stopped (${exited}) before serving ${BASE_URL}:\n  ${log.join("\n  ")}`);
    }
    if (await answers(`${BASE_URL}/`)) return child;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Fatal(
    `astro preview did not answer on ${BASE_URL} within ${SERVER_START_TIMEOUT_MS / 1000} s:\n  ${log.join("\n  ")}`,
  );
}

async function stopChild(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      // The child leads its own process group: signal the group, i.e. npx and the astro under it.
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

// Playwright's own signal handlers are switched off at launch (they exit the process before the
// server is stopped); these stop everything, then exit.
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
  ["SIGHUP", 129],
] as const) {
  process.on(signal, () => {
    if (interrupted === null) console.error(`\n${signal}: stopping the server and the browser …`);
    interrupted ??= code;
    void cleanup().finally(() => process.exit(code));
  });
}

/** Expected pages the built catalog does not have: the query set and the content disagree. */
async function missingFromCatalog(queries: readonly SearchQuery[]): Promise<string[]> {
  try {
    const response = await fetch(`${BASE_URL}/catalog.json`);
    if (!response.ok) return [];
    const catalog = (await response.json()) as { errors?: Array<{ path?: string }> };
    const paths = new Set((catalog.errors ?? []).map((e) => e.path));
    return [...new Set(queries.flatMap(expectedPaths))].filter((path) => !paths.has(path));
  } catch {
    return [];
  }
}

function parseOptions(): { build: boolean; navigate: boolean; json?: string; help: boolean } | null {
  try {
    const { values } = parseArgs({
      options: {
        build: { type: "boolean", default: false },
        json: { type: "string" },
        navigate: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
      allowPositionals: false,
    });
    return {
      build: values.build,
      navigate: values.navigate,
      help: values.help,
      ...(values.json !== undefined && { json: values.json }),
    };
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage()}`);
    return null;
  }
}

async function main(): Promise<number> {
  const args = parseOptions();
  if (!args) return 1;
  if (args.help) {
    console.log(usage());
    return 0;
  }

  const queries = loadQueries();
  const systems = new Set(queries.map((q) => expectedSystem(q.expect)));
  console.log(`${queries.length} queries over ${systems.size} systems (tests/search/queries.json).`);

  if (args.build || !existsSync(`${OUT_DIR}/pagefind`)) {
    if (!args.build) console.log(`${OUT_DIR}/ has no Pagefind index (pagefind/).`);
    await build();
    if (!existsSync(`${OUT_DIR}/pagefind`)) {
      console.warn(`Warning: the build did not create ${OUT_DIR}/pagefind/; the search page may have no index.`);
    }
  } else {
    console.log(`Reusing the build in ${OUT_DIR}/ (pass --build to rebuild).`);
  }

  await startServer();
  console.log(`Serving ${OUT_DIR}/ on ${BASE_URL}.`);
  const stale = await missingFromCatalog(queries);
  if (stale.length > 0) {
    console.warn(
      `Warning: ${stale.length} expected page(s) are not in ${OUT_DIR}/catalog.json (stale build? run with --build): ${stale.join(", ")}`,
    );
  }

  // The executable and arguments of playwright.config.ts; signals are handled here (see above).
  const launchOptions = playwrightConfig.use?.launchOptions ?? {};
  browser = await chromium.launch({ ...launchOptions, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  const page = await browser.newPage();

  const warm = await runQuery(page, BASE_URL, WARM_UP, { timeoutMs: 30_000 });
  if (warm.error !== undefined) {
    throw new Fatal(`The warm-up query ${JSON.stringify(WARM_UP.q)} failed: ${warm.error}. Is the search page built?`);
  }
  const mode = args.navigate ? "each loading /search/?q=…" : "in place through the search form";
  console.log(`Warm-up done (${warm.wallMs.toFixed(0)} ms). Running ${queries.length} queries ${mode} …`);

  const outcomes: QueryOutcome[] = [];
  for (const [index, query] of queries.entries()) {
    if (interrupted !== null) throw new Interrupted();
    const outcome = await runQuery(page, BASE_URL, query, { timeoutMs: QUERY_TIMEOUT_MS, inPlace: !args.navigate });
    if (interrupted !== null) throw new Interrupted();
    outcomes.push(outcome);
    const mark =
      outcome.error !== undefined
        ? "!"
        : outcome.rank === null
          ? "x"
          : outcome.rank === 1
            ? "."
            : String(Math.min(outcome.rank, 9));
    process.stdout.write(mark);
    if ((index + 1) % 50 === 0 || index === queries.length - 1) process.stdout.write(` ${index + 1}\n`);
    if (index === 4 && outcomes.every((o) => o.error !== undefined)) {
      throw new Fatal(`The first five queries all failed; the last: ${outcome.error}`);
    }
  }
  console.log("  (. first, 2–9 rank, x not in top 10, ! error)\n");

  const summary = summarize(outcomes);
  const targets = checkTargets(summary);
  console.log(formatSummary(summary));
  const form = formModeStatus(page);
  if (!form.usable) console.log(`\nNote: queries stopped using the in-page form: ${form.reason}.`);
  console.log(`\nTargets\n${formatTargets(targets)}`);

  if (args.json !== undefined) {
    const file = resolve(args.json);
    mkdirSync(dirname(file), { recursive: true });
    const report = {
      generated: new Date().toISOString(),
      baseURL: BASE_URL,
      mode: args.navigate ? "navigate" : "in-place",
      summary,
      targets,
      outcomes,
    };
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nWrote ${file}.`);
  }
  return 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  // After a signal, errors from the closing browser are expected; the signal decides the exit code.
  if (interrupted === null) {
    if (error instanceof Fatal) console.error(`\nbench:search: ${error.message}`);
    else console.error("\nbench:search failed:", error);
  }
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(interrupted ?? exitCode);
