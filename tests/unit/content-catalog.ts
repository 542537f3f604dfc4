/**
 * The committed catalog, read straight from content/ (no build, no Astro content layer): the
 * system files and the error files' frontmatter, parsed with the same schemas the build uses.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { buildCatalog, type Catalog, type ErrorInput, type SystemInput } from "../../src/lib/catalog-model";
import { errorSchema } from "../../src/schemas/error";
import { systemSchema } from "../../src/schemas/system";

/** Every `content/systems/<id>.yaml`, parsed. */
export function contentSystems(): SystemInput[] {
  return readdirSync("content/systems").map((file) => {
    const filePath = join("content/systems", file);
    return {
      id: file.replace(/\.ya?ml$/, ""),
      filePath,
      data: systemSchema.parse(parse(readFileSync(filePath, "utf8"))),
    };
  });
}

/** Every `content/errors/<system>/<slug>.md(x)`, its frontmatter parsed. */
export function contentErrors(): ErrorInput[] {
  return readdirSync("content/errors", { recursive: true, encoding: "utf8" })
    .filter((path) => /\.mdx?$/.test(path))
    .map((id) => {
      const filePath = join("content/errors", id);
      const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(filePath, "utf8"));
      if (!frontmatter) throw new Error(`${filePath}: no YAML frontmatter`);
      return { id, filePath, data: errorSchema.parse(parse(frontmatter[1]!)) };
    });
}

/** The committed catalog as the build links it; throws if it does not validate. */
export function contentCatalog(): Catalog {
  return buildCatalog(contentSystems(), contentErrors());
}
