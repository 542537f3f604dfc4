/**
 * The committed catalog, read straight from content/ or CONTENT_DIR (no build, no Astro content
 * layer), as the build would read it, with the reader `npm run check` uses: the system files and the error files, parsed with the same
 * schemas the build uses. Throws, listing every problem, when a file does not parse.
 */
import { readContent, type ContentRead, type ErrorFile } from "../../scripts/check/read-content";
import { buildCatalog, type Catalog, type SystemInput } from "../../src/lib/catalog-model";
import { CatalogValidationError } from "../../src/lib/catalog-problem";
import { CONTENT_DIR } from "../../src/data/content-dir";

let read: ContentRead | undefined;

function content(): ContentRead {
  read ??= readContent(CONTENT_DIR);
  if (read.problems.length > 0) throw new CatalogValidationError(read.problems);
  return read;
}

/** Every `content/systems/<id>.yaml`, parsed. */
export function contentSystems(): SystemInput[] {
  return content().systems;
}

/** Every `content/errors/<system>/<slug>.md(x)`: its frontmatter parsed, and its body. */
export function contentErrors(): ErrorFile[] {
  return content().errors;
}

/** The committed catalog as the build links it; throws if it does not validate. */
export function contentCatalog(): Catalog {
  return buildCatalog(contentSystems(), contentErrors());
}
