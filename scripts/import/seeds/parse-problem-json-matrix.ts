import { httpStatusInfo, isHttpErrorStatus } from "../../../src/lib/http-status.ts";
import { codeToSlug } from "../../../src/lib/slug.ts";
import type { ImportedError } from "../imported-error.ts";
import type { RowAccount, SeedImport } from "./seed-import.ts";
import { cellMarkdown, parseMarkdownTables, type MarkdownTable, type MarkdownTableRow } from "../markdown-table.ts";

/**
 * Parser for document 003 (entrecode's errors, RFC 7807 problem+json). One table of three-digit
 * errors is shared by several systems; an error's code is the system's digit (from the document's
 * "First Number: System" table) followed by the three digits of the row.
 *
 * Quirks it handles:
 * - Bold rows (`| **2xx** | **Syntax Error** | ...`) head the error types; they become the
 *   categories of the rows below them, not errors. The `9xx Other` type has no rows.
 * - A note in parentheses ending a description restricts the row to one system
 *   ("(on registration, only 1251 is defined)"). The note is not part of the title; what comes
 *   before "only" (here "on registration") is the context the error is raised in.
 * - Row 353 says "only 2352 is defined": 2352 would be row 352. A note whose code does not end in
 *   the row's own three digits is read as a typo: its first digit names the system, the row's
 *   code the error (2353).
 * - The 5xx heading restricts all its rows ("only 25xx and 35xx are defined").
 * - Row 000 has its title in bold followed by an explanation with a misspelling ("disclosured").
 * - Rows with identical description, detail and verbose (374 and 376) are both kept and related.
 * - Cells carry `<a name="error-NNN">` anchors; they are dropped.
 * - The "Examples" paragraphs (`**2100:** A requested resource ...`) explain single codes; they
 *   lead the bodies of those codes.
 */

const ERROR_TABLE_HEADER = ["Code", "Description", "Detail", "Verbose", "HTTP Status Code"];
const SYSTEM_TABLE_HEADER = ["Code", "System"];

/**
 * Names the document uses in prose for a system that differ from the system table's name once
 * spaces and case are ignored ("Datamanager" = "Data Manager" needs no entry). The Appserver of
 * example 3000 is the system with digit 3, which the system table calls App Manager.
 */
const SYSTEM_NAME_ALIASES: Readonly<Record<string, string>> = { appserver: "App Manager" };

/**
 * Misspellings and spellings the body and title correct, with the note that says so. The raw row
 * in `source.text` keeps the document's wording.
 */
const CORRECTIONS: ReadonlyArray<{ from: RegExp; to: string; note: string }> = [
  {
    from: /No further information disclosured to client\./,
    to: "No further information is disclosed to the client.",
    note: "The document's “disclosured” is read as “disclosed”.",
  },
  { from: /\beMail\b/g, to: "email", note: "The document's spelling “eMail” is written “email”." },
];

/** Capitalized words that stay capitalized in a sentence-case title. */
const PROPER_NOUNS = new Set(["Facebook"]);

/** Sentences of a description that tell the client what to do, by their first word. */
const IMPERATIVE = /^(Set|Use|Send|Add|Remove|Check)\b/;

/** "(on registration, only 1251 is defined)" and "(only 2354 is defined)" */
const ROW_RESTRICTION = /^(?:(.*?),\s*)?only (\d{4}) is defined$/;

/** "not in Accountserver, only 25xx and 35xx are defined" */
const TYPE_RESTRICTION = /\bonly ((?:\d{2}xx)(?:(?:,\s*|\s+and\s+)\d{2}xx)*) are defined\b/;

interface System {
  digit: string;
  id: string;
  name: string;
}

interface ErrorType {
  digit: string;
  /** "Syntax Error" */
  name: string;
  category: string;
  /** Digits of the systems that define the type's errors, when the heading restricts them. */
  systems?: string[];
  /** The heading's note in parentheses, as the document words it. */
  note?: string;
}

interface MatrixRow {
  row: MarkdownTableRow;
  /** Three digits, e.g. "202". */
  code: string;
  /** The description without the restriction note, in Markdown (inline code kept). */
  description: string;
  /** The bold start of the description (row 000), without its period. */
  boldTitle?: string;
  detail: string;
  verbose: string;
  status: number;
  type?: ErrorType;
  /** The restriction note as written, e.g. "(on registration, only 1251 is defined)". */
  restrictionNote?: string;
  /** What comes before "only" in the note, e.g. "on registration". */
  context?: string;
  /** Digits of the systems that define the row. */
  systems: string[];
  /** Set when the note's code does not end in the row's code (the 353 typo). */
  typo?: { noted: string; readAs: string };
}

