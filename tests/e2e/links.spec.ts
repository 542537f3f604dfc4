/**
 * Links that never break: every link in the static HTML of the build resolves, every URL the
 * per-error JSON and catalog.json publish is served with that URL as its canonical, and the
 * catalog, the JSON entries, the pages and the content files agree, one for one.
 *
 * Reads the build in dist-e2e/ from disk (as a static host would serve it); only the URL check
 * asks the server. Links that scripts create at run time are checked by the search and 404 tests.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { parse as parseYaml } from "yaml";
import { E2E_OUT_DIR } from "../../playwright.config";
import { CONTENT_DIR } from "../../src/data/content-dir";
import { statusLabel } from "../../src/lib/http-status";
import { builtCatalog } from "./built-catalog";
import {
  anchorsOf,
  canonicalOf,
  classifyUrl,
  elements,
  fragmentExists,
  listFiles,
  pageFactsOf,
  pageUrlOf,
  parseHtml,
  readHtml,
  referencesOf,
  staticTarget,
  textOf,
  urlsInJson,
  type HtmlDocument,
  type HtmlElement,
} from "./site-files";

const catalog = builtCatalog();
const systemIds = new Set(catalog.systems.map((system) => system.id));

/**
 * Origins the site may link to besides its own, other than the systems' documented homepages
 * (`homepage` in content/systems/*.yaml) and the links an entry's own text writes, which are
 * always allowed. Keep this list short: every origin here is a link that can break without the
 * build noticing.
 */
const EXTRA_EXTERNAL_ORIGINS: readonly string[] = [];

/**
 * Directories under `<system>/` that are routes of their own, not error pages. None so far;
 * redirect pages (old paths, `redirectFrom`) are recognised by their `<meta http-equiv="refresh">`.
 */
const NON_ERROR_ROUTES: ReadonlySet<string> = new Set<string>();

/**
 * The origins the catalog itself names: the systems' documented homepages, from
 * content/systems/*.yaml, and those of the URLs its entries write (an imported document's own
 * links, such as where to open a ticket), each with the file that names it.
 */
