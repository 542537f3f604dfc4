import { isMap, isNode, LineCounter, parseDocument } from "yaml";
import { ImportProblem } from "./import-problem.ts";

/**
 * The code scheme of an existing system file, or undefined when it sets no pattern. A file the
 * import cannot read or a pattern that is no regular expression stops the import, naming the line.
 */
export function systemCodeScheme(path: string, text: string): RegExp | undefined {
  const lineCounter = new LineCounter();
  const yaml = parseDocument(text, { lineCounter });
  const [error] = yaml.errors;
  if (error) {
    throw new ImportProblem(
      `${path}:${error.linePos?.[0].line ?? 1}`,
      `does not parse as YAML (${error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}), so the import cannot add to it.`,
      "correct the YAML there, then import again; nothing was written.",
    );
  }
  if (!isMap(yaml.contents)) {
    throw new ImportProblem(
      path,
      "is not a system file: it holds no fields (name, summary, codeScheme, …).",
      "write the system's fields there (README: The content model), or delete the file to let the import write one; then import again.",
    );
  }
  const node = yaml.getIn(["codeScheme", "pattern"], true);
  const pattern = yaml.getIn(["codeScheme", "pattern"]);
  if (typeof pattern !== "string") return undefined;
  try {
    return new RegExp(`^(?:${pattern})$`);
  } catch (invalid) {
    const line = isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
    throw new ImportProblem(
      line === undefined ? path : `${path}:${line}`,
      `codeScheme.pattern "${pattern}" is not a regular expression: ${(invalid as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, "")}.`,
      "correct the pattern (it must match each whole code, e.g. [A-Z_]+), then import again; nothing was written.",
    );
  }
}
