/**
 * Pure helpers for checking a built site on disk the way a static host serves it: list its
 * files, parse its HTML with parse5, collect the URLs a page references, and resolve a URL path
 * to the file a host would answer with. No Playwright, no network.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parse, type DefaultTreeAdapterTypes } from "parse5";

export type HtmlDocument = DefaultTreeAdapterTypes.Document;
export type HtmlElement = DefaultTreeAdapterTypes.Element;
type HtmlNode = DefaultTreeAdapterTypes.Node;

/** Every file under `root`, as sorted POSIX paths relative to it (`data-manager/2202/index.html`). */
export function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

export function parseHtml(html: string): HtmlDocument {
  return parse(html);
}

export function readHtml(root: string, file: string): HtmlDocument {
  return parseHtml(readFileSync(join(root, file), "utf8"));
}

function isElement(node: HtmlNode): node is HtmlElement {
  return "tagName" in node;
}

/**
 * Every element under `node`, in document order. A `<template>`'s content is skipped: it is not
 * part of the page until a script clones it, and scripts' output is checked by other tests.
 */
export function* elements(node: HtmlNode): Generator<HtmlElement> {
  if (!("childNodes" in node)) return;
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    yield child;
    yield* elements(child);
  }
}

export function attribute(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name && !attr.namespace)?.value;
}

/** The text of a node, whitespace collapsed, like `textContent` then trimmed. */
export function textOf(node: HtmlNode): string {
  const parts: string[] = [];
  const collect = (current: HtmlNode): void => {
    if (current.nodeName === "#text" && "value" in current) parts.push(current.value);
    if ("childNodes" in current) current.childNodes.forEach(collect);
  };
  collect(node);
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** One URL a page references in its static HTML. */
export interface Reference {
  /** `a[href]`, `link[rel=canonical][href]`, `meta[http-equiv=refresh][content]`… */
  where: string;
  value: string;
}

/** Which attributes of which elements hold a URL the browser loads or navigates to. */
const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  script: ["src"],
  img: ["src"],
  source: ["src"],
  iframe: ["src"],
  form: ["action"],
};

/** The URL of a `<meta http-equiv="refresh" content="0;url=/x/">`, if the element is one. */
export function refreshTarget(element: HtmlElement): string | undefined {
  if (element.tagName !== "meta" || attribute(element, "http-equiv")?.toLowerCase() !== "refresh") return undefined;
  const match = /^\s*\d*(?:\.\d*)?\s*[;,]?\s*(?:url\s*=\s*)?(['"]?)(.*)\1\s*$/i.exec(
    attribute(element, "content") ?? "",
  );
  return match?.[2] || undefined;
}

/** Every URL the static HTML of a page references, in document order. */
export function referencesOf(document: HtmlDocument): Reference[] {
  const references: Reference[] = [];
  for (const element of elements(document)) {
    const rel = attribute(element, "rel");
    const label = rel ? `${element.tagName}[rel=${rel}]` : element.tagName;
    for (const name of URL_ATTRIBUTES[element.tagName] ?? []) {
      const value = attribute(element, name);
      if (value !== undefined) references.push({ where: `${label}[${name}]`, value });
    }
    for (const name of ["srcset"]) {
      const value = attribute(element, name);
      if (value === undefined) continue;
      for (const candidate of value.split(",")) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) references.push({ where: `${element.tagName}[${name}]`, value: url });
      }
    }
    const refresh = refreshTarget(element);
    if (refresh !== undefined) references.push({ where: "meta[http-equiv=refresh]", value: refresh });
  }
  return references;
}

export type ClassifiedUrl =
  | { kind: "internal"; url: URL }
  | { kind: "external"; url: URL }
  /** `mailto:`, `tel:`, `javascript:`, `data:`… */
  | { kind: "other"; scheme: string }
  | { kind: "invalid" };

