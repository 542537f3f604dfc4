import { fieldPath, type SchemaIssue } from "./schema-problems";

/**
 * The issues of errordex()'s options as lines an author acts on: the option's path, then what
 * was wrong (the schema's messages say what a valid value looks like).
 */
export function configProblems(issues: readonly SchemaIssue[]): string[] {
  return issues.map((issue) =>
    issue.path.length === 0
      ? `errordex()'s argument ${issue.message}`
      : `\`${fieldPath(issue.path)}\` ${issue.message}`,
  );
}