export function parseProblemJsonMatrix(text: string, document: string): SeedImport {
  const fail = (line: number, problem: string): never => {
    throw new Error(`${document}, line ${line}: ${problem}`);
  };
  const tables = parseMarkdownTables(text);
  const systems = readSystems(findTable(tables, SYSTEM_TABLE_HEADER, document), fail);
  const examples = readExamples(text);
  const errorTable = findTable(tables, ERROR_TABLE_HEADER, document);

  const rows: RowAccount[] = [];
  const matrixRows: MatrixRow[] = [];
  let type: ErrorType | undefined;
  for (const [index, row] of errorTable.rows.entries()) {
    const cells = row.cells.map((cell) => cellMarkdown(cell, row.line, fail));
    if (cells.length !== ERROR_TABLE_HEADER.length) fail(row.line, `expected 5 cells, found ${cells.length}`);
    const [boldCode = "", description = "", detail = "", verbose = "", statusCell = ""] = cells;
    const codeCell = boldCode.replace(/\*\*/g, "");
    const typeDigit = /^(\d)xx$/.exec(codeCell)?.[1];
    if (typeDigit !== undefined) {
      type = readErrorType(typeDigit, description, systems, row.line, fail);
      rows.push({
        line: row.line,
        text: row.text,
        codes: [],
        reason:
          `Heading row of the error type ${typeDigit}xx (${type.name}): the rows below it are in the category ` +
          `\`${type.category}\`.` +
          (type.note ? ` Its note “${type.note}” applies to all of them.` : "") +
          (startsEmptyType(errorTable, index, fail) ? " The document defines no error of this type." : ""),
      });
      continue;
    }
    if (!/^\d{3}$/.test(codeCell))
      fail(row.line, `the code cell “${codeCell}” is neither a three-digit code nor a type such as 2xx`);
    if (type && codeCell[0] !== type.digit) {
      fail(row.line, `code ${codeCell} is listed under the error type ${type.digit}xx`);
    }
    const status = Number(statusCell);
    if (!/^\d{3}$/.test(statusCell) || !isHttpErrorStatus(status)) {
      fail(row.line, `the HTTP status “${statusCell}” is not an HTTP error status`);
    }
    matrixRows.push(readRow(row, codeCell, description, detail, verbose, status, type, systems, fail));
  }

  const errors: ImportedError[] = [];
  for (const matrixRow of matrixRows) {
    const made = matrixRow.systems.map((digit) =>
      buildError(matrixRow, systemByDigit(systems, digit), systems, matrixRows, examples, document, fail),
    );
    errors.push(...made);
    rows.push({
      line: matrixRow.row.line,
      text: matrixRow.row.text,
      codes: made.map((error) => ({ system: error.system, code: error.code })),
    });
  }
  rows.sort((a, b) => a.line - b.line);
  return { document, errors, rows };
}

function findTable(tables: MarkdownTable[], header: string[], document: string): MarkdownTable {
  const found = tables.filter((table) => table.header.join("|") === header.join("|"));
  if (found.length !== 1) {
    throw new Error(`${document}: expected one table with the columns ${header.join(" | ")}, found ${found.length}`);
  }
  return found[0] as MarkdownTable;
}

/** The "First Number: System" table: `| 2xxx | Data Manager |`. */
function readSystems(table: MarkdownTable, fail: (line: number, problem: string) => never): System[] {
  return table.rows.map((row) => {
    const [code = "", name = ""] = row.cells.map((cell) => cellMarkdown(cell, row.line, fail));
    const digit = /^(\d)xxx$/.exec(code)?.[1];
    if (digit === undefined || name === "") fail(row.line, `expected a system such as “| 2xxx | Data Manager |”`);
    return { digit: digit as string, id: codeToSlug(name), name };
  });
}

function systemByDigit(systems: System[], digit: string): System {
  const system = systems.find((candidate) => candidate.digit === digit);
  if (!system) throw new Error(`no system with the digit ${digit}`);
  return system;
}

/** The system a name in the document's prose means ("Datamanager", "Appserver"), if any. */
function systemByName(systems: System[], name: string): System | undefined {
  const key = name.replace(/\s+/g, "").toLowerCase();
  const canonical = SYSTEM_NAME_ALIASES[key] ?? name;
  return systems.find(
    (system) => system.name.replace(/\s+/g, "").toLowerCase() === canonical.replace(/\s+/g, "").toLowerCase(),
  );
}

