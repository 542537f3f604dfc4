import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test as base, type ConsoleMessage } from "@playwright/test";
import { parse, type DefaultTreeAdapterTypes } from "parse5";
import { E2E_OUT_DIR } from "../../playwright.config";
import { COPY_ON_CLICK, INLINE_HANDLERS } from "../../src/scripts/inline-handlers";
import { BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE } from "../bundled-catalog";
import { builtCatalog, samplePages } from "./built-catalog";
import { headersFor, parseHeadersFile } from "./headers-file";
import { waitForResults } from "./search-helpers";

/**
 * The site under the headers of `_headers` (as Netlify or Cloudflare Pages would send them):
 * every kind of page, with its scripts doing their work, breaks no rule of the
 * Content-Security-Policy and asks nothing of another origin.
 *
 * `astro preview` does not read `_headers`, so every request is answered here: the server's
 * response plus the headers the file gives its URL. Requests from Pagefind's Web Worker are
 * answered the same way, so the worker runs under the policy too.
 */
const rules = parseHeadersFile(readFileSync(`${E2E_OUT_DIR}/_headers`, "utf8"));
const expectedHeaders = headersFor(rules, new URL("http://localhost/"));
const policy = expectedHeaders["content-security-policy"];
const catalog = builtCatalog();
const sample = samplePages(catalog);

interface SecurityWatch {
  /** Violations reported to the pages, and console messages about the policies. */
  violations: string[];
  /** Requests to any origin other than the site's. */
  foreign: string[];
  /** Same-origin URLs the browser loaded, in order. */
  requested: string[];
  /** Waits until the pages have reported what they will, then asserts that nothing broke a rule. */
  expectClean(): Promise<void>;
}

