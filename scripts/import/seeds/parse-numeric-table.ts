import type { PhrasingContent, TableCell } from "mdast";
import { toString } from "mdast-util-to-string";
import { httpStatusInfo, isHttpErrorStatus } from "../../../src/lib/http-status.ts";
import type { ImportedError } from "../imported-error.ts";
import type { RowAccount, SeedImport } from "./seed-import.ts";
import { cellText, isWhollyEmphasized, parseMarkdownTables, type MarkdownTableRow } from "../markdown-table.ts";

/**
 * Parser for document 000 ("Error codes v1", the Hazizz API): one Markdown table
 * `| # | HTTP code | Description |` with a numeric code per row.
 *
 * Quirks it handles:
 * - Rows set in italics are unused codes. Row 91 has its status and description in italics but
 *   not its code; it is treated as unused too, with a note saying so.
 * - A single italic word after a description (`Invalid authentication token *internal*`) is a
 *   marker, not part of the title, and does not make the row unused.
 * - Descriptions that link to the API's own `/documentation/...` pages keep the link text only.
 * - "…, if you see this please create a ticket" is advice, not part of the title; it becomes the
 *   page's "What to do".
 */

const SYSTEM = "hazizz";

const HEADER = ["#", "HTTP code", "Description"];

/**
 * The system's categories by code range (content/systems/hazizz.yaml), with the words the body
 * uses for the codes of each range.
 */
const CATEGORIES: ReadonlyArray<{ id: string; from: number; to: number; area: string }> = [
  { id: "general", from: 1, to: 9, area: "general" },
  { id: "auth", from: 10, to: 29, area: "authentication" },
  { id: "user", from: 30, to: 49, area: "user" },
  { id: "group", from: 50, to: 69, area: "group" },
  { id: "task", from: 70, to: 89, area: "task" },
  { id: "comment", from: 90, to: 109, area: "comment" },
  { id: "subject", from: 110, to: 119, area: "subject" },
  { id: "profile-picture", from: 120, to: 129, area: "profile picture" },
  { id: "thera", from: 130, to: 169, area: "Thera" },
  { id: "service", from: 170, to: 179, area: "service availability" },
];

/** Words that keep their capital inside a sentence-case title. */
const PROPER_NOUNS: Readonly<Record<string, string>> = { thera: "Thera" };

/** Topics of the API's own documentation pages that descriptions link to, by path segment. */
const DOCUMENTATION_TOPICS: Readonly<Record<string, string>> = {
  limits: "limits",
  groups: "groups",
  loginandregister: "logging in and registering",
};

const UNUSED_LIFECYCLE_NOTE = "Marked unused in the source document (set in italics).";

/** "General user error, if you see this please create a ticket" and "…, if it persists …". */
const TICKET_ADVICE = /^(.*?),\s*if (you see this|it persists) please create a ticket$/i;

/** "Invalid week number, must be between 1-53" */
const RANGE_RULE = /^Invalid (.+), must be between (\d+)\s*-\s*(\d+)$/;

type Italics = "none" | "whole row" | "status and description";

interface ParsedRow {
  row: MarkdownTableRow;
  code: string;
  status: number;
  category: (typeof CATEGORIES)[number];
  /** The description as the document words it, without markup. */
  description: string;
  title: string;
  italics: Italics;
  /** The description ends in an italic *internal*. */
  internal: boolean;
  /** Hrefs of the links in the description. */
  links: string[];
  ticket?: "always" | "if it persists";
  range?: { thing: string; from: string; to: string };
  /** The description's original wording, when the title rewords it. */
  reworded?: string;
}