function catalogOrigins(): Map<string, string> {
  const origins = new Map<string, string>();
  for (const file of listFiles(`${CONTENT_DIR}/systems`).filter((name) => /\.(ya?ml|json)$/.test(name))) {
    const data = parseYaml(readFileSync(`${CONTENT_DIR}/systems/${file}`, "utf8")) as { homepage?: unknown };
    if (typeof data?.homepage === "string") {
      origins.set(new URL(data.homepage).origin, `${CONTENT_DIR}/systems/${file}`);
    }
  }
  for (const file of listFiles(`${CONTENT_DIR}/errors`).filter((name) => /\.mdx?$/.test(name))) {
    for (const [url] of readFileSync(`${CONTENT_DIR}/errors/${file}`, "utf8").matchAll(/https?:\/\/[^\s)<>"'`\]]+/g)) {
      if (URL.canParse(url) && !origins.has(new URL(url).origin)) {
        origins.set(new URL(url).origin, `${CONTENT_DIR}/errors/${file}`);
      }
    }
  }
  return origins;
}

/** The build's files and parsed HTML pages, read once per worker. */
let builtSite: { files: Set<string>; pages: Map<string, HtmlDocument> } | undefined;
function site(): { files: Set<string>; pages: Map<string, HtmlDocument> } {
  if (!builtSite) {
    const files = listFiles(E2E_OUT_DIR);
    const pages = new Map(
      files.filter((file) => file.endsWith(".html")).map((file) => [file, readHtml(E2E_OUT_DIR, file)]),
    );
    builtSite = { files: new Set(files), pages };
  }
  return builtSite;
}

/** Prints a list of problems, at most `limit` of them, for a failure message. */
function report(title: string, problems: readonly string[], limit = 200): string {
  const shown = problems.slice(0, limit).map((problem) => `  - ${problem}`);
  if (problems.length > limit) shown.push(`  … and ${problems.length - limit} more`);
  return `${title} (${problems.length}):\n${shown.join("\n")}`;
}

function siteOrigin(baseURL: string | undefined): string {
  expect(baseURL, "playwright.config.ts sets baseURL").toBeTruthy();
  return new URL(baseURL!).origin;
}

test("the build under test was made for the server under test", ({ baseURL }) => {
  const origin = siteOrigin(baseURL);
  const foreign = catalog.errors.filter((error) => new URL(error.url).origin !== origin).map((error) => error.url);
  expect(
    foreign.length,
    report(
      `${E2E_OUT_DIR}/catalog.json has URLs outside ${origin}: rebuild with SITE_URL=${origin} (npm run test:e2e does)`,
      foreign,
      5,
    ),
  ).toBe(0);
});

test("every internal link and anchor in the static HTML resolves", ({ baseURL }) => {
  const origin = siteOrigin(baseURL);
  const { files, pages } = site();
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (file: string): Set<string> => {
    let found = anchorCache.get(file);
    if (!found) anchorCache.set(file, (found = anchorsOf(pages.get(file)!)));
    return found;
  };

  const broken: string[] = [];
  let checked = 0;
  for (const [file, document] of pages) {
    const pageUrl = pageUrlOf(file, origin);
    for (const { where, value } of referencesOf(document)) {
      const at = `${E2E_OUT_DIR}/${file}: ${where}="${value}"`;
      const resolved = classifyUrl(value, pageUrl, origin);
      if (resolved.kind === "invalid") {
        broken.push(`${at}: not a valid URL`);
        continue;
      }
      if (resolved.kind !== "internal") continue;
      checked += 1;
      const target = staticTarget(resolved.url.pathname, files);
      if (target === undefined) {
        broken.push(`${at}: ${resolved.url.pathname} is not in the build (a static host answers 404)`);
        continue;
      }
      if (resolved.url.hash === "") continue;
      if (!target.endsWith(".html")) {
        broken.push(`${at}: fragment ${resolved.url.hash} on ${target}, which is not a page`);
      } else if (!fragmentExists(resolved.url.hash, anchors(target))) {
        broken.push(`${at}: ${target} has no element with id or name "${resolved.url.hash.slice(1)}"`);
      }
    }
  }

  expect(pages.size, `${E2E_OUT_DIR} has no HTML pages: build it first`).toBeGreaterThan(0);
  expect(checked).toBeGreaterThan(pages.size);
  expect(broken.length, report(`Broken internal links in ${E2E_OUT_DIR}, of ${checked} checked`, broken)).toBe(0);
});

test("external links go only to known origins", ({ baseURL }) => {
  const origin = siteOrigin(baseURL);
  const known = catalogOrigins();
  for (const extra of EXTRA_EXTERNAL_ORIGINS) known.set(extra, "EXTRA_EXTERNAL_ORIGINS in tests/e2e/links.spec.ts");

  /** origin → the links to it, with a page each */
  const external = new Map<string, Map<string, string>>();
  for (const [file, document] of site().pages) {
    for (const { value } of referencesOf(document)) {
      const resolved = classifyUrl(value, pageUrlOf(file, origin), origin);
      if (resolved.kind !== "external") continue;
      const links = external.get(resolved.url.origin) ?? new Map<string, string>();
      if (!links.has(resolved.url.href)) links.set(resolved.url.href, `${E2E_OUT_DIR}/${file}`);
      external.set(resolved.url.origin, links);
    }
  }

  const listing = [...external]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([linked, links]) => {
      const why = known.has(linked) ? `known: ${known.get(linked)}` : "UNKNOWN";
      const examples = [...links].slice(0, 3).map(([href, page]) => `\n      ${href} (e.g. on ${page})`);
      return `${linked} [${why}], ${links.size} distinct URL(s):${examples.join("")}`;
    });
  const summary = report("External origins linked from the static HTML (listed, not fetched)", listing);
  test.info().annotations.push({ type: "external origins", description: [...external.keys()].sort().join(", ") });
  console.log(summary);

  const unknown = [...external.keys()].filter((linked) => !known.has(linked)).sort();
  expect(
    unknown,
    `${summary}\nAdd an origin to a system's \`homepage\` or to EXTRA_EXTERNAL_ORIGINS only if the link is meant to be there.`,
  ).toEqual([]);
  expect(external.size, summary).toBeLessThanOrEqual(10);
});

