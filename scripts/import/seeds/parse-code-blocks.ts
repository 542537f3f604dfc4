import { httpStatusInfo, isHttpErrorStatus } from "../../../src/lib/http-status.ts";
import type { ImportedError } from "../imported-error.ts";
import type { RowAccount, SeedImport } from "./seed-import.ts";
import { titleFromCode } from "../title-from-code.ts";

export { titleFromCode };

/**
 * Parser for document 001 (the SSO Groups API). Under "### List of errors", each error is a
 * block that opens with a line "```{" and closes with a line "}```", holding pseudo-JSON fields:
 *
 *   ```{
 *     status                      : 403
 *     message                     : 'The group of the given api token
 *                                   does not exist.'
 *     code                        : 'GroupNotFound'
 *   }```
 *
 * Values in single quotes may wrap across lines; the wrapped lines are joined with single
 * spaces. These blocks are neither JSON nor valid Markdown fences (the closing fence shares its
 * line with the brace), so the parser reads them line by line.
 *
 * The example response near the top of the document (real JSON) is an example, not a list
 * entry: it makes no error and no row in `rows`. The parser checks that it agrees with the list
 * entry of the same code and throws if it does not.
 */

const SYSTEM = "sso-groups";

const LIST_HEADING = "### List of errors";

const FIELDS = ["status", "message", "code"] as const;
type Field = (typeof FIELDS)[number];

/**
 * Every code the document lists, with its category (content/systems/sso-groups.yaml) and what it
 * means, paraphrased from its documented message: the lead paragraph reads "The API returns
 * `<code>` with HTTP status <status> when <when>." plus `more`, if any. A code missing here
 * makes the parser throw, so that a new code in the document is not silently mis-filed.
 */
const ERRORS: Readonly<Record<string, { category: string; when: string; more?: string }>> = {
  InternalError: { category: "server", when: "the server encounters an internal error" },
  FailedToCreateUser: { category: "server", when: "an error occurs and the user cannot be created" },
  failedToCreateSession: {
    category: "server",
    when: "an error occurs and the user's session cannot be created",
    more: "Its message adds that the user may not be logged in.",
  },
  InvalidRequestDomain: {
    category: "request",
    when: "the request is invalid",
    more: "The documented message says no more than that; the code's name points at the request's domain.",
  },
  InvalidInput: {
    category: "request",
    when: "one of the request's inputs is invalid",
    more: "The documented message does not say which input.",
  },
  MissingRequiredQueryParameter: {
    category: "request",
    when: "a required query parameter is not specified",
    more: "The documented message does not name the parameter.",
  },
  GroupNotFound: { category: "api-token", when: "the group that the given API token belongs to does not exist" },
  ApiIsDisabled: { category: "api-token", when: "API usage is disabled for the group" },
  InvalidApiToken: { category: "api-token", when: "the API token is invalid" },
  UnauthorizedRequest: { category: "api-token", when: "the request is unauthorized: an API token is required" },
  NotGroupMember: {
    category: "api-token",
    when: "the user is not a member of the group that the API token belongs to",
  },
  UsernameAlreadyExists: { category: "user", when: "the username is already in use" },
  EmailAlreadyExists: { category: "user", when: "the email address is already in use" },
  InvalidEmailDomain: {
    category: "user",
    when: "the domain of the email address is not among the domains allowed for the group",
  },
  InvalidUsername: {
    category: "user",
    when: "the given username is invalid",
    more: "The document does not say what makes a username valid.",
  },
  OutOfRangeUsername: {
    category: "user",
    when: "the given username is out of range",
    more: "The document does not give the allowed range.",
  },
  OutOfRangeSuggestedUsername: {
    category: "user",
    when: "the given suggested username is out of range",
    more: "The document does not give the allowed range.",
  },
  SSOTokenFailedToParse: { category: "sso-token", when: "the SSO token in the request cannot be parsed" },
  InvalidSSOTokenPayload: {
    category: "sso-token",
    when: "one of the required fields in the SSO token's payload is invalid",
  },
};

/**
 * Related errors, each group grounded in the document: the three "Given username is …"
 * validations, and the two "An error occurred, failed to create user …" failures.
 */
const RELATED_GROUPS: ReadonlyArray<readonly string[]> = [
  ["InvalidUsername", "OutOfRangeUsername", "OutOfRangeSuggestedUsername"],
  ["FailedToCreateUser", "failedToCreateSession"],
];

/** "This username is already in use, please try another one." */
const TRY_ANOTHER = /^This (\w+) is already in use, please try another one\.?$/;
const TRY_ANOTHER_THING: Readonly<Record<string, string>> = { email: "email address" };

