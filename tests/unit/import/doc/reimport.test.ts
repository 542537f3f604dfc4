/**
 * Importing again: an unchanged document changes no byte; an updated one updates entries in place,
 * keeps what authors added, never moves a page, and retires the codes that left it. --dry-run
 * writes nothing.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { applyImport, planImport, type ImportOptions } from "../../../../scripts/import/doc/import-doc";
import { importReport } from "../../../../scripts/import/doc/import-report";
import { parseLock } from "../../../../src/lib/url-lock";

const FIXTURES = "tests/fixtures/import/docs";
const TSX = "node_modules/tsx/dist/cli.mjs";

/** Every file of a folder with its bytes, to compare before and after. */
function snapshot(folder: string): Map<string, string> {
  return new Map(
    readdirSync(folder, { recursive: true, encoding: "utf8" })
      .map((path) => join(folder, path))
      .filter((path) => /\.(md|mdx|yaml|txt)$/.test(path))
      .map((path) => [relative(folder, path), readFileSync(path, "utf8")]),
  );
}

function workspace(fixture: string): { folder: string; options: ImportOptions } {
  const folder = mkdtempSync(join(tmpdir(), "errordex-reimport-"));
  const file = join(folder, "errors.md");
  cpSync(join(FIXTURES, fixture), file);
  return {
    folder,
    options: { file, system: "jupiter", contentDir: join(folder, "content"), today: "2026-12-04", projectDir: folder },
  };
}

/** Replaces text in a file, as an author's edit would. */
function edit(path: string, from: string, to: string): void {
  writeFileSync(path, readFileSync(path, "utf8").replace(from, to));
}

function frontmatterOf(path: string): Record<string, unknown> {
  return parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path, "utf8"))![1]!) as Record<string, unknown>;
}