export function parseNumericTable(text: string, document: string): SeedImport {
  const fail = (line: number, problem: string): never => {
    throw new Error(`${document}, line ${line}: ${problem}`);
  };

  const tables = parseMarkdownTables(text);
  if (tables.length === 0) throw new Error(`${document}: no Markdown table found`);
  for (const table of tables) {
    if (table.header.join("|") !== HEADER.join("|")) {
      fail(
        table.startLine,
        `expected the table header | ${HEADER.join(" | ")} |, found | ${table.header.join(" | ")} |`,
      );
    }
  }
  // A line with a pipe that remark did not take into a table would be a row dropped silently.
  text.split(/\r?\n/).forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.includes("|") && !tables.some((t) => lineNumber >= t.startLine && lineNumber <= t.endLine)) {
      fail(lineNumber, "this line looks like a table row but is not part of the table; fix the table");
    }
  });

  const parsed = tables.flatMap((table) => table.rows.map((row) => parseRow(row, fail)));

  const seen = new Map<string, number>();
  for (const { code, row } of parsed) {
    const first = seen.get(code);
    if (first !== undefined) fail(row.line, `code ${code} appears again (first on line ${first})`);
    seen.set(code, row.line);
  }

  // Each block of codes opens with a "General … error, if you see this please create a ticket";
  // the other codes of the block relate to it.
  const generalCodes = new Map<string, string>();
  for (const entry of parsed) {
    if (!isGeneral(entry)) continue;
    const existing = generalCodes.get(entry.category.id);
    if (existing !== undefined) {
      fail(entry.row.line, `a second general error in category ${entry.category.id} (the first is code ${existing})`);
    }
    generalCodes.set(entry.category.id, entry.code);
  }

  const errors: ImportedError[] = [];
  const rows: RowAccount[] = [];
  for (const entry of parsed) {
    const general = generalCodes.get(entry.category.id);
    const unused = entry.italics !== "none";
    errors.push({
      system: SYSTEM,
      code: entry.code,
      title: entry.title,
      status: entry.status,
      category: entry.category.id,
      ...(unused && {
        lifecycle: {
          state: "unused" as const,
          note:
            entry.italics === "whole row"
              ? UNUSED_LIFECYCLE_NOTE
              : "Marked unused in the source document (its status and description are set in italics).",
        },
      }),
      ...(general !== undefined && general !== entry.code && { related: [general] }),
      source: { document, line: entry.row.line, text: entry.row.text, notes: notesFor(entry) },
      body: bodyFor(entry),
    });
    rows.push({ line: entry.row.line, text: entry.row.text, codes: [{ system: SYSTEM, code: entry.code }] });
  }
  return { document, errors, rows };
}

function parseRow(row: MarkdownTableRow, fail: (line: number, problem: string) => never): ParsedRow {
  const { line } = row;
  if (row.cells.length !== HEADER.length) {
    fail(line, `expected ${HEADER.length} cells (code, HTTP status, description), found ${row.cells.length}`);
  }
  const [codeCell, statusCell, descriptionCell] = row.cells as [TableCell, TableCell, TableCell];

  const code = cellText(codeCell);
  if (!/^[1-9][0-9]{0,2}$/.test(code)) fail(line, `the code "${code}" is not a number from 1 to 999`);
  const category = CATEGORIES.find((c) => Number(code) >= c.from && Number(code) <= c.to);
  if (!category) fail(line, `code ${code} lies outside every category range of the ${SYSTEM} system`);

  const statusText = cellText(statusCell);
  const status = Number(statusText);
  if (!/^\d{3}$/.test(statusText) || !isHttpErrorStatus(status)) {
    fail(line, `the HTTP code "${statusText}" is not an HTTP error status`);
  }

  const italic = [codeCell, statusCell, descriptionCell].map(isWhollyEmphasized);
  let italics: Italics;
  if (italic.every(Boolean)) italics = "whole row";
  else if (!italic[0] && italic[1] && italic[2]) italics = "status and description";
  else if (!italic.some(Boolean)) italics = "none";
  else {
    const which = ["code", "HTTP code", "description"].filter((_, i) => italic[i]).join(" and ");
    return fail(line, `only the ${which} is set in italics; decide whether this code is unused and teach the parser`);
  }

  const nodes = meaningful(descriptionCell.children);
  const inner = italic[2] && nodes[0]?.type === "emphasis" ? meaningful(nodes[0].children) : nodes;
  const links: string[] = [];
  let internal = false;
  const words: string[] = [];
  inner.forEach((node, index) => {
    if (node.type === "text") words.push(node.value);
    else if (node.type === "link") {
      if (!node.url.startsWith("/documentation/")) {
        fail(line, `the description links to ${node.url}; only links to /documentation/ pages are handled`);
      }
      links.push(node.url);
      words.push(toString(node));
    } else if (node.type === "emphasis" && toString(node).trim() === "internal" && index === inner.length - 1) {
      internal = true;
    } else {
      fail(line, `unexpected ${node.type} "${toString(node)}" in the description`);
    }
  });
  const description = words.join("").replace(/\s+/g, " ").trim();
  if (description === "") fail(line, "the description is empty");

  const result: ParsedRow = {
    row,
    code,
    status,
    category: category!,
    description,
    title: description,
    italics,
    internal,
    links,
  };
  let title = description;
  const ticket = TICKET_ADVICE.exec(title);
  if (ticket) {
    title = ticket[1]!.trim();
    result.ticket = ticket[2]!.toLowerCase() === "it persists" ? "if it persists" : "always";
  }
  // "General error authentication error" reads as "General authentication error".
  const doubled = /^General error (.+) error$/.exec(title);
  if (doubled) {
    result.reworded = title;
    title = `General ${doubled[1]} error`;
  }
  // Sentence case for "General User error" / "General thera error".
  const general = /^General (.+) error$/.exec(title);
  if (general) {
    const area = general[1]!
      .split(" ")
      .map((word) => PROPER_NOUNS[word.toLowerCase()] ?? word.toLowerCase())
      .join(" ");
    title = `General ${area} error`;
  }
  const range = RANGE_RULE.exec(title);
  if (range) {
    result.range = { thing: range[1]!, from: range[2]!, to: range[3]! };
    title = `Invalid ${range[1]}`;
  }
  result.title = title.replace(/\.$/, "");
  return result;
}

