/**
 * The site served under a sub-path (SITE_URL=http://localhost:4398/errors/, as a GitHub Pages
 * project site is): every link, asset, form, redirect page and published URL stays under the
 * base, and search, the old URLs and the 404 page work there in Chromium.
 *
 * The static checks read the build in dist-e2e-base/ from disk: a host serves `<base>x/` from
 * the file `x/index.html`, so a URL is in the build when it lies under the base and, with the
 * base taken off, names a file.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { E2E_BASE_OUT_DIR, E2E_BASE_PATH, E2E_BASE_SITE_URL } from "../../playwright.base.config";
import type { CatalogJson } from "../../src/lib/catalog-json";
import { codeToSlug } from "../../src/lib/slug";
import { sitePathOf, withBase } from "../../src/lib/urls";
import { waitForResults } from "../e2e/search-helpers";
import {
  anchorsOf,
  classifyUrl,
  fragmentExists,
  listFiles,
  pageFactsOf,
  pageUrlOf,
  readHtml,
  referencesOf,
  staticTarget,
  urlsInJson,
  type HtmlDocument,
} from "../e2e/site-files";

const ORIGIN = new URL(E2E_BASE_SITE_URL).origin;

/** The build's files and parsed HTML pages, read once per worker. */
let built: { files: Set<string>; pages: Map<string, HtmlDocument> } | undefined;
function site(): { files: Set<string>; pages: Map<string, HtmlDocument> } {
  if (!built) {
    const files = listFiles(E2E_BASE_OUT_DIR);
    const pages = new Map(
      files.filter((file) => file.endsWith(".html")).map((file) => [file, readHtml(E2E_BASE_OUT_DIR, file)]),
    );
    built = { files: new Set(files), pages };
  }
  return built;
}

function catalog(): CatalogJson {
  return JSON.parse(readFileSync(`${E2E_BASE_OUT_DIR}/catalog.json`, "utf8")) as CatalogJson;
}

/** The URL a host serves a built file at: `data-manager/index.html` → `<origin>/errors/data-manager/`. */
function servedUrl(file: string): URL {
  return new URL(withBase(pageUrlOf(file, ORIGIN).pathname, E2E_BASE_PATH), ORIGIN);
}

/** Why a URL of this origin is not served by the build, or undefined when it is. */
function missing(url: URL): string | undefined {
  const path = sitePathOf(url.pathname, E2E_BASE_PATH);
  if (path === undefined) return `${url.pathname} is outside the base path ${E2E_BASE_PATH}`;
  return staticTarget(path, site().files) === undefined ? `${url.pathname} is not in the build` : undefined;
}

/** The feed's entries hold HTML as escaped text: its links are the URLs in it once unescaped. */
function unescapeXml(text: string): string {
  return text.replace(/&(quot|lt|gt|amp);/g, (_, name: string) => ({ quot: '"', lt: "<", gt: ">", amp: "&" })[name]!);
}

function report(title: string, problems: readonly string[]): string {
  const shown = problems.slice(0, 50).map((problem) => `  - ${problem}`);
  if (problems.length > 50) shown.push(`  … and ${problems.length - 50} more`);
  return `${title} (${problems.length}):\n${shown.join("\n")}`;
}

test("every link, asset, form and redirect in the static HTML stays under the base and resolves", () => {
  const { pages } = site();
  const broken: string[] = [];
  let checked = 0;
  for (const [file, document] of pages) {
    const anchors = new Map<string, Set<string>>();
    for (const { where, value } of referencesOf(document)) {
      const resolved = classifyUrl(value, servedUrl(file), ORIGIN);
      if (resolved.kind === "invalid") broken.push(`${file}: ${where}="${value}" is not a valid URL`);
      if (resolved.kind !== "internal") continue;
      checked += 1;
      const problem = missing(resolved.url);
      if (problem) {
        broken.push(`${file}: ${where}="${value}": ${problem}`);
        continue;
      }
      if (resolved.url.hash === "") continue;
      const target = staticTarget(sitePathOf(resolved.url.pathname, E2E_BASE_PATH)!, site().files)!;
      const targetDocument = pages.get(target);
      if (!targetDocument) continue;
      if (!anchors.has(target)) anchors.set(target, anchorsOf(targetDocument));
      if (!fragmentExists(resolved.url.hash, anchors.get(target)!)) {
        broken.push(`${file}: ${where}="${value}": ${target} has no element with id "${resolved.url.hash.slice(1)}"`);
      }
    }
  }
  expect(pages.size, `${E2E_BASE_OUT_DIR} has no pages: npm run test:e2e:base builds it`).toBeGreaterThan(0);
  expect(checked).toBeGreaterThan(pages.size);
  expect(
    broken,
    report(`Links in ${E2E_BASE_OUT_DIR} that a host under ${E2E_BASE_PATH} would not serve`, broken),
  ).toEqual([]);
});

