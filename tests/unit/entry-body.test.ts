import { parseFrontmatter } from "@astrojs/internal-helpers/frontmatter";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONTENT_DIR } from "../../src/data/content-dir";
import { entryBody, mdxProse } from "../../src/lib/entry-body";

/** What Astro's content layer stores as an entry's body (its Markdown and MDX entry types). */
const astroBody = (text: string) => parseFrontmatter(text, { frontmatter: "empty-with-spaces" }).content.trim();

const samples = {
  plain: '---\ncode: "E1"\ntitle: Broken\n---\n\nThe body.\n\n## Causes\n',
  "a rule in the body": "---\ncode: E2\n---\nAbove\n\n---\n\nBelow\n",
  "a byte-order mark": "\uFEFF---\ncode: E3\n---\nBody\n",
  "blank lines first": "\n\n---\ncode: E4\n---\nBody\n",
  "Windows line ends": "---\r\ncode: E5\r\n---\r\nBody\r\n",
  "no frontmatter": "Only a body\n",
  "an empty body": "---\ncode: E6\n---\n",
};

describe("entryBody", () => {
  it("is the text after the frontmatter, trimmed", () => {
    expect(entryBody(samples.plain)).toBe("The body.\n\n## Causes");
    expect(entryBody(samples["a rule in the body"])).toBe("Above\n\n---\n\nBelow");
    expect(entryBody(samples["no frontmatter"])).toBe("Only a body");
    expect(entryBody(samples["an empty body"])).toBe("");
  });

  it.each(Object.entries(samples))("reads %s as Astro does", (_, text) => {
    expect(entryBody(text)).toBe(astroBody(text));
  });

  it("reads every error file of the catalog as Astro does", () => {
    const base = `${CONTENT_DIR}/errors`;
    const files = readdirSync(base, { recursive: true, encoding: "utf8" }).filter((path) => /\.mdx?$/.test(path));
    expect(files.length).toBeGreaterThan(0);
    for (const path of files) {
      const text = readFileSync(join(base, path), "utf8");
      expect(entryBody(text), path).toBe(astroBody(text));
    }
  });
});

describe("mdxProse", () => {
  it("leaves out import and export blocks, each up to the next blank line", () => {
    const body = [
      'import Aside from "~/components/content/Aside.astro";',
      "import {",
      "  Tabs,",
      '} from "~/components/content/Tabs.astro";',
      "",
      "The import failed.",
      "",
      "export const meta = { draft: false };",
      "",
      "<Aside>Retry the export.</Aside>",
    ].join("\n");
    expect(mdxProse(body)).toBe("The import failed.\n\n<Aside>Retry the export.</Aside>");
  });

  it("keeps lines that only begin with the letters, or continue a paragraph", () => {
    const body = "Important: exports are paused.\nimport jobs resume later.\n\nimported rows stay.";
    expect(mdxProse(body)).toBe(body);
  });

  it("keeps import lines inside fenced code", () => {
    const body = ["```js", "const a = 1;", "", "import { b } from 'c';", "```", "", "Then retry."].join("\n");
    expect(mdxProse(body)).toBe(body);
  });

  it("takes the catalog's MDX errors' imports out and nothing else", (context) => {
    const base = `${CONTENT_DIR}/errors`;
    const files = readdirSync(base, { recursive: true, encoding: "utf8" }).filter((path) => path.endsWith(".mdx"));
    context.skip(files.length === 0, `${base}/ has no MDX error`);
    for (const path of files) {
      const body = entryBody(readFileSync(join(base, path), "utf8"));
      const prose = mdxProse(body);
      expect(prose, path).not.toMatch(/^(?:import|export)\s/m);
      const removed = body.split("\n").filter((line) => !prose.split("\n").includes(line));
      expect(
        removed.every((line) => /^(?:import|export)\s/.test(line)),
        path,
      ).toBe(true);
    }
  });
});
