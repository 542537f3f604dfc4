/**
 * A team's own catalog, built as the README says a team starts one: six real documents imported
 * with `npm run import` (each its own system) into an empty content folder, a config whose
 * errordex() has the team's title and Edit links, and `npm run build` with the team's SITE_URL.
 * Every documented code has exactly one page, with its text and its stated status; nothing else
 * was made; nothing names errordex or localhost; importing again changes no file.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { toString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { beforeAll, describe, expect, it } from "vitest";
import { readContent, type ErrorFile } from "../../scripts/check/read-content";
import type { CatalogJson } from "../../src/lib/catalog-json";
import { editUrl } from "../../src/lib/edit-link";
import { httpStatusInfo } from "../../src/lib/http-status";
import { attribute, elements, listFiles, readHtml, textOf, type HtmlDocument } from "../e2e/site-files";

const DOCS = "tests/fixtures/import/docs";
const ROOT = join("tests/fixtures/.build", "own-catalog");
const CONTENT = join(ROOT, "content");
const DIST = join(ROOT, "dist");
const CONFIG = join(ROOT, "astro.config.mjs");
const TITLE = "Acme API errors";
const EDIT_BASE = "https://github.com/acme/errors/edit/main/";
const SITE_URL = "https://errors.acme.example";

const documents = readdirSync(DOCS)
  .filter((file) => file.endsWith(".md"))
  .sort();

/** `npm run import -- <doc> --system <id>`, into the test's content folder. */
function importAll(): string[] {
  return documents.map((document) => {
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/import-doc.ts", join(DOCS, document), "--system", basename(document, ".md")],
      { env: { ...process.env, CONTENT_DIR: CONTENT }, encoding: "utf8" },
    );
    expect(result.stderr, document).toBe("");
    expect(result.status, document).toBe(0);
    return result.stdout;
  });
}

/** Every file of the content folder with its bytes. */
function contentFiles(): Map<string, string> {
  return new Map(listFiles(CONTENT).map((file) => [file, readFileSync(join(CONTENT, file), "utf8")]));
}

/** The plain text of an entry's opening paragraph: what the error means, in the document's words. */
function meaningOf(error: ErrorFile): string {
  const tree = unified().use(remarkParse).parse(error.body);
  const first = tree.children.find((node) => node.type === "paragraph");
  return first ? toString(first).replace(/\s+/g, " ").trim() : "";
}

/** The system of an entry: the folder it is in, `<content>/errors/<system>/<slug>.md`. */
const systemOf = (entry: ErrorFile) => entry.filePath.split("/").at(-2)!;

/** The catalog.json row of an entry; fails the test when there is none. */
function rowOf(entry: ErrorFile): CatalogJson["errors"][number] {
  const row = catalog.errors.find((r) => r.system === systemOf(entry) && r.code === entry.data.code);
  if (!row) throw new Error(`${entry.filePath}: no row in catalog.json`);
  return row;
}

function find(document: HtmlDocument, match: (tag: string, classes: string) => boolean) {
  return [...elements(document)].filter((element) => match(element.tagName, attribute(element, "class") ?? ""));
}

let firstImport: string[] = [];
let entries: ErrorFile[] = [];
let catalog: CatalogJson;
let buildOutput = "";

beforeAll(() => {
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(ROOT, { recursive: true });
  firstImport = importAll();
  const content = readContent(CONTENT);
  expect(content.problems).toEqual([]);
  entries = content.errors;
  // The team's astro.config.mjs: errordex's own, with the team's title and Edit links.
  const up = relative(ROOT, ".");
  writeFileSync(
    CONFIG,
    [
      `import base from "${up}/astro.config.mjs";`,
      `import { errordex } from "${up}/src/integrations/errordex.ts";`,
      "",
      "export default {",
      "  ...base,",
      `  integrations: [errordex({ title: ${JSON.stringify(TITLE)}, editLink: { baseUrl: ${JSON.stringify(EDIT_BASE)} } })],`,
      "};",
      "",
    ].join("\n"),
  );
  // `npm run build`: Astro, then Pagefind. Astro joins --config to the root, so it is relative.
  const build = spawnSync(process.execPath, ["scripts/build.ts", "--config", CONFIG], {
    env: {
      ...process.env,
      CONTENT_DIR: CONTENT,
      OUT_DIR: DIST,
      CACHE_DIR: join(ROOT, "cache"),
      SITE_URL,
      ASTRO_TELEMETRY_DISABLED: "1",
      NO_COLOR: "1",
    },
    encoding: "utf8",
    maxBuffer: 32 * 1024 * 1024,
  });
  buildOutput = build.stdout + build.stderr;
  expect(build.status, buildOutput.slice(-3000)).toBe(0);
  catalog = JSON.parse(readFileSync(join(DIST, "catalog.json"), "utf8")) as CatalogJson;
}, 180_000);

