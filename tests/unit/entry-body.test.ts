import { parseFrontmatter } from "@astrojs/internal-helpers/frontmatter";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { entryBody } from "../../src/lib/entry-body";

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
    const base = "content/errors";
    const files = readdirSync(base, { recursive: true, encoding: "utf8" }).filter((path) => /\.mdx?$/.test(path));
    expect(files.length).toBeGreaterThan(400);
    for (const path of files) {
      const text = readFileSync(join(base, path), "utf8");
      expect(entryBody(text), path).toBe(astroBody(text));
    }
  });
});