test("every page has one h1, a title, a lang and its own canonical URL (redirects: their target)", ({ baseURL }) => {
  const origin = siteOrigin(baseURL);
  const problems: string[] = [];
  for (const [file, document] of site().pages) {
    const at = `${E2E_OUT_DIR}/${file}`;
    const facts = pageFactsOf(document);
    if (facts.h1s.length !== 1) {
      problems.push(`${at}: expected exactly one <h1>, found ${facts.h1s.length}: ${JSON.stringify(facts.h1s)}`);
    }
    if (facts.titles.length !== 1 || !facts.titles[0]) {
      problems.push(`${at}: expected one non-empty <title>, found ${JSON.stringify(facts.titles)}`);
    }
    if (!facts.lang?.trim()) problems.push(`${at}: <html> has no lang attribute`);
    if (file === "404.html") continue;
    if (facts.redirectTo !== undefined) {
      // A redirect page may name its target as canonical, never another page.
      const target = new URL(facts.redirectTo, pageUrlOf(file, origin)).href;
      if (facts.canonicals.some((canonical) => canonical !== target)) {
        problems.push(`${at}: redirects to ${target} but its canonical is ${JSON.stringify(facts.canonicals)}`);
      }
      continue;
    }
    const expected = pageUrlOf(file, origin).href;
    if (facts.canonicals.length !== 1 || facts.canonicals[0] !== expected) {
      problems.push(
        `${at}: expected <link rel="canonical" href="${expected}">, found ${JSON.stringify(facts.canonicals)}`,
      );
    }
  }
  expect(problems.length, report("Pages missing an essential", problems)).toBe(0);
});

/**
 * Every site URL the per-error JSON publishes (the `type`, `describedby`, `doc_url`… of its
 * example response, its own `url`, its system's and its related errors' URLs) and every URL in
 * catalog.json: served with 200, as a page whose canonical URL is exactly that URL.
 */
test("every URL in the example responses and catalog.json is served with itself as canonical", async ({
  request,
  baseURL,
}) => {
  const origin = siteOrigin(baseURL);
  const known = catalogOrigins();
  /** URL → where it was found (the first place) */
  const wanted = new Map<string, string>();
  const problems: string[] = [];
  const want = (url: string, where: string) => {
    if (!wanted.has(url)) wanted.set(url, where);
  };

  for (const system of catalog.systems) want(system.url, `${E2E_OUT_DIR}/catalog.json systems[id=${system.id}].url`);
  for (const error of catalog.errors) {
    want(error.url, `${E2E_OUT_DIR}/catalog.json errors[${error.system} ${error.code}].url`);
    const file = `${E2E_OUT_DIR}${error.path.replace(/\/$/, ".json")}`;
    if (!existsSync(file)) {
      problems.push(`${file}: missing (catalog.json lists ${error.url})`);
      continue;
    }
    const entry = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    const inExample = urlsInJson(entry.exampleResponse, "exampleResponse");
    if (!inExample.some(({ url }) => url === error.url)) {
      problems.push(`${file}: exampleResponse does not link to the error's own page ${error.url}`);
    }
    // The URLs the entry publishes; not `body` and `source`, which quote the source documents.
    const published = ["url", "system", "related"].flatMap((key) => urlsInJson(entry[key], key));
    for (const { path, url } of [...inExample, ...published]) {
      const linked = new URL(url).origin;
      if (linked === origin) want(url, `${file} ${path}`);
      else if (!known.has(linked)) problems.push(`${file} ${path}: "${url}" is on an unknown origin ${linked}`);
    }
  }

  const urls = [...wanted.keys()];
  for (let start = 0; start < urls.length; start += 16) {
    await Promise.all(
      urls.slice(start, start + 16).map(async (url) => {
        const where = wanted.get(url);
        const response = await request.get(url, { maxRedirects: 0 });
        if (response.status() !== 200) {
          problems.push(`${where}: GET ${url} answered ${response.status()}, expected 200`);
          return;
        }
        const canonicals = canonicalOf(parseHtml(await response.text()));
        if (canonicals.length !== 1 || canonicals[0] !== url) {
          problems.push(`${where}: ${url} has canonical ${JSON.stringify(canonicals)}, expected exactly "${url}"`);
        }
      }),
    );
  }

  expect(urls.length).toBeGreaterThanOrEqual(catalog.errors.length + catalog.systems.length);
  expect(problems.length, report(`Published URLs that do not resolve, of ${urls.length} checked`, problems)).toBe(0);
});

