import type { TableCell } from "mdast";
import { httpStatusInfo, isHttpErrorStatus } from "../../../src/lib/http-status.ts";
import type { ImportedError } from "../imported-error.ts";
import type { RowAccount, SeedImport } from "./seed-import.ts";
import { cellText, parseMarkdownTables, type MarkdownTableRow } from "../markdown-table.ts";

/**
 * Parser for document 002 (the Accounts API): `domain:reason` codes in sections. Each section is
 * a heading line (`Auth`, `Worker/System`, …) followed directly by a table whose data rows have
 * no leading pipe:
 *
 *   User
 *   | Code | HTTP | Description |
 *   |---|---|---|
 *   user:not_found | 404 | User not found |
 *
 * Without blank lines GFM would read all sections as one table (heading lines becoming rows), so
 * the parser cuts the document into sections first and parses each section's table with
 * remark-gfm on its own.
 */

const SYSTEM = "accounts";

const HEADER = ["Code", "HTTP", "Description"];

/**
 * The document's sections: the category each maps to (content/systems/accounts.yaml) and the
 * code domains it may hold. `null` stands for codes without a domain (FORBIDDEN).
 */
const SECTIONS: Readonly<Record<string, { category: string; domains: ReadonlyArray<string | null> }>> = {
  Auth: { category: "auth", domains: ["auth"] },
  User: { category: "user", domains: ["user"] },
  Session: { category: "session", domains: ["session"] },
  OAuth: { category: "oauth", domains: ["oauth"] },
  Password: { category: "password", domains: ["password"] },
  Token: { category: "token", domains: ["token"] },
  Email: { category: "email", domains: ["email"] },
  TOTP: { category: "totp", domains: ["totp"] },
  File: { category: "file", domains: ["file"] },
  General: { category: "general", domains: ["general", null] },
  "Rate Limit": { category: "rate-limit", domains: ["rate_limit"] },
  Turnstile: { category: "turnstile", domains: ["turnstile"] },
  Search: { category: "search", domains: ["meilisearch"] },
  EventStream: { category: "eventstream", domains: ["eventstream"] },
  "Worker/System": { category: "worker-system", domains: ["worker", "system"] },
};

/**
 * Related errors: only codes whose descriptions are about the same thing. Same-named reasons that
 * are about different things (`user:not_found`, `file:not_found`, `system:not_found`) are not
 * related.
 */
const RELATED_GROUPS: ReadonlyArray<readonly string[]> = [["user:email_already_exists", "oauth:email_already_exists"]];

/** `domain:reason`, or a bare UPPER_SNAKE code (the system's code scheme). */
const CODE_PATTERN = /^(?:([a-z][a-z_]*):[a-z][a-z_]*|[A-Z][A-Z_]*)$/;

interface Section {
  name: string;
  /** 1-based line of the heading. */
  line: number;
  /** 1-based line of the table's first line, and the table's lines. */
  tableLine: number;
  tableLines: string[];
}

interface ParsedRow {
  row: MarkdownTableRow;
  section: string;
  category: string;
  code: string;
  /** null for a code without a domain. */
  domain: string | null;
  status: number;
  description: string;
}

export function parseDomainReason(text: string, document: string): SeedImport {
  const fail = (line: number, problem: string): never => {
    throw new Error(`${document}, line ${line}: ${problem}`);
  };

  const sections = readSections(text.split(/\r?\n/), fail);
  if (sections.length === 0) throw new Error(`${document}: no sections with tables found`);

  const parsed: ParsedRow[] = [];
  for (const section of sections) {
    const known = SECTIONS[section.name];
    if (!known) {
      return fail(section.line, `unknown section "${section.name}"; add it to SECTIONS in parse-domain-reason.ts`);
    }
    const tables = parseMarkdownTables(section.tableLines.join("\n"), section.tableLine);
    const lastLine = section.tableLine + section.tableLines.length - 1;
    const table = tables[0];
    if (tables.length !== 1 || !table || table.startLine !== section.tableLine || table.endLine !== lastLine) {
      fail(section.tableLine, `the lines after the heading "${section.name}" do not form one table`);
    }
    if (table!.header.join("|") !== HEADER.join("|")) {
      fail(
        section.tableLine,
        `expected the table header | ${HEADER.join(" | ")} |, found | ${table!.header.join(" | ")} |`,
      );
    }
    for (const row of table!.rows) parsed.push(parseRow(row, section.name, known, fail));
  }

  const seen = new Map<string, number>();
  for (const { code, row } of parsed) {
    const first = seen.get(code);
    if (first !== undefined) fail(row.line, `code ${code} appears again (first on line ${first})`);
    seen.set(code, row.line);
  }
  for (const group of RELATED_GROUPS) {
    for (const code of group) {
      if (!seen.has(code)) throw new Error(`${document}: related code ${code} is not in the document`);
    }
  }

  const domainless = parsed.filter((entry) => entry.domain === null).map((entry) => entry.code);
  const errors: ImportedError[] = [];
  const rows: RowAccount[] = [];
  for (const entry of parsed) {
    const related = RELATED_GROUPS.find((group) => group.includes(entry.code))?.filter((c) => c !== entry.code);
    errors.push({
      system: SYSTEM,
      code: entry.code,
      title: entry.description.replace(/\.$/, ""),
      status: entry.status,
      category: entry.category,
      ...(related && { related }),
      source: { document, line: entry.row.line, text: entry.row.text, notes: notesFor(entry) },
      body: bodyFor(entry, domainless),
    });
    rows.push({ line: entry.row.line, text: entry.row.text, codes: [{ system: SYSTEM, code: entry.code }] });
  }
  return { document, errors, rows };
}