describe("a team's own catalog: six imported documents, the team's title and SITE_URL", () => {
  it("imports every document as its own system, and writes the URL lock the build needs", () => {
    expect(catalog.systems.map((system) => system.id).sort()).toEqual(documents.map((file) => basename(file, ".md")));
    expect(entries).toHaveLength(61);
    expect(firstImport.filter((report) => report.includes("published-urls.txt (URL lock"))).toHaveLength(6);
  });

  it("gives every documented code exactly one page, and makes no other error page", () => {
    const expected = entries.map((entry) => `/${systemOf(entry)}/${basename(entry.filePath).replace(/\.mdx?$/, "")}/`);
    expect(catalog.errors.map((row) => row.path).sort()).toEqual([...expected].sort());
    expect(new Set(catalog.errors.map((row) => `${row.system} ${row.code}`)).size).toBe(entries.length);
    const systems = new Set(catalog.systems.map((system) => system.id));
    const built = listFiles(DIST)
      .filter((file) => systems.has(file.split("/")[0]!) && /^[^/]+\/[^/]+\/index\.html$/.test(file))
      .map((file) => `/${file.slice(0, -"index.html".length)}`);
    expect(built.sort()).toEqual(catalog.errors.map((row) => row.path).sort());
  });

  it("shows each error's code, title, meaning and stated status on its page, and says when the status is not stated", () => {
    for (const entry of entries) {
      const row = rowOf(entry);
      const page = readHtml(DIST, `${row.path.slice(1)}index.html`);
      const [h1] = find(page, (tag) => tag === "h1");
      expect(textOf(h1!), row.path).toBe(entry.data.title);
      expect(row.status, row.path).toBe(entry.data.status);
      const [facts] = find(page, (tag, classes) => tag === "ul" && classes.split(" ").includes("facts"));
      const stated =
        entry.data.status == null
          ? "HTTP status not stated"
          : `${entry.data.status} ${httpStatusInfo(entry.data.status).phrase}`;
      expect(textOf(facts!), row.path).toContain(stated);
      const [main] = find(page, (tag) => tag === "main");
      expect(textOf(main!), row.path).toContain(row.code);
      // Markdown typesets the document's straight quotes as curly ones.
      expect(textOf(main!).replace(/[‘’]/g, "'").replace(/[“”]/g, '"'), row.path).toContain(meaningOf(entry));
      // None of the six documents says what to do; the page says so, under What to do.
      expect(textOf(main!), row.path).toContain("The documentation does not say yet what to do about this error.");
    }
  });

  it("says in each system's list which statuses the documents do not state", () => {
    for (const system of catalog.systems) {
      const index = textOf(find(readHtml(DIST, `${system.id}/index.html`), (tag) => tag === "main")[0]!);
      const unstated = entries.filter((entry) => systemOf(entry) === system.id && entry.data.status === null);
      expect(index.includes("status not stated"), system.id).toBe(unstated.length > 0);
      expect(index, system.id).not.toContain("no HTTP status");
    }
  });

  it("links each error page's Edit this page to its entry", () => {
    for (const entry of entries) {
      const row = rowOf(entry);
      const page = readHtml(DIST, `${row.path.slice(1)}index.html`);
      const edit = find(page, (tag) => tag === "a").filter((link) => textOf(link) === "Edit this page");
      expect(
        edit.map((link) => attribute(link, "href")),
        row.path,
      ).toEqual([editUrl(EDIT_BASE, entry.filePath)]);
    }
  });

  it("names the team's site, never errordex, in every title, header and link preview", () => {
    const pages = listFiles(DIST).filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(entries.length);
    for (const file of pages) {
      const page = readHtml(DIST, file);
      const [title] = find(page, (tag) => tag === "title");
      expect(textOf(title!), file).not.toMatch(/errordex/i);
      const siteName = find(page, (tag) => tag === "meta").find(
        (meta) => attribute(meta, "property") === "og:site_name",
      );
      expect(siteName && attribute(siteName, "content"), file).toBe(TITLE);
    }
    const [header] = find(readHtml(DIST, "index.html"), (tag) => tag === "header");
    expect(textOf(header!)).toContain(TITLE);
    expect(catalog.title).toBe(TITLE);
  });

  it("has no file that mentions localhost, and every absolute URL is the team's", () => {
    const mentions = listFiles(DIST).filter((file) => readFileSync(join(DIST, file)).includes("localhost"));
    expect(mentions).toEqual([]);
    expect(catalog.errors.every((row) => row.url.startsWith(`${SITE_URL}/`))).toBe(true);
  });

  it("changes no file when every document is imported again", () => {
    const before = contentFiles();
    const reports = importAll();
    expect(reports.every((report) => report.includes("No file changes."))).toBe(true);
    expect(contentFiles()).toEqual(before);
  });
});
