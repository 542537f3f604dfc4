/**
 * What `npm run import` says when it cannot import: the file and line (or the command), what is
 * wrong and the fix, like Astro's own errors.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importArgs } from "../../../../scripts/import/doc/import-args";
import { planImport } from "../../../../scripts/import/doc/import-doc";
import { ImportProblem } from "../../../../scripts/import/doc/import-problem";

const folder = mkdtempSync(join(tmpdir(), "errordex-import-messages-"));

function importing(markdown: string, system = "billing"): () => unknown {
  const file = join(folder, "errors.md");
  writeFileSync(file, markdown);
  return () =>
    planImport({ file, system, contentDir: join(folder, "content"), today: "2026-12-04", projectDir: folder });
}

function message(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    // Anything else is a crash with a stack trace, not a message for the author.
    if (!(error instanceof ImportProblem)) throw error;
    return error.message.replaceAll(folder, "<tmp>");
  }
  throw new Error("expected the import to refuse");
}

describe("npm run import refuses, naming the file, the line and the fix", () => {
  it("a document without any code column", () => {
    expect(message(importing("# Fields\n\nSome prose.\n\n| Field | Type |\n| --- | --- |\n| amount | integer |\n")))
      .toMatchInlineSnapshot(`
        "errors.md:5
          has no error: no table has a code column (Code, Error code, Error, extensions.code, or an HTTP status column), and no list item or heading starts with a code.
          Fix: name the error table's code column "Code" or "Error code", or start each error's list item or heading with its code ("- CARD_DECLINED: The card was declined.", "## 404 - Not Found")."
      `);
  });

  it("a document without any table or coded item", () => {
    expect(message(importing("# Errors\n\nWe return errors as JSON.\n"))).toMatchInlineSnapshot(`
      "errors.md:1
        has no error: no table, and no list item or heading starts with a code.
        Fix: name the error table's code column "Code" or "Error code", or start each error's list item or heading with its code ("- CARD_DECLINED: The card was declined.", "## 404 - Not Found")."
    `);
  });

  it("a code given twice", () => {
    expect(message(importing("| Code | Meaning |\n| --- | --- |\n| E1 | First |\n| E2 | Second |\n| E1 | Again |\n")))
      .toMatchInlineSnapshot(`
        "errors.md:5
          the code "E1" is already at line 3; a code is one error, with one page.
          Fix: remove one of the two, merge their text into one, or correct the code of one of them."
      `);
  });

  it("two codes that would share a page", () => {
    expect(message(importing("- user_not_found: No such user\n- USER_NOT_FOUND: No such user\n")))
      .toMatchInlineSnapshot(`
        "errors.md:2
          the codes "USER_NOT_FOUND" and "user_not_found" (line 1) would share the page /billing/user-not-found/.
          Fix: if they are one error, keep one of them; if they are two, leave one out of the document and write its entry by hand, with its own \`slug\`."
      `);
  });

  it("a system id that cannot be a URL segment", () => {
    expect(message(importing("- E1: First\n", "Billing API"))).toMatchInlineSnapshot(`
      "npm run import
        --system "Billing API" is not a system id: it becomes the first segment of every URL of the system.
        Fix: use lower-case words joined by hyphens, e.g. --system billing-api (and --name "Billing API" for its display name)."
    `);
  });

  it("a document that does not exist", () => {
    expect(
      message(() =>
        planImport({
          file: join(folder, "missing.md"),
          system: "billing",
          contentDir: folder,
          today: "2026-12-04",
          projectDir: folder,
        }),
      ),
    ).toMatchInlineSnapshot(`
      "missing.md
        cannot be read (ENOENT).
        Fix: give the path of a Markdown file, relative to the folder you run npm run import in."
    `);
  });

  it("a document outside the project", () => {
    const outside = mkdtempSync(join(tmpdir(), "errordex-outside-"));
    writeFileSync(join(outside, "errors.md"), "- E1: First\n");
    const run = () =>
      planImport({
        file: join(outside, "errors.md"),
        system: "billing",
        contentDir: join(folder, "content"),
        today: "2026-12-04",
        projectDir: folder,
      });
    expect(message(run).replaceAll(outside, "<outside>")).toMatchInlineSnapshot(`
      "<outside>/errors.md
        is outside the project (<tmp>): entries record their document by its path in the project, which every page shows.
        Fix: copy the document into the project (e.g. docs/errors.md) and import that copy, or run npm run import from the folder that holds both."
    `);
  });

  it("a system file that is not YAML", () => {
    const systems = join(folder, "content/systems");
    mkdirSync(systems, { recursive: true });
    writeFileSync(join(systems, "broken.yaml"), "name: Broken\ncategories: [\n  - id: general\n");
    expect(message(importing("- E1: First\n", "broken"))).toMatchInlineSnapshot(`
      "<tmp>/content/systems/broken.yaml:3
        does not parse as YAML (Block collections are not allowed within flow collections), so the import cannot add to it.
        Fix: correct the YAML there, then import again; nothing was written."
    `);
  });

  it("a system file whose codeScheme.pattern is not a regular expression", () => {
    const systems = join(folder, "content/systems");
    mkdirSync(systems, { recursive: true });
    writeFileSync(
      join(systems, "patterned.yaml"),
      'name: Patterned\ncodeScheme:\n  kind: string\n  pattern: "[A-Z"\n  description: capitals\n',
    );
    expect(message(importing("- E1: First\n", "patterned"))).toMatchInlineSnapshot(`
      "<tmp>/content/systems/patterned.yaml:4
        codeScheme.pattern "[A-Z" is not a regular expression: Unterminated character class.
        Fix: correct the pattern (it must match each whole code, e.g. [A-Z_]+), then import again; nothing was written."
    `);
  });

  it("an unknown option, a missing --system, no document", () => {
    expect(message(() => importArgs(["docs/errors.md", "--sytem", "billing"]))).toMatchInlineSnapshot(`
      "npm run import
        unknown option --sytem.
        Fix: use npm run import -- <file.md> --system <id> [--name "Billing API"] [--dry-run]."
    `);
    expect(message(() => importArgs(["docs/errors.md"]))).toMatchInlineSnapshot(`
      "npm run import
        --system is missing: the id of the system the document's errors belong to.
        Fix: use npm run import -- <file.md> --system <id> [--name "Billing API"] [--dry-run], e.g. --system billing-api."
    `);
    expect(message(() => importArgs(["--system", "billing"]))).toMatchInlineSnapshot(`
      "npm run import
        no document given.
        Fix: use npm run import -- <file.md> --system <id> [--name "Billing API"] [--dry-run]."
    `);
  });
});

describe("npm run import reads its options", () => {
  it("the document, the system, the name and --dry-run", () => {
    expect(importArgs(["docs/errors.md", "--system", "billing-api", "--name", "Billing API", "--dry-run"])).toEqual({
      file: "docs/errors.md",
      system: "billing-api",
      name: "Billing API",
      dryRun: true,
    });
  });
});