/**
 * Cuts the document into sections: a line without a pipe directly followed by a line with one is
 * a section heading, and the pipe lines after it are its table. Lines before the first heading
 * are the document's preamble; any other text line is an error.
 */
function readSections(lines: string[], fail: (line: number, problem: string) => never): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  let tableOpen = false;
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.includes("|")) {
      if (!current) fail(lineNumber, "a table line before any section heading");
      if (!tableOpen) fail(lineNumber, "a table line separated from its section's table");
      current!.tableLines.push(line);
      return;
    }
    tableOpen = false;
    if (line.trim() === "") return;
    if (lines[index + 1]?.includes("|")) {
      current = { name: line.trim(), line: lineNumber, tableLine: lineNumber + 1, tableLines: [] };
      sections.push(current);
      tableOpen = true;
      return;
    }
    if (current) fail(lineNumber, `"${line.trim()}" is neither a section heading nor a table row`);
  });
  return sections;
}

function parseRow(
  row: MarkdownTableRow,
  section: string,
  known: { category: string; domains: ReadonlyArray<string | null> },
  fail: (line: number, problem: string) => never,
): ParsedRow {
  const { line } = row;
  if (row.cells.length !== HEADER.length) {
    fail(line, `expected ${HEADER.length} cells (code, HTTP status, description), found ${row.cells.length}`);
  }
  const cells = row.cells as [TableCell, TableCell, TableCell];
  for (const cell of cells) {
    if (cell.children.some((child) => child.type !== "text")) {
      fail(line, `unexpected Markdown formatting in the cell "${cellText(cell)}"`);
    }
  }
  const [code, statusText, description] = cells.map(cellText) as [string, string, string];

  const match = CODE_PATTERN.exec(code);
  if (!match) fail(line, `the code "${code}" is neither domain:reason nor an UPPER_SNAKE word`);
  const domain = match![1] ?? null;
  if (!known.domains.includes(domain)) {
    fail(
      line,
      domain === null
        ? `the code ${code} has no domain, which the section "${section}" does not expect`
        : `the domain "${domain}" does not belong in the section "${section}"; add it to SECTIONS in parse-domain-reason.ts`,
    );
  }

  const status = Number(statusText);
  if (!/^\d{3}$/.test(statusText) || !isHttpErrorStatus(status)) {
    fail(line, `the HTTP status "${statusText}" is not an HTTP error status`);
  }
  if (description === "") fail(line, "the description is empty");

  return { row, section, category: known.category, code, domain, status, description };
}

/** An error whose code or description calls it internal, sent with a client-error status. */
function isInternalWithClientStatus(entry: ParsedRow): boolean {
  return /internal/i.test(`${entry.code} ${entry.description}`) && entry.status < 500;
}

function notesFor(entry: ParsedRow): string[] {
  const notes: string[] = [];
  if (entry.domain === null) {
    notes.push(
      `This code has no domain prefix, unlike the document's domain:reason codes; it is kept exactly as written (${entry.code}).`,
    );
  }
  if (isInternalWithClientStatus(entry)) {
    notes.push(
      `The document gives this internal error HTTP status ${entry.status}, a client-error status, where a server error (5xx) would be expected; errordex keeps the documented ${entry.status}.`,
    );
  }
  return notes;
}

function bodyFor(entry: ParsedRow, domainless: string[]): string {
  const { code, status, description } = entry;
  const phrase = httpStatusInfo(status).phrase;
  const lead = [
    `The API returns \`${code}\` with HTTP status ${status} (${phrase}); the document describes it as "${description}".`,
  ];
  if (entry.domain === null) {
    const others = domainless.filter((c) => c !== code).map((c) => `\`${c}\``);
    lead.push(
      others.length === 0
        ? "Unlike the API's other codes, it has no domain prefix."
        : others.length === 1
          ? `Unlike most of the API's codes, it has no domain prefix; ${others[0]} is the only other such code.`
          : `Unlike most of the API's codes, it has no domain prefix, like ${others.join(", ")}.`,
    );
  }
  if (isInternalWithClientStatus(entry)) {
    lead.push(
      `Although it names an internal error, the document gives it status ${status}, a client-error status; a failure inside the server would usually be reported with a 5xx status.`,
    );
  }
  return lead.join(" ");
}
