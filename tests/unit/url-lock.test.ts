import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/lib/catalog-model";
import { formatProblem } from "../../src/lib/catalog-problem";
import { collectAnchorPages, collectRedirects, redirectProblems } from "../../src/lib/redirects";
import { formatLock, lostUrlProblems, parseLock, publishedPaths, unlockedPaths } from "../../src/lib/url-lock";
import { checkPublishedUrls } from "../../src/lib/published-urls";
import { shopError, shopSystem } from "./catalog-fixtures";
import { CONTENT_DIR } from "../../src/data/content-dir";
import { itBundled } from "./bundled-only";
import { contentErrors, contentSystems } from "./content-catalog";

describe("the URL lock", () => {
  it("round-trips, ignoring comments and blank lines, sorted and without duplicates", () => {
    const text = formatLock(["/b/", "/a/", "/b/"]);
    expect(text.startsWith("# Every URL errordex has published")).toBe(true);
    expect(parseLock(text)).toEqual(["/a/", "/b/"]);
    expect(parseLock("\n# note\n /x/ \n\n")).toEqual(["/x/"]);
  });

  it("reports a locked URL that is no longer served, saying how to keep it", () => {
    const problems = lostUrlProblems(
      ["/shop/101/", "/shop/101.json", "/shop/"],
      ["/shop/"],
      "content/published-urls.txt",
    );
    expect(problems.map(formatProblem)).toMatchSnapshot();
    expect(unlockedPaths(["/shop/"], ["/shop/", "/shop/102/"])).toEqual(["/shop/102/"]);
  });

  it("is checked as the build and npm run check check it: a missing lock, and a lost URL, are problems", () => {
    const catalog = buildCatalog([shopSystem()], [shopError("shop/101.md")]);
    const missing = checkPublishedUrls(catalog, { file: "content/published-urls.txt", text: undefined });
    expect(missing.problems.map((problem) => problem.message)).toEqual(["the lock of published URLs is missing."]);
    const locked = formatLock(["/shop/", "/shop/101/", "/shop/101.json", "/shop/102/"]);
    const lost = checkPublishedUrls(catalog, { file: "content/published-urls.txt", text: locked });
    expect(lost.problems.map((problem) => problem.field)).toEqual(["/shop/102/"]);
  });
});

describe("redirects", () => {
  const system = shopSystem({
    codeScheme: { kind: "numeric", pattern: "9[0-9]{2}", description: "three digits, the first 9", prefix: "9" },
    categories: [{ id: "orders", name: "Orders" }],
    legacy: { paths: ["/doc/{code}"], anchors: { page: "/doc/", anchor: "e-{part}", title: "Old shop errors" } },
  });
  const catalog = buildCatalog(
    [system],
    [
      shopError("shop/901.md", { code: "901", redirectFrom: ["/shop/order-missing/"] }),
      shopError("shop/902.md", {
        code: "902",
        lifecycle: { state: "retired", since: "2026-11-01", note: "Merged into 901.", replacedBy: "901" },
      }),
    ],
  );

  it("come from entries and from a system's legacy paths, with an anchor page per old document", () => {
    expect(collectRedirects(catalog).map((r) => `${r.from} -> ${r.to}`)).toEqual([
      "/doc/901 -> /shop/901/",
      "/doc/902 -> /shop/902/",
      "/shop/order-missing/ -> /shop/901/",
    ]);
    const [page] = collectAnchorPages(catalog);
    expect(page?.entries.map((entry) => [entry.id, entry.label, entry.errors.map((e) => e.code)])).toEqual([
      ["e-01", "01", ["901"]],
      ["e-02", "02", ["902"]],
    ]);
    expect(publishedPaths(catalog, collectRedirects(catalog), [page!])).toEqual([
      "/doc/",
      "/doc/901",
      "/doc/902",
      "/shop/",
      "/shop/901.json",
      "/shop/901/",
      "/shop/902.json",
      "/shop/902/",
      "/shop/order-missing/",
    ]);
  });

  it("keep a retired error's page, marked unused, with its replacement", () => {
    const retired = catalog.errors.find((error) => error.code === "902")!;
    expect(retired.unused).toBe(true);
    expect(retired.replacedBy?.path).toBe("/shop/901/");
  });

  it("must not shadow a served page or lead one old path to two pages", () => {
    const clash = buildCatalog(
      [system],
      [
        shopError("shop/901.md", { code: "901", redirectFrom: ["/shop/902/", "/old/"] }),
        shopError("shop/902.md", { code: "902", redirectFrom: ["/old/"] }),
      ],
    );
    const redirects = collectRedirects(clash);
    expect(redirectProblems(clash, redirects, collectAnchorPages(clash)).map(formatProblem)).toMatchSnapshot();
  });
});

describe("the committed catalog's URLs", () => {
  const catalog = buildCatalog(contentSystems(), contentErrors());
  const redirects = collectRedirects(catalog);
  const anchorPages = collectAnchorPages(catalog);
  const served = publishedPaths(catalog, redirects, anchorPages);
  const lockFile = `${CONTENT_DIR}/published-urls.txt`;
  const locked = parseLock(readFileSync(lockFile, "utf8"));

  it("has sound redirects", () => {
    expect(redirectProblems(catalog, redirects, anchorPages).map(formatProblem)).toEqual([]);
  });

  it("still serves every URL it ever published", () => {
    expect(lostUrlProblems(locked, served, lockFile).map(formatProblem)).toEqual([]);
  });

  it("has every URL it serves in the lock (run `npm run urls:lock` and commit the lock)", () => {
    expect(unlockedPaths(locked, served)).toEqual([]);
  });

  itBundled("keeps the old entrecode links: /doc/errors/2202 and /doc/errors/#error-202", () => {
    expect(redirects).toContainEqual(expect.objectContaining({ from: "/doc/errors/2202", to: "/data-manager/2202/" }));
    const entry = anchorPages.find((page) => page.path === "/doc/errors/")?.entries.find((e) => e.id === "error-202");
    expect(entry?.errors.map((error) => error.path)).toEqual([
      "/account-server/1202/",
      "/data-manager/2202/",
      "/app-manager/3202/",
    ]);
  });
});
