/**
 * `npm run build`: the site into $OUT_DIR (default dist/), with its search index.
 *
 *   node scripts/build.ts [--local] [astro build options]
 *
 * --local (what `npm start` uses) builds with local URLs when SITE_URL is not set; without it,
 * a build needs the site's public URL and says so (src/integrations/errordex.ts).
 *
 * Runs `astro build` (in the environment of astro-build-env.ts), then, once Astro has exited,
 * scripts/index-search.ts: Pagefind in a process of its own, so that its memory and Astro's
 * never add up (docs/performance.md). Run by Node directly: erasable TypeScript only.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ASTRO_BUILD_ENV } from "./astro-build-env.ts";
import { LOCAL_BUILD_ENV } from "../src/lib/local-site.ts";

const ROOT = join(import.meta.dirname, "..");

function run(args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const { status, signal, error } = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: "inherit" });
  if (error) throw error;
  if (signal) process.kill(process.pid, signal);
  if (status !== 0) process.exit(status ?? 1);
}

const args = process.argv.slice(2);
const local = args.includes("--local");
run([join(ROOT, "node_modules/astro/bin/astro.mjs"), "build", ...args.filter((arg) => arg !== "--local")], {
  ...process.env,
  ...ASTRO_BUILD_ENV,
  ...(local ? { [LOCAL_BUILD_ENV]: "1" } : {}),
});
run([join(ROOT, "scripts/index-search.ts")]);