/** The paragraphs `**2100:** A requested resource in the Datamanager does not exist.` by code. */
function readExamples(text: string): Map<string, string> {
  const examples = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^\*\*(\d{4}):\*\*\s+(.+?)\s*$/.exec(line);
    if (match?.[1] && match[2]) examples.set(match[1], match[2]);
  }
  return examples;
}

function readErrorType(
  digit: string,
  description: string,
  systems: System[],
  line: number,
  fail: (line: number, problem: string) => never,
): ErrorType {
  const match = /^(.*?)\s*(?:\(([^()]*)\))?$/.exec(description.replace(/\*\*/g, "").trim());
  const name = match?.[1] ?? "";
  if (name === "") fail(line, `the error type ${digit}xx has no name`);
  const note = match?.[2];
  const type: ErrorType = { digit, name, category: name.split(/\s+/)[0]?.toLowerCase() ?? "" };
  if (note !== undefined) {
    type.note = note;
    const restriction = TYPE_RESTRICTION.exec(note);
    if (!restriction?.[1]) fail(line, `cannot read the note “${note}” of the error type ${digit}xx`);
    const ranges = (restriction?.[1] ?? "").split(/,\s*|\s+and\s+/);
    type.systems = ranges.map((range) => {
      if (range[1] !== digit) fail(line, `the note names ${range}, which is not of the error type ${digit}xx`);
      if (!systems.some((system) => system.digit === range[0])) {
        fail(line, `the note names ${range}, but the system table has no system ${range[0]}xxx`);
      }
      return range[0] ?? "";
    });
  }
  return type;
}

/** Whether the type row at `index` is followed by another type row or ends the table (9xx Other). */
function startsEmptyType(table: MarkdownTable, index: number, fail: (line: number, problem: string) => never): boolean {
  const next = table.rows[index + 1];
  if (!next?.cells[0]) return true;
  return /^\dxx$/.test(cellMarkdown(next.cells[0], next.line, fail).replace(/\*\*/g, ""));
}

function readRow(
  row: MarkdownTableRow,
  code: string,
  rawDescription: string,
  detail: string,
  verbose: string,
  status: number,
  type: ErrorType | undefined,
  systems: System[],
  fail: (line: number, problem: string) => never,
): MatrixRow {
  let description = rawDescription;
  const matrixRow: MatrixRow = {
    row,
    code,
    description,
    detail,
    verbose,
    status,
    type,
    systems: type?.systems ?? systems.map((system) => system.digit),
  };

  const note = /\s*\(([^()]*)\)\s*$/.exec(description);
  if (note?.[1] !== undefined && /\bdefined\b/.test(note[1])) {
    const restriction = ROW_RESTRICTION.exec(note[1].trim());
    if (!restriction?.[2])
      fail(row.line, `cannot read the note “(${note[1]})”; expected e.g. “(only 2354 is defined)”`);
    const noted = restriction?.[2] ?? "";
    const digit = noted[0] ?? "";
    if (!systems.some((system) => system.digit === digit)) {
      fail(row.line, `the note names ${noted}, but the system table has no system ${digit}xxx`);
    }
    if (type?.systems && !type.systems.includes(digit)) {
      fail(row.line, `the note names ${noted}, but the error type ${type.digit}xx is not defined in that system`);
    }
    matrixRow.restrictionNote = `(${note[1]})`;
    if (restriction?.[1]) matrixRow.context = restriction[1];
    matrixRow.systems = [digit];
    if (noted.slice(1) !== code) matrixRow.typo = { noted, readAs: digit + code };
    description = description.slice(0, note.index).trim();
  }

  const bold = /^\*\*(.+?)\*\*\s*(.*)$/.exec(description);
  if (bold?.[1] !== undefined) {
    matrixRow.boldTitle = bold[1].replace(/\.$/, "");
    description = bold[1] + (bold[2] ? ` ${bold[2]}` : "");
  }
  matrixRow.description = description.replace(/\*\*/g, "");
  if (matrixRow.description === "") fail(row.line, "the row has no description");
  return matrixRow;
}

