/**
 * Every kind of bad content fails the real build with a message that names the file, the field
 * and the fix. Each case in tests/fixtures/bad-content/ is a small overlay on the valid catalog
 * in tests/fixtures/content-base/ (files to add or replace, and a remove.txt of files to delete);
 * the test builds the result with `astro build` and checks what the author would read.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { LOCAL_BUILD_ENV } from "../../src/lib/local-site";

const run = promisify(execFile);
const FIXTURES = "tests/fixtures";
const WORK = join(FIXTURES, ".build");

/** What each case's build must say: the file, the field, and the fix (or the key words of it). */
const CASES: Record<string, string[]> = {
  "missing-title": ["shop/102.md", "title: is required: a short human title"],
  // A misspelt key is an error that names the key meant, never a value dropped silently.
  "misspelt-key": [
    "shop/102.md",
    "has unknown keys `tittle` (did you mean `title`?), `stauts` (did you mean `status`?)",
  ],
  "status-as-text": ["shop/102.md", "status: must be an HTTP status number"],
  "status-200": ["shop/102.md", "status: 200 is not an HTTP error status; use a registered 4xx or 5xx status"],
  "status-600": ["shop/102.md", "status: 600 is not an HTTP error status"],
  "code-unquoted": [
    "shop/102.md",
    'code: is the number 102; quote it so the code stays exactly as written: code: "102"',
  ],
  "duplicate-code": [
    "content/errors/shop/101.mdx",
    'code: "101" is already the code of',
    "Fix: keep one file per code",
  ],
  "code-outside-scheme": [
    "content/errors/shop/1011.md",
    'code: "1011" does not fit the code scheme of Shop API: three digits.',
    "Fix: correct the code, or widen codeScheme.pattern",
  ],
  "unknown-category": [
    "content/errors/shop/102.md",
    'category: "refunds" is not a category of Shop API.',
    "Fix: use one of orders, payments, or declare it under `categories`",
  ],
  "related-missing": [
    "content/errors/shop/102.md",
    'related[0]: "199" is not a code of Shop API.',
    "Fix: name an existing error",
  ],
  "unknown-system": [
    "content/errors/warehouse/out-of-stock.md",
    'the folder "warehouse" is not a system',
    "Fix: move the file into the folder of one of the systems (ledger, shop), or add the system as",
  ],
  "invalid-yaml": [
    "content/errors/shop/102.md",
    "title: the YAML frontmatter does not parse (line 3)",
    "Fix: quote a value that starts with [",
  ],
  "mdx-syntax-error": ["shop/102.mdx"],
  "removed-published-url": [
    "published-urls.txt",
    "/shop/201/: was published and is no longer served",
    "Fix: restore the error, or keep its file and retire it",
  ],
  "slug-collision": [
    "content/errors/ledger/user-not-found.mdx",
    "code: the URL /ledger/user-not-found/ is already claimed by",
    "Fix: give one of the two errors an explicit `slug`",
  ],
  "file-name-mismatch": [
    "content/errors/shop/103.md",
    'code: the file name "103.md" does not match the code: "102" is published at /shop/102/.',
    "Fix: rename the file to 102.md",
  ],
};

/** Lays out base + overlay as a content folder at `.build/<case>/content`. */
function prepare(name: string): string {
  const root = join(WORK, name);
  const content = join(root, "content");
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(join(FIXTURES, "content-base"), content, { recursive: true });
  const overlay = join(FIXTURES, "bad-content", name);
  if (!existsSync(overlay)) return root;
  cpSync(overlay, content, { recursive: true, filter: (source) => !source.endsWith("remove.txt") });
  const removals = join(overlay, "remove.txt");
  if (existsSync(removals)) {
    for (const line of readFileSync(removals, "utf8").split("\n").filter(Boolean)) rmSync(join(content, line));
  }
  return root;
}

async function build(root: string, content: string): Promise<{ failed: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run("npx", ["astro", "build"], {
      env: {
        ...process.env,
        CONTENT_DIR: content,
        OUT_DIR: join(root, "dist"),
        CACHE_DIR: join(root, "cache"),
        // A test build: local URLs on purpose, as `npm start` builds (src/lib/local-site.ts).
        [LOCAL_BUILD_ENV]: "1",
        ASTRO_TELEMETRY_DISABLED: "1",
        NO_COLOR: "1",
      },
      maxBuffer: 32 * 1024 * 1024,
    });
    return { failed: false, output: stdout + stderr };
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    return { failed: true, output: stdout + stderr };
  }
}

// Without colour codes, so the messages compare as the author reads them.
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, "");

describe("bad content fails the build with a message that says what to fix", () => {
  it("the valid base catalog builds", async () => {
    const root = prepare("valid-base");
    const { failed, output } = await build(root, join(root, "content"));
    expect(failed, plain(output)).toBe(false);
    // Its retired error keeps a tombstone page, and its old path redirects there.
    const tombstone = readFileSync(join(root, "dist/shop/102/index.html"), "utf8");
    expect(tombstone).toContain("This code is retired");
    expect(tombstone).toContain("since 2026-11-01");
    expect(tombstone).toMatch(/Replaced by.*href="\/shop\/101\/"/s);
    expect(readFileSync(join(root, "dist/shop/order-on-hold/index.html"), "utf8")).toContain('url=/shop/102/"');
    expect(readFileSync(join(root, "dist/_redirects"), "utf8")).toContain("/shop/order-on-hold/ /shop/102/ 301");
  });

  for (const [name, expected] of Object.entries(CASES)) {
    it(name, async () => {
      const root = prepare(name);
      const content = join(root, "content");
      const { failed, output } = await build(root, content);
      const text = plain(output).replaceAll(`${content}/`, "content/");
      expect(failed, `the build of ${name} should fail:\n${text}`).toBe(true);
      for (const part of expected) expect(text, `the build of ${name} should say:\n${part}`).toContain(part);
    });
  }

  it("covers at least twelve kinds of bad content, each with a fixture", () => {
    expect(Object.keys(CASES).length).toBeGreaterThanOrEqual(12);
    for (const name of Object.keys(CASES)) expect(existsSync(join(FIXTURES, "bad-content", name)), name).toBe(true);
  });
});