function meaningful(nodes: PhrasingContent[]): PhrasingContent[] {
  let start = 0;
  let end = nodes.length;
  const blank = (node: PhrasingContent | undefined) => node?.type === "text" && node.value.trim() === "";
  while (start < end && blank(nodes[start])) start++;
  while (end > start && blank(nodes[end - 1])) end--;
  return nodes.slice(start, end);
}

function isGeneral(entry: ParsedRow): boolean {
  return entry.ticket === "always" && /^General\b/.test(entry.title);
}

function notesFor(entry: ParsedRow): string[] {
  const notes: string[] = [];
  if (entry.italics === "whole row") {
    notes.push(
      "The whole row is set in italics, which the source document uses for unused codes; the entry is marked unused.",
    );
  } else if (entry.italics === "status and description") {
    notes.push(
      "Only part of the row is set in italics: the code is not, but the HTTP status and the description are. It is treated as unused, like the rows set wholly in italics.",
    );
  }
  if (entry.internal) {
    notes.push(
      "The source marks this error *internal* (only that word is in italics). errordex reads it as raised internally, not expected by clients; it is not marked unused, and the title leaves the word out.",
    );
  }
  for (const href of entry.links) {
    notes.push(
      `The source links this description to ${href}, a page of the API's own documentation that errordex does not host; the link was not kept.`,
    );
  }
  if (entry.reworded !== undefined) {
    notes.push(`The source words this description "${entry.reworded}"; the title reads it as "${entry.title}".`);
  }
  return notes;
}

function bodyFor(entry: ParsedRow): string {
  const { code, status, title, category } = entry;
  const statusText = `HTTP status ${status} (${httpStatusInfo(status).phrase})`;
  const lead: string[] = [];

  if (entry.italics !== "none") {
    lead.push(`The source document marks code ${code} as unused.`);
    lead.push(`It is listed as "${title}", with ${statusText}, among the ${category.area} codes.`);
  } else if (isGeneral(entry)) {
    lead.push(
      category.id === "general"
        ? `Code ${code} is the API's general error, returned with ${statusText}.`
        : `Code ${code} is the general error among the API's ${category.area} codes, returned with ${statusText}.`,
    );
    lead.push("The source asks anyone who sees it to create a ticket.");
  } else if (entry.range) {
    lead.push(
      `The API returns code ${code} with ${statusText} for an invalid ${entry.range.thing}; the source adds that it must be between ${entry.range.from} and ${entry.range.to}.`,
    );
  } else if (/^(You|The|This)\b/.test(title)) {
    lead.push(`The API returns code ${code} with ${statusText}; the source describes it as "${title}".`);
  } else {
    lead.push(`The API returns code ${code}, "${title}", with ${statusText}.`);
  }
  if (entry.ticket === "if it persists") {
    lead.push("The source asks for a ticket if the error persists.");
  }
  if (entry.internal) {
    lead.push(
      "The source marks this error _internal_: it appears to be raised inside the API rather than meant for clients.",
    );
  }
  for (const href of entry.links) {
    const page = href.replace(/^\/documentation\//, "").split(/[/?#]/)[0] ?? "";
    const topic = DOCUMENTATION_TOPICS[page];
    lead.push(
      topic
        ? `The source points to a page about ${topic} in the API's own documentation for this error; errordex does not host that page.`
        : "The source points to a page of the API's own documentation for this error; errordex does not host that page.",
    );
  }

  const sections = [lead.join(" ")];
  if (entry.italics === "none") {
    if (entry.ticket === "always") {
      sections.push(
        "## What to do\n\nCreate a ticket with the API's maintainers and include the details of the request that led to the error.",
      );
    } else if (entry.ticket === "if it persists") {
      sections.push(
        "## What to do\n\nIf the error keeps coming back, create a ticket with the API's maintainers and include the details of the request that led to it.",
      );
    } else if (entry.range) {
      sections.push(
        `## What to do\n\nSend a ${entry.range.thing} between ${entry.range.from} and ${entry.range.to}, the range the source gives.`,
      );
    }
  }
  return sections.join("\n\n");
}
