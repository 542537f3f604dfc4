import type { CatalogProblem } from "./catalog-problem";
import {
  foldGuidance,
  MAX_MEANING_WORDS,
  MIN_GUIDANCE_WORDS,
  outlineBody,
  WHAT_TO_DO_HEADING,
  wordCount,
} from "./guidance";

/** One error entry as the guidance check reads it. */
export interface GuidanceEntry {
  /** Project-relative path, e.g. `content/errors/hazizz/13.md`. */
  file: string;
  /** `<system>/<code>`: how `related` names it. */
  key: string;
  /** The Markdown or MDX body, without frontmatter. */
  body: string;
  format: "md" | "mdx";
  /** `related` of the entry, each resolved to `<system>/<code>`. */
  related: string[];
}

const GUIDE = "see “Write an error's guidance” in the README";

/**
 * The tidy check for an error's guidance, like the Rust error index's: every entry says what the
 * error means and what to do about it, in that order, briefly enough that the answer is on the
 * first screen, and in words of its own. Entries that are one problem (that name each other under `related`,
 * as one error of document 003 does in three systems) may share their guidance; no other two may.
 */
export function guidanceProblems(entries: readonly GuidanceEntry[]): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const byGuidance = new Map<string, GuidanceEntry[]>();
  for (const entry of entries) {
    const outline = outlineBody(entry.body, entry.format);
    const problem = (message: string, fix: string): void => {
      problems.push({ file: entry.file, field: "body", message, fix });
    };
    if (outline.hasTopHeading) {
      problem(
        "has a `#` heading; the page's title (from `title`) is its only top-level heading.",
        "make it a `##` section after What to do, or drop it.",
      );
    }
    if (outline.whatToDo === null) {
      problem(
        `has no \`## ${WHAT_TO_DO_HEADING}\` section, so the page does not tell the reader what to do.`,
        `after a sentence or two on what the error means, add \`## ${WHAT_TO_DO_HEADING}\` with steps for this error (${GUIDE}).`,
      );
      continue;
    }
    if (outline.sections[0]?.toLowerCase() !== WHAT_TO_DO_HEADING.toLowerCase()) {
      problem(
        `its first section is “${outline.sections[0]}”, so What to do starts below it.`,
        `move \`## ${WHAT_TO_DO_HEADING}\` up to be the first section, right after the meaning.`,
      );
    }
    const meaningWords = wordCount(outline.meaning);
    if (meaningWords === 0) {
      problem(
        "starts with What to do without saying what the error means.",
        `write one or two sentences on what went wrong before \`## ${WHAT_TO_DO_HEADING}\`.`,
      );
    } else if (meaningWords > MAX_MEANING_WORDS) {
      problem(
        `says what the error means in ${meaningWords} words, which pushes What to do below the first screen.`,
        `keep the text before \`## ${WHAT_TO_DO_HEADING}\` to ${MAX_MEANING_WORDS} words or fewer; move details to a later section.`,
      );
    }
    if (wordCount(outline.whatToDo) < MIN_GUIDANCE_WORDS) {
      problem(
        `its \`## ${WHAT_TO_DO_HEADING}\` section is empty or too short to be guidance.`,
        `say what the reader should do about this error, in a sentence or a short list (${GUIDE}).`,
      );
      continue;
    }
    const folded = foldGuidance(outline.whatToDo);
    byGuidance.set(folded, [...(byGuidance.get(folded) ?? []), entry]);
  }
  const related = relatedPairs(entries);
  for (const group of byGuidance.values()) problems.push(...sharedGuidanceProblems(group, related));
  return problems.sort((a, b) => a.file.localeCompare(b.file));
}

/** Entries with the same What to do that are not one problem (do not name each other in `related`). */
function sharedGuidanceProblems(group: GuidanceEntry[], related: (a: string, b: string) => boolean): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  for (const entry of group) {
    const other = group.find((candidate) => candidate !== entry && !related(entry.key, candidate.key));
    if (!other) continue;
    problems.push({
      file: entry.file,
      field: "body",
      message: `its What to do is word for word the same as ${other.file}'s, so it is not guidance of its own.`,
      fix: "write what to do about this error in particular; if the two are one problem, name each other under `related`.",
    });
  }
  return problems;
}

/** Whether two entries name each other (either way) under `related`: then they are one problem. */
function relatedPairs(entries: readonly GuidanceEntry[]): (a: string, b: string) => boolean {
  const pairs = new Set<string>();
  for (const entry of entries) {
    for (const other of entry.related) {
      pairs.add(`${entry.key}\n${other}`);
      pairs.add(`${other}\n${entry.key}`);
    }
  }
  return (a, b) => pairs.has(`${a}\n${b}`);
}