describe("importing into a new catalog", () => {
  it("writes the URL lock, with the system's index and each entry's page and JSON entry, so the catalog builds", () => {
    const { folder, options } = workspace("credhub-errors.md");
    const plan = planImport(options);
    expect(plan.writes.at(-1)?.path).toBe(join(options.contentDir, "published-urls.txt"));
    applyImport(plan);
    const lock = readFileSync(join(folder, "content/published-urls.txt"), "utf8");
    expect(lock).toMatch(/^# Every URL errordex has published/);
    expect(parseLock(lock)).toEqual([
      "/jupiter/",
      ...["400", "401", "403", "404", "500"].flatMap((code) => [`/jupiter/${code}.json`, `/jupiter/${code}/`]),
    ]);
    const report = importReport(plan, false);
    expect(report).toContain(
      "published-urls.txt (URL lock: the pages it imported are published from now on; never delete a line)",
    );
    // Each entry without guidance is listed with the line of its error, as those without a status are.
    expect(report.replaceAll(folder, "<tmp>")).toContain(
      [
        "Without What to do (5): the document gives no remedy for them. Write one under `## What to do` (README: Write an error's guidance); a re-import keeps it.",
        "  errors.md:5  400  <tmp>/content/errors/jupiter/400.md",
        "  errors.md:6  401  <tmp>/content/errors/jupiter/401.md",
        "  errors.md:7  403  <tmp>/content/errors/jupiter/403.md",
        "  errors.md:8  404  <tmp>/content/errors/jupiter/404.md",
        "  errors.md:9  500  <tmp>/content/errors/jupiter/500.md",
      ].join("\n"),
    );
  });

  it("adds a second system's paths to the lock and keeps the first's", () => {
    const { folder, options } = workspace("credhub-errors.md");
    applyImport(planImport(options));
    cpSync(join(FIXTURES, "jupiter-error-codes.md"), join(folder, "other.md"));
    applyImport(planImport({ ...options, file: join(folder, "other.md"), system: "other" }));
    const lock = parseLock(readFileSync(join(folder, "content/published-urls.txt"), "utf8"));
    expect(lock).toEqual(expect.arrayContaining(["/jupiter/400/", "/other/", "/other/internal-error/"]));
    expect(lock).toHaveLength(1 + 5 * 2 + (1 + 6 * 2));
  });
});

describe("re-importing an unchanged document", () => {
  it("changes no file, byte for byte, for each of the six documents", () => {
    for (const fixture of readdirSync(FIXTURES)) {
      const { folder, options } = workspace(fixture);
      applyImport(planImport(options));
      const before = snapshot(folder);
      const again = planImport(options);
      expect(again.writes, fixture).toEqual([]);
      expect(again.unchanged, fixture).toBe(again.imported);
      applyImport(again);
      expect(snapshot(folder), fixture).toEqual(before);
    }
  });
});

describe("re-importing an updated document", () => {
  const { folder, options } = workspace("jupiter-error-codes.md");
  applyImport(planImport(options));
  const entry = join(options.contentDir, "errors/jupiter/validation-error.md");
  // An author adds guidance, a section of their own, a status and a related error.
  writeFileSync(
    entry,
    readFileSync(entry, "utf8").replace(
      "status: null\ncategory: general\n",
      "status: 400\ncategory: general\nrelated:\n  - INTERNAL_ERROR\n",
    ) + "\n## What to do\n\n- Read the response's details and correct the named field.\n\n## Notes\n\nOur own note.\n",
  );
  // The document changes: a meaning is reworded, a code leaves, a code arrives.
  writeFileSync(
    options.file,
    readFileSync(options.file, "utf8")
      .replace("Input validation failed", "Input validation failed for a field")
      .replace("- RATE_LIMIT_EXCEEDED: Too many requests\n", "")
      .replace("- INTERNAL_ERROR", "- NEW_CODE: Something new\n- INTERNAL_ERROR"),
  );
  const plan = planImport(options);
  applyImport(plan);

  it("reports what changed", () => {
    expect(plan.writes.map(({ path, change }) => [relative(folder, path), change])).toEqual([
      ["content/errors/jupiter/validation-error.md", "updated"],
      ["content/errors/jupiter/new-code.md", "new"],
      ["content/errors/jupiter/rate-limit-exceeded.md", "retired"],
      ["content/published-urls.txt", "lock"],
    ]);
  });

  it("adds the new code's page to the URL lock, and keeps the retired one's", () => {
    const lock = parseLock(readFileSync(join(options.contentDir, "published-urls.txt"), "utf8"));
    expect(lock).toEqual(expect.arrayContaining(["/jupiter/new-code/", "/jupiter/new-code.json"]));
    expect(lock).toEqual(
      expect.arrayContaining(["/jupiter/rate-limit-exceeded/", "/jupiter/rate-limit-exceeded.json"]),
    );
  });

  it("updates the imported text and keeps the author's guidance, section, status and related error below it", () => {
    expect(readFileSync(entry, "utf8")).toBe(
      [
        "---",
        "code: VALIDATION_ERROR",
        "title: Input validation failed for a field",
        "status: 400",
        "category: general",
        "source:",
        "  document: errors.md",
        "  line: 5",
        '  text: "- VALIDATION_ERROR: Input validation failed for a field"',
        "related:",
        "  - INTERNAL_ERROR",
        "added: 2026-12-04",
        "---",
        "",
        "Input validation failed for a field",
        "",
        "## What to do",
        "",
        "- Read the response's details and correct the named field.",
        "",
        "## Notes",
        "",
        "Our own note.",
        "",
      ].join("\n"),
    );
  });

  it("retires the code that left the document instead of deleting its page", () => {
    expect(frontmatterOf(join(options.contentDir, "errors/jupiter/rate-limit-exceeded.md")).lifecycle).toEqual({
      state: "retired",
      since: "2026-12-04",
      note: "No longer in errors.md; the page stays so that links to it keep working.",
    });
  });

  it("lifts the retirement when the code comes back", () => {
    writeFileSync(options.file, readFileSync(options.file, "utf8") + "- RATE_LIMIT_EXCEEDED: Too many requests\n");
    applyImport(planImport(options));
    expect(frontmatterOf(join(options.contentDir, "errors/jupiter/rate-limit-exceeded.md")).lifecycle).toBeUndefined();
  });

  it("never moves a published page: an entry renamed to .mdx is updated where it is, its imports kept", () => {
    const markdown = join(options.contentDir, "errors/jupiter/internal-error.md");
    const mdx = `${markdown}x`;
    renameSync(markdown, mdx);
    writeFileSync(
      mdx,
      readFileSync(mdx, "utf8").replace(
        "\n---\n\n",
        '\n---\n\nimport Aside from "~/components/content/Aside.astro";\n\n',
      ),
    );
    writeFileSync(
      options.file,
      readFileSync(options.file, "utf8").replace("Unhandled server error", "Unhandled server fault"),
    );
    const again = planImport(options);
    expect(again.writes.map(({ path }) => relative(folder, path))).toEqual([
      "content/errors/jupiter/internal-error.mdx",
    ]);
    applyImport(again);
    expect(readFileSync(mdx, "utf8")).toMatch(
      /\n---\n\nimport Aside from "~\/components\/content\/Aside.astro";\n\nUnhandled server fault\n$/,
    );
  });
});

describe("a code whose page another entry already has", () => {
  it("is skipped and reported, and the other entry is left alone", () => {
    const { folder, options } = workspace("jupiter-error-codes.md");
    const taken = join(options.contentDir, "errors/jupiter/internal-error.md");
    mkdirSync(dirname(taken), { recursive: true });
    writeFileSync(taken, '---\ncode: "internal.error"\ntitle: Written by hand\ncategory: general\n---\n\nOurs.\n');
    const plan = planImport(options);
    expect(plan.skipped).toEqual([
      {
        line: 10,
        what: "error INTERNAL_ERROR",
        why: `its page /jupiter/internal-error/ is already ${taken} (code "internal.error"); give one of them its own \`slug\` in the frontmatter`,
      },
    ]);
    expect(plan.writes.map(({ path }) => relative(folder, path))).not.toContain(
      "content/errors/jupiter/internal-error.md",
    );
  });
});

describe("an entry whose frontmatter does not parse", () => {
  it("is named and left alone, never overwritten", () => {
    const { options } = workspace("jupiter-error-codes.md");
    applyImport(planImport(options));
    const entry = join(options.contentDir, "errors/jupiter/validation-error.md");
    const broken = readFileSync(entry, "utf8").replace("category: general\n", "category: general\nstatus: 400\n");
    writeFileSync(entry, broken);
    const plan = planImport(options);
    applyImport(plan);
    expect(readFileSync(entry, "utf8")).toBe(broken);
    expect(plan.warnings).toEqual([`${entry}: its frontmatter does not parse, so the import left it alone.`]);
    expect(plan.skipped.find((skip) => skip.what === "error VALIDATION_ERROR")?.why).toBe(
      `its entry ${entry} exists but its frontmatter does not parse; correct the YAML there (\`npm run check\` names the line) and import again`,
    );
  });
});

describe("npm run import -- --dry-run", () => {
  it("prints the report and writes nothing", () => {
    const { folder, options } = workspace("directus-api-docs-errors-summary.md");
    // Run from the project's folder, which the document's path is relative to.
    const result = spawnSync(
      process.execPath,
      [resolve(TSX), resolve("scripts/import-doc.ts"), "errors.md", "--system", "directus", "--dry-run"],
      { cwd: folder, env: { ...process.env, CONTENT_DIR: options.contentDir }, encoding: "utf8" },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout.replaceAll(folder, "<tmp>")).toBe(
      `${importReport(planImport({ ...options, system: "directus" }), true).replaceAll(folder, "<tmp>")}\n`,
    );
    expect(result.stdout).toContain("Dry run: nothing was written.");
    expect(readdirSync(folder)).toEqual(["errors.md"]);
  });
});

describe("the document's path", () => {
  function inDocs(): { folder: string; options: ImportOptions } {
    const { folder, options } = workspace("jupiter-error-codes.md");
    mkdirSync(join(folder, "docs"));
    renameSync(options.file, join(folder, "docs/errors.md"));
    return { folder, options: { ...options, file: "docs/errors.md" } };
  }

  it("is recorded relative to the project: ./docs/errors.md, its absolute path and docs/errors.md are one document", () => {
    const { folder, options } = inDocs();
    applyImport(planImport(options));
    const entry = join(options.contentDir, "errors/jupiter/validation-error.md");
    expect(frontmatterOf(entry).source).toMatchObject({ document: "docs/errors.md" });
    const system = readFileSync(join(options.contentDir, "systems/jupiter.yaml"), "utf8");
    expect(system).toContain("imported from docs/errors.md by npm run import");
    expect(system).not.toContain(folder);
    for (const file of ["./docs/errors.md", join(folder, "docs/errors.md"), "docs/../docs/errors.md"]) {
      const again = planImport({ ...options, file });
      expect(again.document, file).toBe("docs/errors.md");
      expect(again.writes, file).toEqual([]);
    }
  });

  it("retires a code whose entry an earlier import recorded with the path as it was given", () => {
    const { folder, options } = inDocs();
    applyImport(planImport(options));
    const entry = join(options.contentDir, "errors/jupiter/rate-limit-exceeded.md");
    edit(entry, "document: docs/errors.md", "document: ./docs/errors.md");
    edit(join(folder, "docs/errors.md"), "- RATE_LIMIT_EXCEEDED: Too many requests\n", "");
    const plan = planImport(options);
    expect(plan.writes.map(({ path, change }) => [relative(folder, path), change])).toContainEqual([
      "content/errors/jupiter/rate-limit-exceeded.md",
      "retired",
    ]);
    expect(frontmatterOf(entry).source).toMatchObject({ document: "./docs/errors.md" });
    applyImport(plan);
    expect(frontmatterOf(entry)).toMatchObject({
      lifecycle: { state: "retired" },
      source: { document: "docs/errors.md" },
    });
  });
});

describe("retiring a code an author had deprecated", () => {
  const { options } = workspace("jupiter-error-codes.md");
  applyImport(planImport(options));
  const entry = join(options.contentDir, "errors/jupiter/rate-limit-exceeded.md");
  edit(
    entry,
    "category: general\n",
    "category: general\nlifecycle:\n  state: deprecated\n  since: 2026-01-05\n  note: Use QUOTA_EXCEEDED.\n  replacedBy: QUOTA_EXCEEDED\n",
  );
  const document = readFileSync(options.file, "utf8");
  writeFileSync(options.file, document.replace("- RATE_LIMIT_EXCEEDED: Too many requests\n", ""));
  applyImport(planImport(options));

  it("keeps the author's note and replacement, and the note says first why it is retired", () => {
    expect(frontmatterOf(entry).lifecycle).toEqual({
      state: "retired",
      since: "2026-12-04",
      note: "No longer in errors.md; the page stays so that links to it keep working. Use QUOTA_EXCEEDED.",
      replacedBy: "QUOTA_EXCEEDED",
    });
  });

  it("lifts the retirement when the code comes back, keeps what the author wrote, and says so", () => {
    writeFileSync(options.file, document);
    const plan = planImport(options);
    applyImport(plan);
    expect(frontmatterOf(entry).lifecycle).toEqual({
      state: "deprecated",
      note: "Use QUOTA_EXCEEDED.",
      replacedBy: "QUOTA_EXCEEDED",
    });
    expect(plan.warnings).toEqual([
      `${entry}: RATE_LIMIT_EXCEEDED is back in errors.md, so its retirement is lifted; your note and replacedBy are kept, as deprecated: set lifecycle.state to what it is now.`,
    ]);
    expect(planImport(options).writes).toEqual([]);
  });
});