interface Block {
  /** 1-based line of the opening "```{". */
  line: number;
  text: string;
  status: number;
  message: string;
  code: string;
  notes: string[];
}

export interface ExampleResponse {
  line: number;
  status: number;
  message: string;
  code: string;
}

export function parseCodeBlocks(text: string, document: string): SeedImport {
  const lines = text.split(/\r?\n/);
  const headingIndex = lines.findIndex((line) => line.trim() === LIST_HEADING);
  if (headingIndex < 0) throw new Error(`${document}: no "${LIST_HEADING}" heading found`);

  const blocks = readBlocks(lines, headingIndex + 1, document);
  if (blocks.length === 0) throw new Error(`${document}: no error blocks under "${LIST_HEADING}"`);

  const seen = new Map<string, number>();
  for (const block of blocks) {
    const first = seen.get(block.code);
    if (first !== undefined) {
      throw new Error(`${document}, line ${block.line}: code ${block.code} appears again (first on line ${first})`);
    }
    seen.set(block.code, block.line);
    if (!ERRORS[block.code]) {
      throw new Error(
        `${document}, line ${block.line}: code ${block.code} is not in the parser's category table; add it to ERRORS in parse-code-blocks.ts`,
      );
    }
  }
  for (const group of RELATED_GROUPS) {
    for (const code of group) {
      if (!seen.has(code)) throw new Error(`${document}: related code ${code} is not in the document`);
    }
  }

  // A lower-case first letter is a quirk only when the document's other codes are PascalCase.
  for (const block of blocks) {
    if (/^[a-z]/.test(block.code) && blocks.some((other) => /^[A-Z]/.test(other.code))) {
      block.notes.push(
        `The code starts with a lower-case letter, unlike the document's other codes, which are PascalCase. It is kept exactly as written (${block.code}), since the document is the only record of the API's real spelling.`,
      );
    }
  }

  const example = parseExampleResponse(text, document);
  if (example) {
    const entry = blocks.find((block) => block.code === example.code);
    if (!entry) {
      throw new Error(
        `${document}, line ${example.line}: the example response's code ${example.code} is not in the list`,
      );
    }
    if (entry.status !== example.status || entry.message !== example.message) {
      throw new Error(
        `${document}, line ${example.line}: the example response (${example.status}, "${example.message}") disagrees with the list entry for ${example.code} on line ${entry.line} (${entry.status}, "${entry.message}")`,
      );
    }
  }

  const errors: ImportedError[] = [];
  const rows: RowAccount[] = [];
  for (const block of blocks) {
    const known = ERRORS[block.code]!;
    const related = RELATED_GROUPS.find((group) => group.includes(block.code))?.filter((c) => c !== block.code);
    errors.push({
      system: SYSTEM,
      code: block.code,
      title: titleFromCode(block.code),
      status: block.status,
      category: known.category,
      message: block.message,
      ...(related && { related }),
      source: { document, line: block.line, text: block.text, notes: block.notes },
      body: bodyFor(block, known),
    });
    rows.push({ line: block.line, text: block.text, codes: [{ system: SYSTEM, code: block.code }] });
  }
  return { document, errors, rows };
}

/**
 * The example error response before the list (a JSON object between "```{" and "}```"), or
 * undefined when the document has none.
 */
export function parseExampleResponse(text: string, document: string): ExampleResponse | undefined {
  const lines = text.split(/\r?\n/);
  const end = lines.findIndex((line) => line.trim() === LIST_HEADING);
  const start = lines.findIndex((line, index) => line.trim().startsWith("```{") && (end < 0 || index < end));
  if (start < 0) return undefined;
  const close = lines.findIndex((line, index) => index > start && line.trim().endsWith("}```"));
  if (close < 0 || (end >= 0 && close > end)) {
    throw new Error(`${document}, line ${start + 1}: the example response is not closed with "}\`\`\`"`);
  }
  const json = lines
    .slice(start, close + 1)
    .join("\n")
    .trim()
    .replace(/^```/, "")
    .replace(/```$/, "");
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error(`${document}, line ${start + 1}: the example response is not valid JSON (${String(error)})`);
  }
  const inner = (value as { error?: Record<string, unknown> } | null)?.error;
  if (
    !inner ||
    typeof inner.status !== "number" ||
    typeof inner.message !== "string" ||
    typeof inner.code !== "string"
  ) {
    throw new Error(`${document}, line ${start + 1}: the example response is not {"error": {status, message, code}}`);
  }
  return { line: start + 1, status: inner.status, message: inner.message, code: inner.code };
}

