import { parseArgs } from "node:util";
import { ImportProblem } from "./import-problem.ts";

export const IMPORT_USAGE = 'npm run import -- <file.md> --system <id> [--name "Billing API"] [--dry-run]';

export interface ImportArgs {
  file: string;
  system: string;
  name?: string;
  dryRun: boolean;
}

/** The command line of `npm run import`, or an `ImportProblem` that says what to type instead. */
export function importArgs(args: readonly string[]): ImportArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    const message = (error as Error).message;
    const option = /'(-{1,2}[^'\s]+)'/.exec(message)?.[1];
    if ((error as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      throw new ImportProblem("npm run import", `unknown option ${option ?? message}.`, `use ${IMPORT_USAGE}.`);
    }
    throw new ImportProblem("npm run import", `${message.replace(/\.$/, "")}.`, `use ${IMPORT_USAGE}.`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    throw new ImportProblem(
      "npm run import",
      positionals.length === 0
        ? "no document given."
        : `one document at a time, not ${positionals.length} (${positionals.join(", ")}).`,
      `use ${IMPORT_USAGE}.`,
    );
  }
  if (!values.system) {
    throw new ImportProblem(
      "npm run import",
      "--system is missing: the id of the system the document's errors belong to.",
      `use ${IMPORT_USAGE}, e.g. --system billing-api.`,
    );
  }
  return {
    file: positionals[0]!,
    system: values.system,
    ...(values.name !== undefined && { name: values.name }),
    dryRun: values["dry-run"],
  };
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      system: { type: "string" },
      name: { type: "string" },
      "dry-run": { type: "boolean", default: false },
    },
  });
}