function buildError(
  matrixRow: MatrixRow,
  system: System,
  systems: System[],
  allRows: MatrixRow[],
  examples: Map<string, string>,
  document: string,
  fail: (line: number, problem: string) => never,
): ImportedError {
  const { row, code: code3, status } = matrixRow;
  const code = system.digit + code3;
  const notes: string[] = [];

  // Spelling fixes, recorded once per row.
  let description = matrixRow.description;
  for (const correction of CORRECTIONS) {
    const corrected = description.replace(correction.from, correction.to);
    if (corrected !== description) notes.push(correction.note);
    description = corrected;
  }
  const sentences = splitSentences(description);

  // Title: the bold part, else the description; two sentences are joined with a comma, and of
  // more than two the first is the title. Plain text, sentence case, no trailing period.
  let titleSource: string;
  let leadExtra: string[] = [];
  let causes: string[] = [];
  const advice: string[] = [];
  if (matrixRow.boldTitle !== undefined) {
    titleSource = matrixRow.boldTitle;
    leadExtra = sentences.slice(1);
    notes.push(
      `The title is the bold start of the description; the rest (“${sentences.slice(1).join(" ")}”) is in the body.`,
    );
  } else if (sentences.length > 2) {
    titleSource = sentences[0] ?? "";
    causes = [sentences[0] ?? ""];
    for (const sentence of sentences.slice(1)) (IMPERATIVE.test(sentence) ? advice : leadExtra).push(sentence);
    notes.push(
      `The description has ${sentences.length} sentences; the title is the first, the others are in the body.`,
    );
  } else if (sentences.length === 2) {
    // "Cannot delete entry. Referenced as required." reads as one title when joined with a comma,
    // as the document itself words "Cannot change Model, has Entries."
    const [first = "", second = ""] = sentences;
    titleSource = `${first.replace(/\.$/, "")}, ${lowerFirstWord(second)}`;
    causes = causesOf(description);
  } else {
    titleSource = description;
    causes = causesOf(description);
  }
  titleSource = plain(titleSource).replace(/\.$/, "");
  const title = sentenceCase(titleSource);
  const recased = title !== capitalize(titleSource);
  if (matrixRow.boldTitle === undefined && sentences.length === 2) {
    notes.push(
      `The title joins the description's two sentences (“${plain(description)}”) with a comma` +
        (recased ? ", in sentence case." : "."),
    );
  } else if (recased) {
    notes.push(`The document writes the title “${titleSource}”; errordex puts it in sentence case.`);
  }
  if (title === "") fail(row.line, "the row gives no title");

  // Which systems define the error.
  const restriction: string[] = [];
  if (matrixRow.restrictionNote) {
    const others = systems.filter((other) => other !== system).map((other) => other.digit + code3);
    notes.push(
      `The note “${matrixRow.restrictionNote}” is left out of the title` +
        (matrixRow.typo ? "." : `: only the ${system.name} defines ${code3}, so there is no ${joinOr(others)}.`) +
        (matrixRow.context ? ` The body says where the error is raised (“${matrixRow.context}”).` : ""),
    );
    if (matrixRow.typo) {
      const { noted, readAs } = matrixRow.typo;
      const target = allRows.find((other) => other.code === noted.slice(1));
      notes.push(
        `The note says “only ${noted} is defined”, but ${noted} would be row ${noted.slice(1)}` +
          (target?.restrictionNote ? `, whose own note says “${target.restrictionNote}”` : "") +
          `. Read as a typo for ${readAs}: the note's first digit names the system (the ${system.name}), this row the error.`,
      );
      restriction.push(
        `Only the ${system.name} defines this error: the document's note reads “only ${noted} is defined”, which errordex takes to mean ${readAs}.`,
      );
    } else {
      restriction.push(`Only the ${system.name} defines this error; the other systems do not use ${code3}.`);
    }
  }
  if (matrixRow.type?.systems && matrixRow.type.note) {
    const missing = systems.filter((candidate) => !matrixRow.type?.systems?.includes(candidate.digit));
    const defining = matrixRow.type.systems.map((digit) => `the ${systemByDigit(systems, digit).name}`);
    notes.push(
      `The ${matrixRow.type.digit}xx heading says “${matrixRow.type.note}”, so this row exists only as ` +
        `${matrixRow.type.systems.map((digit) => digit + code3).join(" and ")}` +
        (missing.length > 0 ? ` (there is no ${joinOr(missing.map((m) => m.digit + code3))}).` : "."),
    );
    restriction.push(
      `${capitalize(matrixRow.type.name.toLowerCase().replace(/ errors?$/, ""))} errors are defined only by ${joinAnd(defining)}` +
        (missing.length > 0 ? `, not by ${joinAnd(missing.map((m) => `the ${m.name}`))}.` : "."),
    );
  }

  // Rows the document gives the same description, detail and verbose.
  const twins = allRows.filter(
    (other) =>
      other !== matrixRow &&
      other.description === matrixRow.description &&
      other.detail === matrixRow.detail &&
      other.verbose === matrixRow.verbose &&
      other.systems.includes(system.digit),
  );
  const twinSentences = twins.map((twin) => {
    notes.push(
      `The document gives row ${twin.code} (line ${twin.row.line}) the same description, detail and verbose as this row; both are kept and related.`,
    );
    return `The document gives ${system.digit + twin.code} the same description, detail and verbose, and does not say how the two differ.`;
  });

  // The document's example for this very code, if any, with the system named as in errordex.
  const lead: string[] = [];
  const example = examples.get(code);
  if (example !== undefined) {
    lead.push(
      example.replace(/\bthe (\w+)\b/g, (whole, name: string) => {
        const named = systemByName(systems, name);
        if (!named) return whole;
        if (named !== system) fail(row.line, `the example for ${code} names the ${name}, not the ${system.name}`);
        if (name !== system.name) {
          notes.push(`The document's example for ${code} calls the system “${name}”; this is the ${system.name}.`);
        }
        return `the ${system.name}`;
      }),
    );
  }
  lead.push(
    `The ${system.name} returns this error${matrixRow.context ? ` ${matrixRow.context},` : ""} with HTTP status ${status} (${httpStatusInfo(status).phrase}).`,
  );
  lead.push(...leadExtra.map(plainSentence), ...restriction, ...twinSentences);

  const body = [
    lead.join(" "),
    ...(causes.length > 0 ? ["## Causes", causes.map((cause) => `- ${cause}`).join("\n")] : []),
    ...(advice.length > 0 ? ["## What to do", advice.join(" ")] : []),
  ].join("\n\n");

  const related = [
    ...twins.map((twin) => system.digit + twin.code),
    ...matrixRow.systems
      .filter((digit) => digit !== system.digit)
      .map((digit) => `${systemByDigit(systems, digit).id}/${digit}${code3}`),
  ];
  const fields: Record<string, string> = {};
  if (matrixRow.detail) fields.detail = plain(matrixRow.detail);
  if (matrixRow.verbose) fields.verbose = plain(matrixRow.verbose);

  return {
    system: system.id,
    code,
    title,
    status,
    category: matrixRow.type?.category ?? titleSource.split(/\s+/)[0]?.toLowerCase() ?? "",
    ...(Object.keys(fields).length > 0 && { fields }),
    ...(related.length > 0 && { related }),
    source: { document, line: row.line, text: row.text, notes: [...new Set(notes)] },
    body,
  };
}

