/**
 * A problem an author must fix before the site can be built. Like Astro's own errors it names
 * the file and the field, says what is wrong, and says how to fix it.
 */
export interface CatalogProblem {
  /** Project-relative path of the file at fault, e.g. `content/errors/hazizz/31.md`. */
  file: string;
  /** Path of the field inside the file, e.g. `category` or `categories[2].range`. */
  field?: string;
  /** What is wrong, as one sentence. */
  message: string;
  /** What to do about it, as one sentence. */
  fix: string;
}

export function formatProblem(problem: CatalogProblem): string {
  const where = problem.field ? `  ${problem.field}: ` : "  ";
  return `${problem.file}\n${where}${problem.message}\n  Fix: ${problem.fix}`;
}

/** Thrown by the build when the catalog has problems; the message lists every one of them. */
export class CatalogValidationError extends Error {
  readonly problems: readonly CatalogProblem[];

  constructor(problems: readonly CatalogProblem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`The error catalog has ${count}:\n\n${problems.map(formatProblem).join("\n\n")}\n`);
    this.name = "CatalogValidationError";
    this.problems = problems;
  }
}
