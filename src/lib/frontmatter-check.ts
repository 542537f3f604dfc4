import { parseDocument } from "yaml";
import type { CatalogProblem } from "./catalog-problem";

/**
 * Checks that a content file's YAML frontmatter parses, before the content layer reads it, so a
 * syntax slip gets a message that names the line, the field and the fix (the content layer's own
 * message names neither the field nor a fix).
 */
export function frontmatterProblem(text: string, file: string): CatalogProblem | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const yaml = match[1]!;
  const document = parseDocument(yaml, { prettyErrors: false });
  const [error] = document.errors;
  if (!error) return undefined;
  const lines = yaml.split("\n");
  // 0-based index into `lines`; the parser reports an unclosed [ or { where it gave up, so
  // point at the line that opened it instead.
  let index = yaml.slice(0, error.pos[0]).split("\n").length - 1;
  if (/^Flow (sequence|mapping)/.test(error.message)) {
    for (let i = Math.min(index, lines.length - 1); i >= 0; i--) {
      const opened = /:\s*([[{])/.exec(lines[i]!);
      if (opened && !lines[i]!.includes(opened[1] === "[" ? "]" : "}")) {
        index = i;
        break;
      }
    }
  }
  // +2: the opening --- line, and 1-based numbering.
  const line = index + 2;
  const field = /^\s*([A-Za-z_][\w.-]*)\s*:/.exec(lines[index] ?? "")?.[1];
  return {
    file,
    field: field ?? `frontmatter line ${line}`,
    message: `the YAML frontmatter does not parse (line ${line}): ${error.message.split("\n")[0]}`,
    fix: 'quote a value that starts with [ { * & ! | > \' " % @ or contains ": " (e.g. title: "[beta] Order locked"), and indent nested fields consistently.',
  };
}