const test = base.extend<{ security: SecurityWatch; dropFromPolicy: string }>({
  /** For checking the check: a source expression taken out of the policy before it is sent. */
  dropFromPolicy: ["", { option: true }],
  security: async ({ page, context, baseURL, dropFromPolicy }, use) => {
    const origin = new URL(baseURL!).origin;
    const violations: string[] = [];
    const foreign: string[] = [];
    const requested: string[] = [];
    const unanswered: string[] = [];
    const documents: Promise<{ url: string; headers: Record<string, string> }>[] = [];
    const answered = new Set<string>();

    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      // Foreign requests are recorded below; none may leave the machine.
      if (url.origin !== origin) return route.abort("blockedbyclient");
      // Redirects go back to the browser, which asks again, so every hop gets the headers.
      const response = await route.fetch({ maxRedirects: 0 });
      answered.add(url.href);
      const headers = { ...response.headers(), ...headersFor(rules, url) };
      const csp = headers["content-security-policy"];
      if (dropFromPolicy && csp) headers["content-security-policy"] = csp.replace(` ${dropFromPolicy}`, "");
      await route.fulfill({ response, headers });
    });
    context.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin) foreign.push(`${request.resourceType()} ${request.url()}`);
      else requested.push(url.href);
    });
    context.on("requestfinished", (request) => {
      if (new URL(request.url()).origin === origin && !answered.has(request.url())) unanswered.push(request.url());
    });
    page.on("response", (response) => {
      if (response.request().isNavigationRequest() && response.request().frame() === page.mainFrame()) {
        documents.push(response.allHeaders().then((headers) => ({ url: response.url(), headers })));
      }
    });

    // Violations in the page: the event the browser fires for each, sent here as it happens,
    // so they survive navigation. Violations inside a worker fire there, where no script of
    // ours runs; the browser also logs every violation, so the console is read as well.
    await page.exposeFunction("__reportViolation", (report: string) => violations.push(report));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const where = event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber}:${event.columnNumber})` : "";
        const sample = event.sample ? `: ${event.sample}` : "";
        (window as unknown as { __reportViolation(report: string): void }).__reportViolation(
          `${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI}${where}${sample}`,
        );
      });
    });
    const policyMessages = new Set<string>();
    const readConsole = (message: ConsoleMessage) => {
      const text = message.text();
      if (/content security policy|permissions[- ]policy/i.test(text) && !policyMessages.has(text)) {
        policyMessages.add(text);
        violations.push(`console ${message.type()}: ${text}`);
      }
    };
    page.on("console", readConsole);
    page.on("worker", (worker) => worker.on("console", readConsole));

    await use({
      violations,
      foreign,
      requested,
      expectClean: async () => {
        // Violation events are queued as tasks: let the page run the ones already queued.
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
        // Not vacuous: the pages were served with the file's headers, and so was everything else.
        expect(documents.length, "no page was loaded").toBeGreaterThan(0);
        for (const document of await Promise.all(documents)) {
          for (const [name, value] of Object.entries(expectedHeaders)) {
            expect(document.headers[name], `${document.url}: ${name}`).toBe(value);
          }
        }
        expect(unanswered, "same-origin responses served without the _headers headers").toEqual([]);
        expect(violations, `policy violations:\n${violations.join("\n")}`).toEqual([]);
        expect(foreign, `requests to other origins:\n${foreign.join("\n")}`).toEqual([]);
      },
    });
  },
});

/** Pagefind and the search data load only where search runs. */
function expectNoSearchLoaded(security: SecurityWatch): void {
  const search = security.requested.filter((url) => /\/pagefind\/|\/search\/.+\.json$/.test(new URL(url).pathname));
  expect(search, "search code or data loaded outside the search page").toEqual([]);
}

/**
 * What the policy would refuse in a page's HTML, wherever it is: inline scripts (other than data
 * blocks, which never run), <style>, style="", event-handler attributes other than the listed
 * inline handlers (src/scripts/inline-handlers.ts), javascript: URLs, embedded content, and
 * scripts or stylesheets from elsewhere.
 */
function inlineCode(html: string): string[] {
  const found: string[] = [];
  const visit = (node: DefaultTreeAdapterTypes.Node): void => {
    if ("tagName" in node) {
      const attrs = new Map(node.attrs.map((attr) => [attr.name, attr.value]));
      const type = attrs.get("type")?.toLowerCase();
      if (
        node.tagName === "script" &&
        !attrs.has("src") &&
        type !== "application/json" &&
        type !== "application/ld+json"
      ) {
        found.push(`inline <script${type ? ` type="${type}"` : ""}>`);
      }
      if (node.tagName === "style") found.push("<style>");
      if (["iframe", "object", "embed", "frame"].includes(node.tagName)) found.push(`<${node.tagName}>`);
      for (const { name, value } of node.attrs) {
        if (name === "style") found.push(`<${node.tagName} style="${value}">`);
        if (/^on/.test(name) && !INLINE_HANDLERS.includes(value)) found.push(`<${node.tagName} ${name}>`);
        if (/^\s*javascript:/i.test(value)) found.push(`<${node.tagName} ${name}="${value}">`);
      }
      const loads =
        node.tagName === "script"
          ? attrs.get("src")
          : attrs.get("rel") === "stylesheet"
            ? attrs.get("href")
            : undefined;
      if (loads !== undefined && !/^\/(?!\/)/.test(loads)) found.push(`<${node.tagName}> from ${loads}`);
    }
    if ("childNodes" in node) node.childNodes.forEach(visit);
    if ("content" in node) visit(node.content);
  };
  visit(parse(html));
  return found;
}

test("no built page has code the policy would refuse", () => {
  const pages = readdirSync(E2E_OUT_DIR, { recursive: true, encoding: "utf8" }).filter((file) =>
    file.endsWith(".html"),
  );
  expect(pages.length).toBeGreaterThan(catalog.errors.length);
  const problems = pages.flatMap((file) =>
    inlineCode(readFileSync(join(E2E_OUT_DIR, file), "utf8")).map((problem) => `${file}: ${problem}`),
  );
  expect(problems, problems.slice(0, 50).join("\n")).toEqual([]);
  // The checker finds what it looks for.
  expect(
    inlineCode(
      `<script>x()</script><script type="application/json">[]</script><p style="color:red" onclick="x()"><style></style>`,
    ),
  ).toEqual(["inline <script>", '<p style="color:red">', "<p onclick>", "<style>"]);
  // A listed handler passes; the same attribute with any other text does not.
  expect(inlineCode(`<button onclick="${COPY_ON_CLICK.replaceAll('"', "&quot;")}"></button>`)).toEqual([]);
  expect(inlineCode(`<button onclick="${COPY_ON_CLICK} "></button>`)).toEqual(["<button onclick>"]);
});

