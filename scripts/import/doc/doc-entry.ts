import { httpStatusInfo, isHttpErrorStatus } from "../../../src/lib/http-status.ts";
import { WHAT_TO_DO_HEADING } from "../../../src/lib/guidance.ts";
import type { ImportedError } from "../imported-error.ts";
import { titleFromCode } from "../title-from-code.ts";
import type { DocError } from "./doc-error.ts";
import { isHttpStatusCode } from "./code-token.ts";
import { plainText, titleFromText } from "./item-text.ts";

/** The parts of an entry's body the import writes: the meaning, then the document's own sections. */
export interface ImportedBody {
  /** What the error means: the opening paragraph. */
  meaning: string;
  /** `## What to do`, when the document gives a remedy. */
  whatToDo?: string;
  /** `## Causes`, when the document gives causes. */
  causes?: string;
}

export const CAUSES_HEADING = "Causes";

/**
 * An error of a document as an entry: the title the document gives (its message, the name
 * before a dash, the first sentence of its description, or the code in words), and a body made
 * only of the document's own words. Nothing is added that the document does not say.
 */
export function docEntry(error: DocError, system: string, document: string): ImportedError & { parts: ImportedBody } {
  const given = error.title ?? error.message;
  const title =
    (given && (titleFromText(given) ?? plainText(given))) ||
    (error.description && titleFromText(error.description)) ||
    (isHttpStatusCode(error.code) && isHttpErrorStatus(Number(error.code))
      ? httpStatusInfo(Number(error.code)).phrase
      : titleFromCode(error.code));
  const parts: ImportedBody = {
    meaning: error.description ?? error.message ?? `${document} lists this error without describing it.`,
    ...(error.remediation && { whatToDo: error.remediation }),
    ...(error.causes && { causes: error.causes }),
  };
  return {
    system,
    code: error.code,
    title,
    // Never guessed: a status the document does not state is recorded as not documented.
    status: error.status ?? null,
    category: error.category.id,
    ...(error.message !== undefined && { message: error.message }),
    source: { document, line: error.line, text: error.text, notes: error.notes },
    body: bodyText(parts),
    parts,
  };
}

/** The body the parts make, sections in the order the guidance check expects. */
export function bodyText(parts: ImportedBody): string {
  return [
    parts.meaning,
    parts.whatToDo && `## ${WHAT_TO_DO_HEADING}\n\n${parts.whatToDo}`,
    parts.causes && `## ${CAUSES_HEADING}\n\n${parts.causes}`,
  ]
    .filter(Boolean)
    .join("\n\n");
}