/**
 * Causes a description states after what cannot be done: "Cannot delete Model, has entries" ->
 * "The model has entries."; "Cannot change entry. Reference not found." -> "Reference not found."
 */
function causesOf(description: string): string[] {
  const match = /^(?:Cannot|Could not) \w+ ([^.,]+)[.,]\s*(.+?)\.?$/.exec(plain(description));
  if (!match?.[1] || !match[2]) return [];
  const object = match[1].toLowerCase();
  const reason = sentenceCase(match[2]);
  if (/^(has|is)\b/i.test(reason)) return [`The ${object} ${reason.toLowerCase()}.`];
  return [`${reason}.`];
}

/** "Cannot delete entry. Referenced as required." -> two sentences. */
function splitSentences(text: string): string[] {
  return text
    .split(/(?<=\.)\s+(?=[A-Z`])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/**
 * Sentence case: capitalized words inside a sentence are lowered ("Missing Access Token" ->
 * "Missing access token"); acronyms, mixed-case names (OAuth, AssetGroup), proper nouns and
 * the first word of each sentence keep their case.
 */
function sentenceCase(text: string): string {
  const words = text.split(" ");
  return capitalize(
    words
      .map((word, index) => {
        const startsSentence = index === 0 || /\.$/.test(words[index - 1] ?? "");
        const bare = word.replace(/[.,]$/, "");
        if (startsSentence || PROPER_NOUNS.has(bare) || !/^[A-Z][a-z]+$/.test(bare)) return word;
        return word.toLowerCase();
      })
      .join(" "),
  );
}

/** "Referenced as required" -> "referenced as required"; "AssetGroup …" stays. */
function lowerFirstWord(text: string): string {
  return text.replace(/^([A-Z][a-z]+)\b/, (word) => word.toLowerCase());
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Markdown of a description without its code spans, for titles and fields. */
function plain(markdown: string): string {
  return markdown.replace(/`([^`]*)`/g, "$1");
}

function plainSentence(sentence: string): string {
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

function joinAnd(items: string[]): string {
  return joinWith(items, "and");
}

function joinOr(items: string[]): string {
  return joinWith(items, "or");
}

function joinWith(items: string[], conjunction: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}
