/**
 * The web's basics, on the build in dist-e2e/ as a static host serves it: the sitemap lists
 * every canonical page once and nothing else, robots.txt names it, and every page carries a
 * description and social-preview meta of its own. Reads the files from disk; only robots.txt
 * and the sitemap are also requested from the server.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_OUT_DIR } from "../../playwright.config";
import { errorDescription } from "../../src/lib/error-description";
import { changesFeedPath, sitemapPath } from "../../src/lib/urls";
import { BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE } from "../bundled-catalog";
import { builtCatalog } from "./built-catalog";
import {
  attribute,
  elements,
  listFiles,
  pageFactsOf,
  pageUrlOf,
  readHtml,
  staticTarget,
  type HtmlDocument,
} from "./site-files";

const catalog = builtCatalog();
const files = listFiles(E2E_OUT_DIR);
const fileSet = new Set(files);
const origin = new URL(catalog.systems[0]!.url).origin;

interface BuiltPage {
  file: string;
  url: string;
  document: HtmlDocument;
  canonical: string | undefined;
  redirect: boolean;
}

const pages: BuiltPage[] = files
  .filter((file) => file.endsWith(".html"))
  .map((file) => {
    const document = readHtml(E2E_OUT_DIR, file);
    const facts = pageFactsOf(document);
    return {
      file,
      url: pageUrlOf(file, origin).href,
      document,
      canonical: facts.canonicals[0],
      redirect: facts.redirectTo !== undefined,
    };
  });
/** Pages a reader lands on: everything but the HTML redirects at old URLs. */
const readable = pages.filter((page) => !page.redirect);
const errorUrls = new Set(catalog.errors.map((error) => error.url));

/** Every `<loc>` of an XML sitemap file. */
function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!.replace(/&amp;/g, "&"));
}

function sitemapUrls(): string[] {
  const index = readFileSync(join(E2E_OUT_DIR, sitemapPath()), "utf8");
  return locs(index).flatMap((sitemap) => {
    expect(new URL(sitemap).origin, sitemap).toBe(origin);
    return locs(readFileSync(join(E2E_OUT_DIR, new URL(sitemap).pathname), "utf8"));
  });
}

/** A page's meta content by `name` or `property`, each value it has. */
function metaOf(document: HtmlDocument): Map<string, string[]> {
  const meta = new Map<string, string[]>();
  for (const element of elements(document)) {
    if (element.tagName !== "meta") continue;
    const key = attribute(element, "name") ?? attribute(element, "property");
    if (key === undefined) continue;
    meta.set(key, [...(meta.get(key) ?? []), attribute(element, "content") ?? ""]);
  }
  return meta;
}

test("the sitemap lists every canonical page exactly once, and no redirect or 404 page", () => {
  const listed = sitemapUrls();
  expect(listed.length).toBeGreaterThan(catalog.errors.length);
  expect(listed.length, "a URL listed twice").toBe(new Set(listed).size);
  for (const url of listed) {
    const target = staticTarget(new URL(url).pathname, fileSet);
    expect(target, `${url} is listed but not built`).toBeDefined();
    const page = pages.find((candidate) => candidate.file === target)!;
    expect(page.redirect, `${url} is a redirect page`).toBe(false);
    expect(page.canonical, `${url}: its canonical link`).toBe(url);
  }
  const listedSet = new Set(listed);
  expect(
    [...errorUrls].filter((url) => !listedSet.has(url)),
    "error pages missing from the sitemap",
  ).toEqual([]);
  const canonicalPages = pages.filter((page) => page.canonical === page.url).map((page) => page.url);
  expect(
    canonicalPages.filter((url) => !listedSet.has(url)),
    "canonical pages missing from the sitemap",
  ).toEqual([]);
  expect(listedSet.has(`${origin}/404/`) || listedSet.has(`${origin}/404.html`)).toBe(false);
});