/** Resolves `value` against the page URL and tells whether it stays on the site's origin. */
export function classifyUrl(value: string, pageUrl: URL, siteOrigin: string): ClassifiedUrl {
  let url: URL;
  try {
    url = new URL(value.trim(), pageUrl);
  } catch {
    return { kind: "invalid" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { kind: "other", scheme: url.protocol };
  return url.origin === siteOrigin ? { kind: "internal", url } : { kind: "external", url };
}

/**
 * The file a static host answers a URL path with, or undefined for a 404: `/` → `index.html`,
 * `/x/` → `x/index.html`, `/x` → the file `x` or else `x/index.html`.
 */
export function staticTarget(pathname: string, files: ReadonlySet<string>): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const relativePath = path.replace(/^\/+/, "");
  if (relativePath === "" || relativePath.endsWith("/")) {
    const index = `${relativePath}index.html`;
    return files.has(index) ? index : undefined;
  }
  if (files.has(relativePath)) return relativePath;
  const index = `${relativePath}/index.html`;
  return files.has(index) ? index : undefined;
}

/** The canonical URL a built HTML file is served at: `a/b/index.html` → `<origin>/a/b/`. */
export function pageUrlOf(file: string, siteOrigin: string): URL {
  const path =
    file === "index.html" ? "/" : file.endsWith("/index.html") ? `/${file.slice(0, -"index.html".length)}` : `/${file}`;
  return new URL(path, siteOrigin);
}

/** Every fragment a page can be scrolled to: its elements' ids and its anchors' names. */
export function anchorsOf(document: HtmlDocument): Set<string> {
  const anchors = new Set<string>();
  for (const element of elements(document)) {
    const id = attribute(element, "id");
    if (id) anchors.add(id);
    const name = element.tagName === "a" ? attribute(element, "name") : undefined;
    if (name) anchors.add(name);
  }
  return anchors;
}

/**
 * Whether a URL fragment (`#…`, as in `URL.hash`) scrolls somewhere on a page with these anchors,
 * as the HTML standard finds it: the fragment as is or percent-decoded; empty and `top` mean the
 * top of the page.
 */
export function fragmentExists(hash: string, anchors: ReadonlySet<string>): boolean {
  const fragment = hash.replace(/^#/, "");
  if (fragment === "" || fragment.toLowerCase() === "top" || anchors.has(fragment)) return true;
  try {
    return anchors.has(decodeURIComponent(fragment));
  } catch {
    return false;
  }
}

/** What every page needs in its head and body, as found. */
export interface PageFacts {
  lang: string | undefined;
  titles: string[];
  h1s: string[];
  canonicals: string[];
  /** The target of a `<meta http-equiv="refresh">`, as written, on a redirect page. */
  redirectTo: string | undefined;
}

export function pageFactsOf(document: HtmlDocument): PageFacts {
  const facts: PageFacts = { lang: undefined, titles: [], h1s: [], canonicals: [], redirectTo: undefined };
  for (const element of elements(document)) {
    if (element.tagName === "html") facts.lang = attribute(element, "lang");
    if (element.tagName === "title") facts.titles.push(textOf(element));
    if (element.tagName === "h1") facts.h1s.push(textOf(element));
    if (element.tagName === "link" && attribute(element, "rel")?.toLowerCase().split(/\s+/).includes("canonical")) {
      facts.canonicals.push(attribute(element, "href") ?? "");
    }
    facts.redirectTo ??= refreshTarget(element);
  }
  return facts;
}

export function canonicalOf(document: HtmlDocument): string[] {
  return pageFactsOf(document).canonicals;
}

/**
 * Every absolute http(s) URL in a JSON value, with its JSON path (`exampleResponse._links.describedby.href`):
 * whole strings that are URLs and URLs written inside longer strings.
 */
export function urlsInJson(value: unknown, path = ""): Array<{ path: string; url: string }> {
  if (typeof value === "string") {
    return [...value.matchAll(/https?:\/\/[^\s"'<>`]+/g)].map((match) => ({
      path,
      url: match[0].replace(/[.,;:!?)\]}]+$/, ""),
    }));
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => urlsInJson(item, `${path}[${index}]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => urlsInJson(item, path ? `${path}.${key}` : key));
  }
  return [];
}