test.describe("served with the headers of _headers", () => {
  test("the file sets a strict policy", () => {
    expect(policy).toBeDefined();
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'unsafe-hashes' 'sha256-");
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:|data:|blob:/);
    expect(expectedHeaders["x-content-type-options"]).toBe("nosniff");
    expect(expectedHeaders["referrer-policy"]).toBeDefined();
    expect(expectedHeaders["x-frame-options"]).toBe("DENY");
  });

  test("the home page, and its lookup of a paste too long for a URL", async ({ page, security }) => {
    test.skip(!BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expectNoSearchLoaded(security);
    const paste = `${" ".repeat(3000)}{"error": {"status": 400, "message": "Api token is invalid.", "code": "InvalidApiToken"}}`;
    await page.getByLabel("Paste a code, a message, or the whole error response").fill(paste);
    await page.getByRole("button", { name: "Look up" }).click();
    await expect(page).toHaveURL(/\/search\/#paste$/);
    await waitForResults(page, paste);
    await expect(page.locator("a[data-search-result]").first()).toHaveAttribute(
      "href",
      "/sso-groups/invalid-api-token/",
    );
    await security.expectClean();
  });

  test("a system's index, filtered by status", async ({ page, security }) => {
    test.skip(!sample.withStatus, "no error of the catalog has an HTTP status");
    const { status, system } = sample.withStatus!;
    await page.goto(system);
    await page
      .getByRole("navigation", { name: "Filter by HTTP status" })
      .getByRole("button", { name: new RegExp(`^${status}`) })
      .click();
    await expect(page).toHaveURL(new RegExp(`\\?status=${status}$`));
    await expect(page.locator("tr[data-status]:visible").first()).toHaveAttribute("data-status", String(status));
    expectNoSearchLoaded(security);
    await security.expectClean();
  });

  test("an error page, its copy button and the search shortcut", async ({ page, context, baseURL, security }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(sample.error);
    await page.getByRole("button", { name: "Copy page URL" }).click();
    await expect(page.getByRole("button", { name: "Copy page URL" })).toHaveText("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(sample.error, baseURL).href);
    await page.keyboard.press("/");
    await expect(page.locator("#site-search")).toBeFocused();
    expectNoSearchLoaded(security);
    await security.expectClean();
  });

  test("an MDX error page", async ({ page, security }) => {
    test.skip(!BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE);
    await page.goto("/data-manager/2202/");
    await page.locator("summary", { hasText: "own example of this error" }).click();
    await expect(page.getByRole("complementary", { name: "Differences from the document" })).toBeVisible();
    // Its code block is plain: highlighting would colour it with style="" attributes.
    await expect(page.locator(".prose pre").first()).toContainText('"_embedded"');
    await page.keyboard.press("Control+k");
    await expect(page.locator("#site-search")).toBeFocused();
    expectNoSearchLoaded(security);
    await security.expectClean();
  });

  test("a status page and the status index", async ({ page, security }) => {
    test.skip(!sample.withStatus, "no error of the catalog has an HTTP status");
    const { status } = sample.withStatus!;
    await page.goto(`/status/${status}/`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(String(status));
    await page.goto("/status/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("HTTP statuses");
    await expect(page.locator(`a[href="/status/${status}/"]`).first()).toBeVisible();
    expectNoSearchLoaded(security);
    await security.expectClean();
  });

  test("the search page, with a query and filters", async ({ page, security }) => {
    test.skip(!BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE);
    await page.goto(`/search/?q=${encodeURIComponent("not found")}`);
    await waitForResults(page, "not found");
    await page.getByText("Filters").click();
    await page.getByRole("checkbox", { name: /^404 Not Found \(\d+\)$/ }).check();
    await waitForResults(page, "not found");
    await expect(page.locator("[data-search-results] > li").first()).toContainText("404 Not Found");
    // Pagefind ran, in its worker, under the policy.
    expect(security.requested.some((url) => url.endsWith("/pagefind/pagefind-worker.js"))).toBe(true);
    expect(security.requested.some((url) => /\/pagefind\/wasm\.\w+\.pagefind$/.test(url))).toBe(true);
    await security.expectClean();
  });

  test("the 404 page, and its suggestion for a code typed into the URL", async ({ page, security }) => {
    test.skip(!BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE);
    const response = await page.goto("/accounts/user:not_found");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("link", { name: "/accounts/user-not-found/" })).toBeVisible();
    expectNoSearchLoaded(security);
    await security.expectClean();
  });

  test("an old URL's redirect page, and the old anchor page", async ({ page, security }) => {
    test.skip(!BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE);
    // Hosts that read no _redirects file serve an HTML page that refreshes to the new URL.
    await page.goto("/doc/errors/2202");
    await expect(page).toHaveURL("/data-manager/2202/");
    await page.goto("/doc/errors/#error-202");
    await expect(page.locator('#error-202 a[href="/data-manager/2202/"]')).toBeVisible();
    expectNoSearchLoaded(security);
    await security.expectClean();
  });
});

test.describe("the check itself", () => {
  test("an inline script injected into a page is blocked, and reported twice", async ({ page, security }) => {
    await page.goto(sample.error);
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__x=1";
      document.body.append(script);
    });
    await expect.poll(() => security.violations).toContain(`${sample.error}: script-src-elem blocked inline`);
    await expect
      .poll(() => security.violations.join("\n"))
      .toMatch(/^console error: Executing inline script violates the following Content Security Policy/m);
    expect(await page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();
  });

  test.describe("without 'unsafe-hashes'", () => {
    test.use({ dropFromPolicy: "'unsafe-hashes'" });

    test("the copy button's inline handler is refused, and reported", async ({ page, security }) => {
      await page.goto(sample.error);
      await page.getByRole("button", { name: "Copy page URL" }).click();
      await expect
        .poll(() => security.violations.join("\n"))
        .toMatch(/script-src-attr blocked inline|inline event handler/i);
      await expect(page.getByRole("button", { name: "Copy page URL" })).toHaveText("Copy");
    });
  });

  test.describe("without 'wasm-unsafe-eval'", () => {
    test.use({ dropFromPolicy: "'wasm-unsafe-eval'" });

    test("search fails, and the refusal inside Pagefind's worker is reported", async ({ page, security }) => {
      await page.goto(`/search/?q=${encodeURIComponent("refresh token cookie")}`);
      await expect
        .poll(() => security.violations.join("\n"), { timeout: 10_000 })
        .toMatch(/^console error: [\s\S]*WebAssembly[\s\S]*violates[\s\S]*Content Security policy/im);
      await expect(page.locator("a[data-search-result]")).toHaveCount(0);
    });

    test("an exact answer still shows, and the page says the other results could not be loaded", async ({
      page,
      security,
    }) => {
      test.skip(!BUNDLED_CATALOG, BUNDLED_CATALOG_NOTE);
      await page.goto(`/search/?q=${encodeURIComponent("not found")}`);
      await expect
        .poll(() => security.violations.join("\n"), { timeout: 10_000 })
        .toMatch(/WebAssembly[\s\S]*violates[\s\S]*Content Security policy/i);
      await expect(page.locator("a[data-search-result]")).toHaveCount(1);
      await expect(page.locator("[data-search-related-results]")).toHaveAttribute("data-search-state", "error");
      await expect(page.locator("[data-search-related-summary]")).toHaveText(/could not be loaded/);
      await expect(page.locator("a[data-search-related-result]")).toHaveCount(0);
    });
  });
});
