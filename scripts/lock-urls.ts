/**
 * `npm run urls:lock`: adds the URLs the site now serves to content/published-urls.txt. It only
 * ever adds: a URL that is no longer served stays in the lock, and the build says how to keep it.
 * It builds the site (into dist-urls-lock/) and reads the build's /published-urls.txt, so the
 * lock matches exactly what the build publishes.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CONTENT_DIR } from "../src/data/content-dir.ts";
import { LOCAL_BUILD_ENV } from "../src/lib/local-site.ts";
import { LOCK_FILE_NAME, formatLock, parseLock } from "../src/lib/url-lock.ts";

const outDir = "dist-urls-lock";
const lockFile = join(CONTENT_DIR, LOCK_FILE_NAME);
// A new catalog starts with an empty lock; the build refuses to run without one.
if (!existsSync(lockFile)) writeFileSync(lockFile, formatLock([]));
const locked = parseLock(readFileSync(lockFile, "utf8"));
try {
  execFileSync("npx", ["astro", "build"], {
    stdio: ["ignore", "ignore", "inherit"],
    // Only the paths matter here: local URLs, as `npm start` builds.
    env: { ...process.env, OUT_DIR: outDir, [LOCAL_BUILD_ENV]: "1" },
  });
} catch {
  // The build printed why (for example a locked URL that is no longer served).
  process.exit(1);
}
const served = parseLock(readFileSync(join(outDir, LOCK_FILE_NAME), "utf8"));
const added = served.filter((path) => !locked.includes(path));
writeFileSync(lockFile, formatLock([...locked, ...served]));
console.log(`${lockFile}: ${added.length} URLs added, ${locked.length + added.length} in all.`);
for (const path of added) console.log(`  + ${path}`);
