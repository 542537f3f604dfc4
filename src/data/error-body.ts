import { readFileSync } from "node:fs";
import { entryBody } from "../lib/entry-body";

/**
 * An error entry's Markdown body, read from its file. The content store does not keep bodies
 * (`retainBody: false` in content.config.ts): Astro bundles the whole store into the build,
 * and at 30,000 errors the bodies were 40 % of it (docs/performance.md). The page itself is
 * rendered from the store's HTML; only the JSON entry and the search page's frequent words read
 * the source.
 */
export function errorBody(entry: { id: string; filePath?: string | undefined }): string {
  if (!entry.filePath) {
    throw new Error(
      `The error entry ${entry.id} has no file path, so its body cannot be read. It must come from the errors collection's glob loader.`,
    );
  }
  return entryBody(readFileSync(entry.filePath, "utf8"));
}