test("the bundled catalog's build has redirect pages, which the sitemap leaves out", () => {
  test.skip(!BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE);
  const redirects = pages.filter((page) => page.redirect).map((page) => page.url);
  expect(redirects.length).toBeGreaterThan(0);
  const listedSet = new Set(sitemapUrls());
  expect(redirects.filter((url) => listedSet.has(url))).toEqual([]);
});

test("robots.txt names the sitemap by its absolute URL, and both are served", async ({ request }) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const sitemap = /^Sitemap: (\S+)$/m.exec(await robots.text())?.[1];
  expect(sitemap).toBe(new URL(sitemapPath(), origin).href);
  const response = await request.get(new URL(sitemap!).pathname);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("<sitemapindex");
});

test("every page has a description and Open Graph and Twitter meta of its own", () => {
  expect(readable.length).toBeGreaterThan(catalog.errors.length);
  const problems: string[] = [];
  for (const page of readable) {
    const meta = metaOf(page.document);
    const one = (key: string): string | undefined => {
      const values = meta.get(key) ?? [];
      if (values.length !== 1 || values[0]!.trim() === "")
        problems.push(`${page.file}: ${key} = ${JSON.stringify(values)}`);
      return values[0];
    };
    const description = one("description");
    const title = one("og:title");
    one("og:type");
    // The site's name as errordex() sets it, which catalog.json carries too.
    expect(one("og:site_name")).toBe(catalog.title);
    expect(one("og:description"), page.file).toBe(description);
    expect(one("twitter:card")).toBe("summary");
    expect(one("twitter:title"), page.file).toBe(title);
    expect(one("twitter:description"), page.file).toBe(description);
    if (page.canonical === undefined) expect(meta.has("og:url"), page.file).toBe(false);
    else expect(one("og:url"), page.file).toBe(page.canonical);
    const feed = [...elements(page.document)].some(
      (element) =>
        element.tagName === "link" &&
        attribute(element, "rel") === "alternate" &&
        attribute(element, "type") === "application/atom+xml" &&
        attribute(element, "href") === changesFeedPath(),
    );
    if (!feed) problems.push(`${page.file}: no <link rel="alternate"> to the changes feed`);
  }
  expect(problems).toEqual([]);
});

test("an error page describes itself by its meaning, as catalog.json does; pages share one only when their text is the same", () => {
  const byUrl = new Map(readable.map((page) => [page.canonical, page]));
  const byDescription = new Map<string, string[]>();
  const byMeaning = new Map<string, string[]>();
  for (const error of catalog.errors) {
    const meta = metaOf(byUrl.get(error.url)!.document);
    expect(meta.get("description"), error.url).toEqual([error.description]);
    expect(meta.get("og:type"), error.url).toEqual(["article"]);
    byDescription.set(error.description, [...(byDescription.get(error.description) ?? []), error.url]);
    // The meaning read again from the body in the error's JSON entry, not from the page.
    const entry = JSON.parse(readFileSync(join(E2E_OUT_DIR, error.path.replace(/\/$/, ".json")), "utf8"));
    const meaning = errorDescription(error, entry.body as string);
    byMeaning.set(meaning, [...(byMeaning.get(meaning) ?? []), error.url]);
  }
  const shared = (groups: Map<string, string[]>) =>
    [...groups.values()].filter((urls) => urls.length > 1).map((urls) => urls.join(" "));
  expect(shared(byDescription).sort()).toEqual(shared(byMeaning).sort());
  const groups = shared(byDescription);
  const sharing = groups.reduce((sum, group) => sum + group.split(" ").length, 0);
  console.log(
    `${sharing} of ${catalog.errors.length} error pages share their description with another (${groups.length} texts), each because their bodies open with the same words`,
  );
});

test("every other page has a description of its own", () => {
  const seen = new Map<string, string>();
  const duplicates: string[] = [];
  for (const page of readable.filter((candidate) => !errorUrls.has(candidate.canonical ?? ""))) {
    const description = metaOf(page.document).get("description")?.[0] ?? "";
    const other = seen.get(description);
    if (other) duplicates.push(`${page.file} and ${other}: ${description}`);
    seen.set(description, page.file);
  }
  expect(duplicates).toEqual([]);
});