test("every page's canonical URL is its own URL under the base (a redirect page's: its target)", () => {
  const problems: string[] = [];
  for (const [file, document] of site().pages) {
    if (file === "404.html") continue;
    const facts = pageFactsOf(document);
    const own = servedUrl(file).href;
    const expected = facts.redirectTo === undefined ? own : new URL(facts.redirectTo, own).href;
    if (facts.canonicals.length !== 1 || facts.canonicals[0] !== expected) {
      problems.push(`${file}: canonical ${JSON.stringify(facts.canonicals)}, expected ${expected}`);
    }
  }
  expect(problems, report("Pages whose canonical link is not their URL under the base", problems)).toEqual([]);
});

test("every URL of this site in the JSON files, the sitemap and robots.txt lies under the base and resolves", () => {
  const { files } = site();
  const problems: string[] = [];
  let checked = 0;
  const texts = [...files]
    .filter((file) => /\.(json|xml|txt)$/.test(file) && !file.startsWith("pagefind/"))
    .map((file) => ({ file, text: readFileSync(`${E2E_BASE_OUT_DIR}/${file}`, "utf8") }));
  for (const { file, text } of texts) {
    const urls = file.endsWith(".json") ? urlsInJson(JSON.parse(text)) : urlsInJson(unescapeXml(text));
    for (const url of urls.map(({ url: href }) => new URL(href)).filter((url) => url.origin === ORIGIN)) {
      checked += 1;
      const problem = missing(url);
      if (problem) problems.push(`${file}: ${url.href}: ${problem}`);
    }
  }
  expect(checked).toBeGreaterThan(catalog().errors.length);
  expect(problems, report("URLs of this site that a host under the base would not serve", problems)).toEqual([]);
});

test("catalog.json names each page by its URL under the base and by its site path without it", async ({ request }) => {
  const served = await request.get("catalog.json");
  expect(served.status()).toBe(200);
  const { systems, errors } = (await served.json()) as CatalogJson;
  expect(errors.length).toBeGreaterThan(0);
  for (const system of systems) expect(system.url.startsWith(E2E_BASE_SITE_URL), system.url).toBe(true);
  for (const error of errors) {
    expect(error.url).toBe(new URL(error.path.slice(1), E2E_BASE_SITE_URL).href);
  }
  const first = errors[0]!;
  const page = await request.get(first.url);
  expect(page.status(), first.url).toBe(200);
});

test("search under the base finds a code, links its page there, and recognises a pasted URL of it", async ({
  page,
}) => {
  const errors = catalog().errors;
  const error = errors.find((candidate) => errors.filter((other) => other.code === candidate.code).length === 1);
  test.skip(!error, "every code of this catalog is shared by several systems");
  const pagePath = withBase(error!.path, E2E_BASE_PATH);

  await page.goto("search/");
  await page.locator("[data-search-field]").fill(error!.code);
  await page.locator("[data-search-field]").press("Enter");
  await waitForResults(page, error!.code);
  const first = page.locator("a[data-search-result]").first();
  await expect(first).toHaveAttribute("href", pagePath);
  await first.click();
  await expect(page).toHaveURL(error!.url);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(error!.title);

  const pasted = JSON.stringify({ type: error!.url, title: error!.title });
  await page.goto(`search/?q=${encodeURIComponent(pasted)}`);
  await waitForResults(page, pasted);
  await expect(page.locator("a[data-search-result]").first()).toHaveAttribute("href", pagePath);
});

test("an old URL's redirect page forwards to its page under the base", async ({ page }) => {
  const [file, document] = [...site().pages].find(([, candidate]) => pageFactsOf(candidate).redirectTo) ?? [];
  test.skip(!file, "this catalog has no old URLs");
  const target = new URL(pageFactsOf(document!).redirectTo!, servedUrl(file!)).href;
  expect(target.startsWith(E2E_BASE_SITE_URL), target).toBe(true);
  await page.goto(servedUrl(file!).href);
  await expect(page).toHaveURL(target);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the 404 page under the base suggests the page of a code typed as the API emits it", async ({ page }) => {
  const error = catalog().errors.find((candidate) => codeToSlug(candidate.code) !== candidate.code);
  test.skip(!error, "every code of this catalog is its own slug");
  const response = await page.goto(`${error!.system}/${encodeURIComponent(error!.code)}`);
  expect(response?.status()).toBe(404);
  const suggestion = page.locator("[data-suggestion] a");
  await expect(suggestion).toHaveAttribute("href", withBase(error!.path, E2E_BASE_PATH));
  await suggestion.click();
  await expect(page).toHaveURL(error!.url);
});
