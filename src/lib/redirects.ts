import { compareCodes, type Catalog, type CatalogError } from "./catalog-model";
import type { CatalogProblem } from "./catalog-problem";
import { RESERVED_SYSTEM_IDS } from "./urls";

/** An old path that must keep leading to a page. */
export interface Redirect {
  /** The old site path, e.g. `/doc/errors/2202` or `/hazizz/old-slug/`. */
  from: string;
  /** The page it leads to, e.g. `/data-manager/2202/`. */
  to: string;
  /** The file that declares it, for messages. */
  declaredIn: string;
  /** The system's `legacy.paths` template it was filled in from, if any (`/doc/errors/{code}`). */
  template?: string;
}

/** An old single-page document served again: one entry per anchor, linking to the errors. */
export interface AnchorPage {
  path: string;
  title: string;
  entries: Array<{ id: string; label: string; errors: CatalogError[] }>;
}

/** `{code}` and `{part}` (the code without the system's prefix) filled in for one error. */
function fill(template: string, error: CatalogError, prefix: string | undefined): string {
  const part = prefix && error.code.startsWith(prefix) ? error.code.slice(prefix.length) : error.code;
  return template.replaceAll("{code}", error.code).replaceAll("{part}", part);
}

/** Every redirect the catalog declares: entries' and systems' `redirectFrom`, systems' legacy paths. */
export function collectRedirects(catalog: Catalog): Redirect[] {
  const redirects: Redirect[] = [];
  for (const system of catalog.systems) {
    for (const from of system.data.redirectFrom) redirects.push({ from, to: system.path, declaredIn: system.filePath });
    for (const error of system.errors) {
      for (const from of error.data.redirectFrom) redirects.push({ from, to: error.path, declaredIn: error.filePath });
      for (const template of system.data.legacy.paths) {
        redirects.push({
          from: fill(template, error, system.data.codeScheme.prefix),
          to: error.path,
          declaredIn: system.filePath,
          template,
        });
      }
    }
  }
  return redirects.sort((a, b) => a.from.localeCompare(b.from, "en"));
}

/** The old single-page documents, merged across the systems that share one page. */
export function collectAnchorPages(catalog: Catalog): AnchorPage[] {
  const pages = new Map<string, AnchorPage>();
  for (const system of catalog.systems) {
    const anchors = system.data.legacy.anchors;
    if (!anchors) continue;
    const page = pages.get(anchors.page) ?? { path: anchors.page, title: anchors.title, entries: [] };
    pages.set(anchors.page, page);
    for (const error of system.errors) {
      const id = fill(anchors.anchor, error, system.data.codeScheme.prefix);
      let entry = page.entries.find((candidate) => candidate.id === id);
      if (!entry) {
        entry = { id, label: fill("{part}", error, system.data.codeScheme.prefix), errors: [] };
        page.entries.push(entry);
      }
      entry.errors.push(error);
    }
  }
  for (const page of pages.values()) {
    page.entries.sort((a, b) => a.label.localeCompare(b.label, "en", { numeric: true }));
    for (const entry of page.entries) entry.errors.sort((a, b) => compareCodes(a.code, b.code));
  }
  return [...pages.values()];
}

/**
 * A redirect must not shadow a page that is served, and one old path cannot lead to two pages.
 */
export function redirectProblems(catalog: Catalog, redirects: Redirect[], anchorPages: AnchorPage[]): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const served = new Set<string>([
    ...catalog.systems.map((system) => system.path),
    ...catalog.errors.map((error) => error.path),
    ...anchorPages.map((page) => page.path),
  ]);
  const seen = new Map<string, Redirect>();
  for (const redirect of redirects) {
    const slashed = redirect.from.endsWith("/") ? redirect.from : `${redirect.from}/`;
    const firstSegment = redirect.from.split("/")[1] ?? "";
    if (served.has(slashed) || redirect.from === "/" || RESERVED_SYSTEM_IDS.includes(firstSegment)) {
      problems.push({
        file: redirect.declaredIn,
        field: "redirectFrom",
        message: `${redirect.from} is a page the site serves, so it cannot also redirect to ${redirect.to}.`,
        fix: `remove ${redirect.from} from the redirects; a served page keeps its own URL.`,
      });
      continue;
    }
    const earlier = seen.get(slashed);
    if (earlier && earlier.to !== redirect.to) {
      problems.push({
        file: redirect.declaredIn,
        field: "redirectFrom",
        message: `${redirect.from} already redirects to ${earlier.to} (declared in ${earlier.declaredIn}); it cannot also lead to ${redirect.to}.`,
        fix: "keep one target for each old path.",
      });
    }
    seen.set(slashed, redirect);
  }
  return problems;
}