/** The blocks from `from` (0-based line index) to the end of the document. */
function readBlocks(lines: string[], from: number, document: string): Block[] {
  const blocks: Block[] = [];
  let index = from;
  while (index < lines.length) {
    const line = lines[index]!;
    if (line.trim() === "") {
      index++;
      continue;
    }
    if (line.trim() !== "```{") {
      throw new Error(
        `${document}, line ${index + 1}: expected an error block opening with "\`\`\`{", found "${line.trim()}"`,
      );
    }
    const close = lines.findIndex((l, i) => i > index && l.trim() === "}```");
    if (close < 0) throw new Error(`${document}, line ${index + 1}: this error block is not closed with "}\`\`\`"`);
    const nested = lines.findIndex((l, i) => i > index && i < close && l.trim() === "```{");
    if (nested >= 0) {
      throw new Error(
        `${document}, line ${index + 1}: this error block is not closed before the next one on line ${nested + 1}`,
      );
    }
    blocks.push(parseBlock(lines, index, close, document));
    index = close + 1;
  }
  return blocks;
}

/** One block: `open` and `close` are the 0-based indexes of its "```{" and "}```" lines. */
function parseBlock(lines: string[], open: number, close: number, document: string): Block {
  const fail = (index: number, problem: string): never => {
    throw new Error(`${document}, line ${index + 1}: ${problem}`);
  };
  const values = new Map<Field, string>();
  const notes: string[] = [];
  let pending: { field: Field; parts: string[] } | undefined;

  const finishUnclosed = () => {
    if (!pending) return;
    values.set(pending.field, pending.parts.join(" "));
    notes.push(
      `The ${pending.field}'s opening quote has no closing quote in the source; the ${pending.field} was read to the end of ${pending.parts.length > 1 ? "its last line" : "the line"}.`,
    );
    pending = undefined;
  };

  for (let index = open + 1; index < close; index++) {
    const line = lines[index]!;
    const field = /^\s*([A-Za-z]+)\s*:\s*(.*)$/.exec(line);
    const isFieldLine = field !== null && (FIELDS as readonly string[]).includes(field[1]!);
    if (pending && !isFieldLine) {
      // A wrapped line of a quoted value.
      const quote = line.indexOf("'");
      if (quote < 0) {
        pending.parts.push(line.trim());
        continue;
      }
      if (line.slice(quote + 1).trim() !== "")
        fail(index, `unexpected text after the closing quote of the ${pending.field}`);
      pending.parts.push(line.slice(0, quote).trim());
      values.set(pending.field, pending.parts.join(" "));
      pending = undefined;
      continue;
    }
    finishUnclosed();
    if (line.trim() === "") continue;
    if (!field) return fail(index, `expected "key : value", found "${line.trim()}"`);
    if (!isFieldLine) return fail(index, `unknown field "${field[1]}" (expected ${FIELDS.join(", ")})`);
    const name = field[1] as Field;
    if (values.has(name)) fail(index, `the ${name} is given twice`);
    const raw = field[2]!.trim();
    if (!raw.startsWith("'")) {
      values.set(name, raw);
      continue;
    }
    const rest = raw.slice(1);
    const quote = rest.indexOf("'");
    if (quote >= 0) {
      if (rest.slice(quote + 1).trim() !== "") fail(index, `unexpected text after the closing quote of the ${name}`);
      values.set(name, rest.slice(0, quote));
    } else {
      pending = { field: name, parts: [rest.trim()] };
    }
  }
  finishUnclosed();

  for (const name of FIELDS) {
    if (!values.get(name)) fail(open, `the error block has no ${name}`);
  }
  const statusText = values.get("status")!;
  const status = Number(statusText);
  if (!/^\d{3}$/.test(statusText) || !isHttpErrorStatus(status)) {
    fail(open, `the status "${statusText}" is not an HTTP error status`);
  }
  const code = values.get("code")!;
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(code)) fail(open, `the code "${code}" is not a single word of letters and digits`);

  return {
    line: open + 1,
    text: lines.slice(open, close + 1).join("\n"),
    status,
    message: values.get("message")!.replace(/\s+/g, " ").trim(),
    code,
    notes,
  };
}

function bodyFor(block: Block, known: { when: string; more?: string }): string {
  const lead = [
    `The API returns \`${block.code}\` with HTTP status ${block.status} (${httpStatusInfo(block.status).phrase}) when ${known.when}.`,
  ];
  if (known.more) lead.push(known.more);
  const sections = [lead.join(" ")];
  const tryAnother = TRY_ANOTHER.exec(block.message);
  if (tryAnother) {
    const thing = TRY_ANOTHER_THING[tryAnother[1]!] ?? tryAnother[1]!;
    sections.push(`## What to do\n\nChoose another ${thing}: the API's message asks the user to try another one.`);
  }
  return sections.join("\n\n");
}
