import { isAbsolute, relative, resolve, sep } from "node:path";
import { ImportProblem } from "./import-problem.ts";

/**
 * How entries name their document (`source.document`, shown on every page, and the system's
 * summary): its path in the project, with `/`, however it was typed (`./docs/errors.md`, an
 * absolute path). A re-import finds its entries by it. A document outside the project has no
 * such path, and its absolute path would be published: the import refuses it.
 */
export function projectPath(file: string, projectDir: string): string {
  const root = resolve(projectDir);
  const path = relative(root, resolve(root, file));
  if (path === ".." || path.startsWith(`..${sep}`) || isAbsolute(path)) {
    throw new ImportProblem(
      file,
      `is outside the project (${root}): entries record their document by its path in the project, which every page shows.`,
      "copy the document into the project (e.g. docs/errors.md) and import that copy, or run npm run import from the folder that holds both.",
    );
  }
  return path.split(sep).join("/");
}

/**
 * Whether the `source.document` an entry records is the document: an earlier import may have
 * recorded the path as it was typed (`./docs/errors.md`, an absolute path).
 */
export function sameDocument(recorded: unknown, document: string, projectDir: string): boolean {
  return typeof recorded === "string" && resolve(projectDir, recorded) === resolve(projectDir, document);
}
