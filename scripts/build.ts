/**
 * `npm run build`: the site into $OUT_DIR (default dist/), with its search index.
 *
 *   node scripts/build.ts [astro build options]
 *
 * Runs `astro build` (in the environment of astro-build-env.ts), then, once Astro has exited,
 * scripts/index-search.ts: Pagefind in a process of its own, so that its memory and Astro's
 * never add up (docs/performance.md). Run by Node directly: erasable TypeScript only.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ASTRO_BUILD_ENV } from "./astro-build-env.ts";

const ROOT = join(import.meta.dirname, "..");

function run(args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const { status, signal, error } = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: "inherit" });
  if (error) throw error;
  if (signal) process.kill(process.pid, signal);
  if (status !== 0) process.exit(status ?? 1);
}

run([join(ROOT, "node_modules/astro/bin/astro.mjs"), "build", ...process.argv.slice(2)], {
  ...process.env,
  ...ASTRO_BUILD_ENV,
});
run([join(ROOT, "scripts/index-search.ts")]);