/** The header that holds the page's h1: where an error page shows its code, title and status. */
function errorHeader(document: HtmlDocument): HtmlElement | undefined {
  const main = [...elements(document)].find((element) => element.tagName === "main");
  if (!main) return undefined;
  return [...elements(main)].find(
    (element) => element.tagName === "header" && [...elements(element)].some((child) => child.tagName === "h1"),
  );
}

/** "404 Not Found": a status as a page shows it. */
const STATUS_LABEL = /^[1-5]\d\d [A-Z][A-Za-z' -]*$/;

test("per-error JSON and the error pages agree with catalog.json", () => {
  const { pages } = site();
  const problems: string[] = [];
  const fields = ["code", "title", "status", "message", "category", "unused", "url", "path"] as const;

  for (const row of catalog.errors) {
    const name = `${row.system} ${row.code}`;
    const match = /^\/([^/]+)\/([^/]+)\/$/.exec(row.path);
    if (!match || match[1] !== row.system) {
      problems.push(`catalog.json errors[${name}]: path "${row.path}" is not /${row.system}/<slug>/`);
      continue;
    }

    const jsonFile = `${row.system}/${match[2]}.json`;
    if (!existsSync(join(E2E_OUT_DIR, jsonFile))) {
      problems.push(`${E2E_OUT_DIR}/${jsonFile}: missing, catalog.json lists ${name}`);
    } else {
      const entry = JSON.parse(readFileSync(join(E2E_OUT_DIR, jsonFile), "utf8")) as Record<string, unknown>;
      for (const field of fields) {
        if (!Object.is(entry[field], row[field])) {
          problems.push(
            `${E2E_OUT_DIR}/${jsonFile}: ${field} is ${JSON.stringify(entry[field])}, catalog.json has ${JSON.stringify(row[field])}`,
          );
        }
      }
      const system = (entry.system as { id?: unknown } | undefined)?.id;
      if (system !== row.system) {
        problems.push(
          `${E2E_OUT_DIR}/${jsonFile}: system.id is ${JSON.stringify(system)}, catalog.json has "${row.system}"`,
        );
      }
    }

    const htmlFile = `${row.system}/${match[2]}/index.html`;
    const document = pages.get(htmlFile);
    const at = `${E2E_OUT_DIR}/${htmlFile}`;
    if (!document) {
      problems.push(`${at}: missing, catalog.json lists ${name}`);
      continue;
    }
    const header = errorHeader(document);
    if (!header) {
      problems.push(`${at}: no <header> with the <h1> in <main>`);
      continue;
    }
    const texts = [...elements(header)].map(textOf);
    const h1 = [...elements(header)].filter((element) => element.tagName === "h1").map(textOf);
    const title = row.title.replace(/\s+/g, " ").trim();
    if (h1.length !== 1 || h1[0] !== title) {
      problems.push(`${at}: <h1> is ${JSON.stringify(h1)}, catalog.json title is "${title}"`);
    }
    if (!texts.includes(row.code)) {
      problems.push(`${at}: the header shows no element with exactly the code "${row.code}"`);
    }
    // The status badge: a link or a span of its own, not the facts line that holds it.
    const badges = [...elements(header)].filter((element) => element.tagName === "a" || element.tagName === "span");
    const shownStatuses = [...new Set(badges.map(textOf).filter((text) => STATUS_LABEL.test(text)))];
    const expectedStatus = row.status === null ? [] : [statusLabel(row.status)];
    if (JSON.stringify(shownStatuses) !== JSON.stringify(expectedStatus)) {
      problems.push(
        `${at}: the header shows status ${JSON.stringify(shownStatuses)}, catalog.json status ${row.status} expects ${JSON.stringify(expectedStatus)}`,
      );
    }
  }

  expect(problems.length, report(`Disagreements with ${E2E_OUT_DIR}/catalog.json`, problems)).toBe(0);
});

test("the build never drops an entry: content files, catalog rows, pages and JSON files match one for one", () => {
  const { files, pages } = site();
  const problems: string[] = [];
  /** error page path → the file or row it comes from, for each of the four */
  const fromContent = new Map<string, string>();
  const contentFiles = listFiles(`${CONTENT_DIR}/errors`).filter((name) => /\.mdx?$/.test(name));
  for (const file of contentFiles) {
    const match = /^([^/]+)\/([^/]+)\.mdx?$/.exec(file);
    const source = `${CONTENT_DIR}/errors/${file}`;
    const path = match ? `/${match[1]}/${match[2]}/` : undefined;
    if (!path) problems.push(`${source}: not at ${CONTENT_DIR}/errors/<system>/<code-slug>.md(x)`);
    else if (fromContent.has(path)) problems.push(`${source}: same page ${path} as ${fromContent.get(path)}`);
    else fromContent.set(path, source);
  }

  const fromCatalog = new Map<string, string>();
  for (const row of catalog.errors) {
    const where = `${E2E_OUT_DIR}/catalog.json errors[${row.system} ${row.code}]`;
    if (fromCatalog.has(row.path)) problems.push(`${where}: path ${row.path} repeats ${fromCatalog.get(row.path)}`);
    else fromCatalog.set(row.path, where);
  }

  const fromPages = new Map<string, string>();
  const fromJson = new Map<string, string>();
  for (const file of files) {
    const page = /^([^/]+)\/([^/]+)\/index\.html$/.exec(file);
    const isRedirect = page && pages.get(file) && pageFactsOf(pages.get(file)!).redirectTo !== undefined;
    if (page && systemIds.has(page[1]!) && !NON_ERROR_ROUTES.has(page[2]!) && !isRedirect) {
      fromPages.set(`/${page[1]}/${page[2]}/`, `${E2E_OUT_DIR}/${file}`);
    }
    const json = /^([^/]+)\/([^/]+)\.json$/.exec(file);
    if (json && systemIds.has(json[1]!)) fromJson.set(`/${json[1]}/${json[2]}/`, `${E2E_OUT_DIR}/${file}`);
  }

  const sources = [
    [`${CONTENT_DIR}/errors/**/*.{md,mdx}`, fromContent],
    ["catalog.json rows", fromCatalog],
    [`${E2E_OUT_DIR}/<system>/<slug>/index.html`, fromPages],
    [`${E2E_OUT_DIR}/<system>/<slug>.json`, fromJson],
  ] as const;
  const allPaths = new Set(sources.flatMap(([, paths]) => [...paths.keys()]));
  for (const path of [...allPaths].sort()) {
    const present = sources.filter(([, paths]) => paths.has(path));
    if (present.length === sources.length) continue;
    const missing = sources.filter(([, paths]) => !paths.has(path)).map(([label]) => label);
    problems.push(
      `${path}: in ${present.map(([, paths]) => paths.get(path)).join(", ")}; missing from ${missing.join(", ")}`,
    );
  }

  const counts = `${contentFiles.length} content files, ${catalog.errors.length} catalog rows, ${fromPages.size} error pages, ${fromJson.size} JSON files`;
  expect(problems.length, report(`Entries dropped or added on the way (${counts})`, problems)).toBe(0);
  expect([catalog.errors.length, fromPages.size, fromJson.size], `The counts differ: ${counts}`).toEqual([
    contentFiles.length,
    contentFiles.length,
    contentFiles.length,
  ]);
  expect(contentFiles.length, `no error files in ${CONTENT_DIR}/errors`).toBeGreaterThan(0);
});
