import sitemap from "@astrojs/sitemap";
import type { AstroIntegration } from "astro";
import { closeSync, existsSync, openSync, readFileSync, readSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { canonicalLinkOf } from "../lib/canonical-link";
import { sitemapPath, sitePathOf } from "../lib/urls";

/** Enough of a page to hold its whole head; a page whose head is longer is read whole. */
const HEAD_BYTES = 16 * 1024;

/**
 * The sitemap, written by @astrojs/sitemap, of canonical pages only: a page is listed when its
 * `<link rel="canonical">` names its own URL. That leaves out the HTML redirect pages at old
 * URLs (their canonical link names the new page) and the 404 page (which has none; the
 * integration skips it anyway), without a list of either to keep in step with the routes.
 * The build log says how many pages were left out, and of which kind.
 */
export function canonicalSitemap(): AstroIntegration {
  let outDir = "";
  let base = "/";
  const left = { elsewhere: [] as string[], none: [] as string[] };
  const inner = sitemap({
    filter(page) {
      const canonical = canonicalLinkOf(headOf(pageFile(outDir, new URL(page).pathname, base)));
      if (canonical === page) return true;
      (canonical === undefined ? left.none : left.elsewhere).push(page);
      return false;
    },
  });
  const innerConfigDone = inner.hooks["astro:config:done"];
  const innerDone = inner.hooks["astro:build:done"];
  return {
    name: "errordex:sitemap",
    hooks: {
      ...inner.hooks,
      "astro:config:done": async (options) => {
        base = options.config.base;
        await innerConfigDone?.(options);
      },
      "astro:build:done": async (options) => {
        outDir = fileURLToPath(options.dir);
        await innerDone?.(options);
        const written = join(outDir, sitemapPath());
        if (!existsSync(written)) {
          throw new Error(
            `@astrojs/sitemap wrote no ${sitemapPath()} in ${outDir}, which robots.txt names: check the integration's filenameBase and its log above.`,
          );
        }
        const sample = (urls: string[]) => (urls.length > 0 ? ` (${urls.slice(0, 3).join(", ")}…)` : "");
        options.logger.info(
          `${sitemapPath()}: left out ${left.elsewhere.length} pages whose canonical link names another page${sample(left.elsewhere)} and ${left.none.length} without one${sample(left.none)}`,
        );
      },
    },
  };
}

/**
 * The built file of a page URL's path: `/a/b/` → `<outDir>/a/b/index.html`. The build writes a
 * site under a base path (`/errors/a/b/`) to the same files, without the base.
 */
function pageFile(outDir: string, pathname: string, base: string): string {
  const path = sitePathOf(decodeURIComponent(pathname), base);
  if (path === undefined)
    throw new Error(`The sitemap lists ${pathname}, which is outside the site's base path ${base}.`);
  return join(outDir, path.endsWith("/") ? `${path}index.html` : path);
}

function headOf(file: string): string {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    throw new Error(`The sitemap lists ${file}, which the build did not write.`);
  }
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const text = buffer.toString("utf8", 0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
    return text.includes("</head>") ? text : readFileSync(file, "utf8");
  } finally {
    closeSync(fd);
  }
}
