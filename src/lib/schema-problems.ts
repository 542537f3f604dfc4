import type { CatalogProblem } from "./catalog-problem";

/** The part of a zod issue the conversion reads (zod 4's `$ZodIssue`). */
export interface SchemaIssue {
  path: readonly PropertyKey[];
  message: string;
  /** For a key the schema does not know (zod's `unrecognized_keys`): the keys. */
  keys?: readonly string[];
}

/**
 * Schema issues as author problems: each names the file and the field path (`lifecycle.since`,
 * `categories[2].range`). The schemas' messages already say what a valid value looks like; the
 * fix points at the schema, whose JSDoc documents the field.
 */
export function schemaProblems(file: string, issues: readonly SchemaIssue[], schemaFile: string): CatalogProblem[] {
  return issues.map((issue) => {
    // An unknown key is named as the field: the message names the key meant.
    const path = issue.keys?.length === 1 ? [...issue.path, issue.keys[0]!] : issue.path;
    return {
      file,
      ...(path.length > 0 ? { field: fieldPath(path) } : {}),
      message: `${issue.message}.`.replace(/\.\.$/, "."),
      fix: issue.keys?.length
        ? `rename the key as the message says, or remove it; ${schemaFile} documents every field.`
        : `correct the value as the message says; ${schemaFile} documents every field.`,
    };
  });
}

/** `["categories", 2, "range"]` as `categories[2].range`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`))
    .join("");
}
