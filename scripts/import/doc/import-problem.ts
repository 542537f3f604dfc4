/**
 * A document or a command line the import cannot work with. Like Astro's own errors it names the
 * file and line (or the command), says what is wrong and how to fix it.
 */
export class ImportProblem extends Error {
  /** `docs/errors.md:14`, `docs/errors.md`, or `npm run import` for the command line. */
  readonly where: string;
  readonly problem: string;
  readonly fix: string;

  constructor(where: string, problem: string, fix: string) {
    super(`${where}\n  ${problem}\n  Fix: ${fix}`);
    this.name = "ImportProblem";
    this.where = where;
    this.problem = problem;
    this.fix = fix;
  }
}
