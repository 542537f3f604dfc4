import type { CatalogProblem } from "./catalog-problem";

/** The part of a zod issue the conversion reads (zod 4's `$ZodIssue`). */
export interface SchemaIssue {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * Schema issues as author problems: each names the file and the field path (`lifecycle.since`,
 * `categories[2].range`). The schemas' messages already say what a valid value looks like; the
 * fix points at the schema, whose JSDoc documents the field.
 */
export function schemaProblems(file: string, issues: readonly SchemaIssue[], schemaFile: string): CatalogProblem[] {
  return issues.map((issue) => ({
    file,
    ...(issue.path.length > 0 ? { field: fieldPath(issue.path) } : {}),
    message: `${issue.message}.`.replace(/\.\.$/, "."),
    fix: `correct the value as the message says; ${schemaFile} documents every field.`,
  }));
}

/** `["categories", 2, "range"]` as `categories[2].range`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`))
    .join("");
}
