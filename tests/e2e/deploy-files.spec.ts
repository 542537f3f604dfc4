import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_OUT_DIR } from "../../playwright.config";
import { SITE_HEADERS } from "../../src/lib/deploy/site-headers";
import type { VercelConfig } from "../../src/lib/deploy/vercel-json";
import { netlifyHeaders, netlifyRedirects } from "../unit/deploy/host-files";
import { vercelRoutes } from "../unit/deploy/vercel-routes";
import { BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE } from "../bundled-catalog";
import { builtCatalog, samplePages } from "./built-catalog";
import { listFiles, pageFactsOf, readHtml } from "./site-files";

/**
 * The built site's host files, read by the hosts' own parsers: every HTML redirect page the
 * build wrote has a rule with the same target in `_redirects` (Netlify's parser) and in
 * `vercel.json` (Vercel's router), and both carry the site's headers.
 */
const read = (file: string) => readFileSync(join(E2E_OUT_DIR, file), "utf8");

/** Every HTML redirect page: its old path (without the trailing slash) and where it forwards to. */
const redirectPages = listFiles(E2E_OUT_DIR)
  .filter((file) => file.endsWith("/index.html"))
  .map((file) => ({
    from: `/${file.slice(0, -"/index.html".length)}`,
    to: pageFactsOf(readHtml(E2E_OUT_DIR, file)).redirectTo,
  }))
  .filter((page): page is { from: string; to: string } => page.to !== undefined);

test("the bundled catalog's build has HTML redirect pages to check the rules against", () => {
  test.skip(!BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE);
  expect(redirectPages.length).toBeGreaterThan(100);
});

test("_redirects, as Netlify reads it, redirects every old path to the page its HTML redirect page names", async () => {
  const { redirects, errors } = await netlifyRedirects(read("_redirects"));
  expect(errors).toEqual([]);
  const rules = new Map(redirects.map((redirect) => [redirect.from.replace(/\/$/, ""), redirect]));
  for (const page of redirectPages) {
    expect(rules.get(page.from), page.from).toMatchObject({ to: page.to, status: 301 });
  }
});

test("_headers, as Netlify reads it, gives every path the site's headers", async () => {
  const { headers, errors } = await netlifyHeaders(read("_headers"));
  expect(errors).toEqual([]);
  expect(headers).toEqual([
    { for: "/*", values: Object.fromEntries(SITE_HEADERS.map(({ name, value }) => [name, value])) },
  ]);
});

test("vercel.json, as Vercel routes it, redirects every old path with a 301 and sends the headers", () => {
  const vercel = vercelRoutes(JSON.parse(read("vercel.json")) as VercelConfig);
  for (const page of redirectPages) {
    expect(vercel.redirect(page.from), page.from).toEqual({ status: 301, location: page.to });
    expect(vercel.redirect(`${page.from}/`), `${page.from}/`).toEqual({ status: 301, location: page.to });
  }
  expect(vercel.headers(samplePages(builtCatalog()).error)).toEqual(
    Object.fromEntries(SITE_HEADERS.map(({ name, value }) => [name, value])),
  );
});

test("GitHub Pages serves the site as built: .nojekyll turns Jekyll off, so /_astro/ is published", () => {
  expect(existsSync(join(E2E_OUT_DIR, ".nojekyll"))).toBe(true);
  expect(listFiles(E2E_OUT_DIR).some((file) => file.startsWith("_astro/"))).toBe(true);
});
