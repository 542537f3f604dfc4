import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { ImportedError } from "../imported-error.ts";
import type { RowAccount, SeedImport } from "./seed-import.ts";
import { cellMarkdown, parseMarkdownTables, type MarkdownTableRow } from "../markdown-table.ts";

/**
 * Parser for document 004 (an artwork/player API). Its HTTP errors carry no code: each is a
 * `{"detail": "…"}` message in a `| Detail | Cause |` table under an area heading
 * (`## Player Errors`) and a status heading (`### 404 Not Found`). Each message becomes an error
 * of the system `artwork-player` with the id `<area>-<status>-<words of the message>`. The MQTT
 * errors (`| Code | Description |`) and the messages sent with VALIDATION_ERROR
 * (`| Message | Cause |`) become errors of `artwork-player-mqtt`.
 *
 * The tables "HTTP Status Codes", "Rate Limits Reference" and "Error Recovery" are reference
 * material, not errors (the system file holds their content as guidance); the parser reads the
 * first two to check status headings and to name the rate limit a 429 message is about.
 *
 * Quirks it handles:
 * - Messages with placeholders ("Used X MB of Y MB", "Playset 'name' not found",
 *   "GitHub OAuth error: description") are kept as documented, with a note; the placeholders
 *   are left out of ids and, where the title can do without them, of titles.
 * - Two 409 messages share their first sentence ("An account with this email already exists"),
 *   so their ids would collide: see ID_OVERRIDES.
 * - `pending_verification` is a bare token, not a sentence: see TITLE_OVERRIDES.
 * - The same message in two areas ("User not found", "Post not found") gives two related errors.
 */

const HTTP_SYSTEM = "artwork-player";
const MQTT_SYSTEM = "artwork-player-mqtt";
const VALIDATION_API_CODE = "VALIDATION_ERROR";

/** The `##` headings of the HTTP error areas, with their category and the word the body uses. */
const AREAS: Readonly<Record<string, { category: string; noun: string }>> = {
  "Authentication Errors": { category: "auth", noun: "authentication" },
  "Post/Artwork Errors": { category: "post", noun: "post" },
  "Player Errors": { category: "player", noun: "player" },
  "OAuth Errors": { category: "oauth", noun: "OAuth" },
};
const MQTT_SECTION = "MQTT Error Codes";

/** At most this many words of a message's first sentence make its id. */
const ID_WORDS = 6;

/**
 * Ids given by hand where the words of two messages would give the same id. The first sentence of
 * the second 409 message is the whole of the first one, so both would be
 * auth-409-account-with-this-email-already-exists; the longer one takes its id from its advice.
 */
const ID_OVERRIDES: ReadonlyArray<{ message: string; id: string }> = [
  {
    message: "An account with this email already exists. Please log in with your existing account.",
    id: "auth-409-account-exists-log-in",
  },
];

/** Titles given by hand for messages that are not prose. */
const TITLE_OVERRIDES: ReadonlyArray<{ message: string; title: string; note: string }> = [
  {
    message: "pending_verification",
    title: "Account pending verification",
    note:
      "The document gives the bare token “pending_verification” as the detail, not a sentence. " +
      "The title “Account pending verification” is errordex's, from the token and the cause “Account exists, unverified”.",
  },
];

/**
 * What to do, where the document says it in other words than an imperative: a requirement the
 * message states or a limit the cause column gives. Keyed by the message.
 */
const ADVICE: ReadonlyArray<{ message: string; advice: string }> = [
  // Cause: "Over 5 MB".
  { message: "File size exceeds limit", advice: "Keep the file at 5 MB or less." },
  // "Renewal only available within 30 days of expiry."
  {
    message: "Certificate is still valid for X days. Renewal only available within 30 days of expiry.",
    advice: "Renew the certificate only within the last 30 days before it expires.",
  },
  {
    message: "Email verification required to change handle.",
    advice: "Verify the account's email address before changing the handle.",
  },
  {
    message: "post_id is required for show_artwork command",
    advice: "Send `post_id` with the `show_artwork` command.",
  },
  {
    message: "play_channel requires one of: channel_name, hashtag, or user_sqid",
    advice: "Send one of `channel_name`, `hashtag` or `user_sqid` with `play_channel`.",
  },
  {
    message: "playset_name is required for play_playset command",
    advice: "Send `playset_name` with the `play_playset` command.",
  },
];

/** "Please try again." and "Please try again later.": generic retry advice the page already gives. */
const GENERIC_PLEASE = /^Please try again( later)?\.$/;

type Fail = (line: number, problem: string) => never;

interface Heading {
  depth: number;
  text: string;
  line: number;
}

interface RateLimit {
  operation: string;
  limit: string;
  window: string;
}

interface HttpRow {
  row: MarkdownTableRow;
  area: { category: string; noun: string };
  status: number;
  phrase: string;
  message: string;
  cause: string;
}

interface Placeholder {
  /** As the message has it: "X", "'name'", "description". */
  text: string;
  /** Whether it is the word after a colon that ends the message ("GitHub OAuth error: description"). */
  tail: boolean;
}

export function parseDetailMessages(text: string, document: string): SeedImport {
  const fail: Fail = (line, problem) => {
    throw new Error(`${document}, line ${line}: ${problem}`);
  };
  const headings = readHeadings(text);
  const tables = parseMarkdownTables(text);

  const statusPhrases = new Map<number, string>();
  const rateLimits: RateLimit[] = [];
  const httpRows: HttpRow[] = [];
  const mqttRows: Array<{ row: MarkdownTableRow; code: string; description: string }> = [];
  const validationRows: Array<{ row: MarkdownTableRow; message: string; cause: string }> = [];

  for (const table of tables) {
    const section = headingBefore(headings, table.startLine, 2);
    const subsection = headingBefore(headings, table.startLine, 3, section?.line);
    const cells = (row: MarkdownTableRow): string[] => {
      const values = row.cells.map((cell) => cellMarkdown(cell, row.line, fail));
      if (values.length !== table.header.length || values.some((value) => value === "")) {
        fail(row.line, `expected ${table.header.length} non-empty cells (${table.header.join(", ")})`);
      }
      return values;
    };
    switch (table.header.join("|")) {
      case "Status|Meaning":
        for (const row of table.rows) {
          const [status = "", meaning = ""] = cells(row);
          statusPhrases.set(Number(status), meaning.split(" - ")[0] ?? meaning);
        }
        break;
      case "Operation|Limit|Window":
        for (const row of table.rows) {
          const [operation = "", limit = "", window = ""] = cells(row);
          rateLimits.push({ operation, limit, window });
        }
        break;
      case "Status|Action":
        break; // Error Recovery: guidance, in the system file.
      case "Detail|Cause": {
        const area = section ? AREAS[section.text] : undefined;
        if (!section || !area) fail(table.startLine, `a Detail/Cause table outside a known area heading`);
        const heading = subsection ? /^(\d{3}) (.+)$/.exec(subsection.text) : null;
        if (!heading?.[1] || !heading[2])
          fail(table.startLine, `a Detail/Cause table without a status heading such as “### 404 Not Found”`);
        for (const row of table.rows) {
          const [message = "", cause = ""] = cells(row);
          httpRows.push({
            row,
            area: area as { category: string; noun: string },
            status: Number(heading?.[1]),
            phrase: heading?.[2] ?? "",
            message: unescapeCode(message),
            cause,
          });
        }
        break;
      }
      case "Code|Description":
        if (section?.text !== MQTT_SECTION)
          fail(table.startLine, `a Code/Description table outside “## ${MQTT_SECTION}”`);
        for (const row of table.rows) {
          const [code = "", description = ""] = cells(row);
          const bare = /^`([A-Z][A-Z_]*)`$/.exec(code)?.[1];
          if (!bare) fail(row.line, `the MQTT code “${code}” is not an UPPER_SNAKE code in backticks`);
          mqttRows.push({ row, code: bare as string, description });
        }
        break;
      case "Message|Cause":
        if (section?.text !== MQTT_SECTION) fail(table.startLine, `a Message/Cause table outside “## ${MQTT_SECTION}”`);
        for (const row of table.rows) {
          const [message = "", cause = ""] = cells(row);
          validationRows.push({ row, message: unescapeCode(message), cause });
        }
        break;
      default:
        fail(table.startLine, `a table with the unknown columns ${table.header.join(" | ")}`);
    }
  }

  for (const httpRow of httpRows) {
    const documented = statusPhrases.get(httpRow.status);
    if (documented !== httpRow.phrase) {
      fail(
        httpRow.row.line,
        `the status heading says ${httpRow.status} ${httpRow.phrase}, the HTTP Status Codes table ${documented ?? "does not list it"}`,
      );
    }
  }

  const httpErrors = buildHttpErrors(httpRows, rateLimits, document, fail);
  const mqttErrors = buildMqttErrors(mqttRows, validationRows, document, fail);
  const errors = [...httpErrors, ...mqttErrors];

  const rows: RowAccount[] = errors
    .map((error) => ({
      line: error.source.line,
      text: error.source.text,
      codes: [{ system: error.system, code: error.code }],
    }))
    .sort((a, b) => a.line - b.line);
  return { document, errors, rows };
}

function buildHttpErrors(httpRows: HttpRow[], rateLimits: RateLimit[], document: string, fail: Fail): ImportedError[] {
  for (const { message } of [...ID_OVERRIDES, ...TITLE_OVERRIDES, ...ADVICE]) {
    if (!httpRows.some((row) => row.message === message)) {
      throw new Error(`${document}: the parser has an override for “${message}”, which the document no longer has`);
    }
  }

  // Ids, then a check that they are unique.
  const ids = httpRows.map((httpRow) => {
    const override = ID_OVERRIDES.find((candidate) => candidate.message === httpRow.message);
    if (override) return override.id;
    const words = idWords(firstSentence(httpRow.message), ID_WORDS);
    if (words === "") fail(httpRow.row.line, `the message “${httpRow.message}” has no words to make an id of`);
    return `${httpRow.area.category}-${httpRow.status}-${words}`;
  });
  ids.forEach((id, index) => {
    const first = ids.indexOf(id);
    if (first !== index) {
      fail(
        httpRows[index]?.row.line ?? 0,
        `the id ${id} is already the id of line ${httpRows[first]?.row.line}; add an entry to ID_OVERRIDES`,
      );
    }
  });

  return httpRows.map((httpRow, index) => {
    const { row, area, status, phrase, message, cause } = httpRow;
    const code = ids[index] ?? "";
    const notes: string[] = [];
    const sentences = splitSentences(message);
    const first = firstSentence(message);

    // Other errors with the same message (in another area) or the same first sentence.
    const sameMessage = httpRows.filter((other) => other !== httpRow && other.message === message);
    const sameFirst = httpRows.filter(
      (other) => other !== httpRow && other.message !== message && firstSentence(other.message) === first,
    );

    // Title.
    let title: string;
    const titleOverride = TITLE_OVERRIDES.find((candidate) => candidate.message === message);
    if (titleOverride) {
      title = titleOverride.title;
      notes.push(titleOverride.note);
    } else {
      if (/^[a-z]+(?:_[a-z]+)+$/.test(message))
        fail(row.line, `the message “${message}” is a bare token; give it a title in TITLE_OVERRIDES`);
      const longer = sameFirst.some((other) => other.message.length < message.length);
      title = withoutPlaceholders(longer ? message : first, { bare: false }).replace(/\.$/, "");
      if (longer) {
        notes.push(
          `Its first sentence is the whole message of line ${sameFirst[0]?.row.line}, so the title is the whole message.`,
        );
      }
    }

    for (const other of sameFirst.filter((candidate) => candidate.message.length > message.length)) {
      notes.push(
        `The message of line ${other.row.line} starts with this one; the two are related errors with ids of their own.`,
      );
    }
    const override = ID_OVERRIDES.find((candidate) => candidate.message === message);
    if (override) {
      notes.push(
        `The words of its first sentence would give the id of line ${sameFirst[0]?.row.line} ` +
          `(“${sameFirst[0]?.message}”); errordex gives it the id ${override.id} instead.`,
      );
    }
    const placeholders = placeholdersOf(message);
    if (placeholders.length > 0) notes.push(placeholderNote(placeholders));
    for (const other of sameMessage) {
      notes.push(
        `The document gives the same message as ${withArticle(other.area.noun)} error (${other.status} ${other.phrase}, line ${other.row.line}); the two are separate, related errors.`,
      );
    }

    // Body.
    const lead = [`The Artwork Player API returns this ${area.noun} error with HTTP status ${status} (${phrase}).`];
    const advice: string[] = [];
    for (const sentence of sentences.slice(1)) {
      const please = /^Please (.+)$/.exec(sentence)?.[1];
      if (please !== undefined) {
        if (!GENERIC_PLEASE.test(sentence)) advice.push(capitalize(please));
      } else {
        lead.push(`The message adds: “${sentence}”`);
      }
    }
    for (const other of sameMessage) {
      lead.push(
        `The API sends the same message as ${withArticle(other.area.noun)} error, with status ${other.status} (${other.phrase}).`,
      );
    }
    if (status === 429) {
      const limits = matchingRateLimits(`${message} ${cause}`, rateLimits, row.line, fail);
      if (limits.length > 0) lead.push(rateLimitSentence(limits));
    }
    const documentAdvice = ADVICE.find((candidate) => candidate.message === message);
    if (documentAdvice) advice.push(documentAdvice.advice);

    const related = [...sameMessage, ...sameFirst].map((other) => ids[httpRows.indexOf(other)] ?? "");
    return {
      system: HTTP_SYSTEM,
      code,
      title,
      status,
      category: area.category,
      message,
      ...(related.length > 0 && { related }),
      source: { document, line: row.line, text: row.text, notes },
      body: renderBody(lead, [cause], advice),
    };
  });
}

function buildMqttErrors(
  mqttRows: Array<{ row: MarkdownTableRow; code: string; description: string }>,
  validationRows: Array<{ row: MarkdownTableRow; message: string; cause: string }>,
  document: string,
  fail: Fail,
): ImportedError[] {
  const validationCodes = validationRows.map(({ row, message }) => {
    const words = idWords(message, Infinity);
    if (words === "") fail(row.line, `the message “${message}” has no words to make an id of`);
    return `validation-${words}`;
  });
  validationCodes.forEach((code, index) => {
    const first = validationCodes.indexOf(code);
    if (first !== index)
      fail(
        validationRows[index]?.row.line ?? 0,
        `the id ${code} is already that of line ${validationRows[first]?.row.line}`,
      );
  });
  if (validationRows.length > 0 && !mqttRows.some((mqttRow) => mqttRow.code === VALIDATION_API_CODE)) {
    throw new Error(`${document}: validation messages are documented, but no ${VALIDATION_API_CODE} code`);
  }

  const codes: ImportedError[] = mqttRows.map(({ row, code, description }) => {
    const lead = [
      `The Artwork Player service sends this code in the \`error_code\` field of an MQTT error message; the document describes it as “${description}”. MQTT errors carry no HTTP status.`,
    ];
    const related = code === VALIDATION_API_CODE ? validationCodes : [];
    if (related.length > 0) {
      lead.push(`The document lists ${related.length} messages sent with this code; each has a page of its own.`);
    }
    return {
      system: MQTT_SYSTEM,
      code,
      title: description,
      category: "mqtt",
      ...(related.length > 0 && { related }),
      source: { document, line: row.line, text: row.text, notes: [] },
      body: renderBody(lead, [], []),
    };
  });

  const validations: ImportedError[] = validationRows.map(({ row, message, cause }, index) => {
    const placeholders = placeholdersOf(message);
    return {
      system: MQTT_SYSTEM,
      code: validationCodes[index] ?? "",
      title: withoutPlaceholders(message, { bare: false }).replace(/\.$/, ""),
      category: "validation",
      message,
      apiCode: VALIDATION_API_CODE,
      related: [VALIDATION_API_CODE],
      source: {
        document,
        line: row.line,
        text: row.text,
        notes: [
          ...(placeholders.length > 0 ? [placeholderNote(placeholders)] : []),
          `The API sends it with the error code ${VALIDATION_API_CODE}; errordex gives each documented message a page and an id of its own.`,
        ],
      },
      body: renderBody(
        [`The Artwork Player service sends this message over MQTT with the error code \`${VALIDATION_API_CODE}\`.`],
        [cause],
        [],
      ),
    };
  });
  return [...codes, ...validations];
}

function renderBody(lead: string[], causes: string[], advice: string[]): string {
  return [
    lead.join(" "),
    ...(causes.length > 0 ? ["## Causes", causes.map((cause) => `- ${codeSpans(capitalize(cause))}.`).join("\n")] : []),
    ...(advice.length > 0 ? ["## What to do", advice.join(" ")] : []),
  ].join("\n\n");
}

/** The rate limits of the document that a 429 message is about, when one operation fits best. */
function matchingRateLimits(text: string, rateLimits: RateLimit[], line: number, fail: Fail): RateLimit[] {
  const words = new Set(text.toLowerCase().split(/[^a-z]+/));
  const scores = new Map<string, number>();
  for (const limit of rateLimits) {
    const base = baseOperation(limit.operation);
    const score = base
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((word) => word && words.has(word)).length;
    scores.set(base, score);
  }
  const best = Math.max(0, ...scores.values());
  const winners = [...scores].filter(([, score]) => score === best && best > 0);
  if (winners.length !== 1) return [];
  const matched = rateLimits.filter((limit) => baseOperation(limit.operation) === winners[0]?.[0]);
  // A number the message or cause gives ("300 commands/minute", "20/min/IP") must be the limit.
  const stated = /\b(\d+)(?= commands\/minute|\/min\b)/.exec(text)?.[1];
  if (stated !== undefined && !matched.some((limit) => limit.limit === stated)) {
    fail(
      line,
      `the message gives the limit ${stated}, the rate limits table ${matched.map((m) => m.limit).join(", ")}`,
    );
  }
  return matched;
}

/** "Upload (rep < 100)" -> "Upload" */
function baseOperation(operation: string): string {
  return operation.replace(/\s*\(.*\)\s*$/, "");
}

function rateLimitSentence(limits: RateLimit[]): string {
  const describe = (limit: RateLimit): string =>
    `“${limit.operation}”: ` +
    (/^\d+$/.test(limit.limit)
      ? `${limit.limit} per ${limit.window}`
      : `the limit ${limit.limit.toLowerCase()}, ${lowerFirst(limit.window)}`);
  if (limits.length === 1 && limits[0]) return `The document's rate limit for this is ${describe(limits[0])}.`;
  return `The document's rate limits for this are ${limits.map(describe).join("; ")}.`;
}

/** Parts of a message that the API fills in at run time. */
function placeholdersOf(message: string): Placeholder[] {
  const found: Placeholder[] = [];
  for (const match of message.matchAll(/'([A-Z]|[a-z]+)'|\b([A-Z])\b/g)) {
    if (match[1] !== undefined) found.push({ text: `'${match[1]}'`, tail: false });
    else if (match[2] === "X" || match[2] === "Y") found.push({ text: match[2], tail: false });
  }
  const tail = /:\s+([a-z]+)\.?$/.exec(message)?.[1];
  if (tail !== undefined) found.push({ text: tail, tail: true });
  return found;
}

function placeholderNote(placeholders: Placeholder[]): string {
  const parts = placeholders.map((placeholder) =>
    placeholder.tail
      ? `“${placeholder.text}” after the colon`
      : placeholder.text.startsWith("'")
        ? placeholder.text
        : `“${placeholder.text}”`,
  );
  const list =
    parts.length === 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  return parts.length === 1
    ? `The message is kept as documented. In it, ${list} is a placeholder that the API fills in with the real value at run time.`
    : `The message is kept as documented. In it, ${list} are placeholders that the API fills in with the real values at run time.`;
}

/**
 * The message without its placeholders: quoted ones ('X', 'name') and a word after a final colon
 * go; a bare X or Y goes only when `bare` (ids), since a title needs it ("valid for X days").
 */
function withoutPlaceholders(message: string, { bare }: { bare: boolean }): string {
  let result = message.replace(/\s*'(?:[A-Z]|[a-z]+)'/g, "").replace(/:\s+[a-z]+(\.?)$/, "$1");
  if (bare) result = result.replace(/\s*\b[XY]\b/g, "");
  return result.trim();
}

/**
 * The words of a message that make its id: placeholders, anything in parentheses or after a
 * colon, apostrophes and a leading article go; at most `limit` words are kept.
 * "The site owner's handle cannot be changed" -> "site-owners-handle-cannot-be-changed".
 */
function idWords(text: string, limit: number): string {
  const words = withoutPlaceholders(text, { bare: true })
    .replace(/\s*\([^)]*\)/g, "")
    .replace(/:.*$/, "")
    .replace(/['’]/g, "")
    .split(/\s+/)
    .filter(Boolean);
  if (/^(a|an|the)$/i.test(words[0] ?? "")) words.shift();
  return words
    .slice(0, limit)
    .join(" ")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** "Email not verified. Please check …" -> "Email not verified" */
function firstSentence(message: string): string {
  return (splitSentences(message)[0] ?? message).replace(/\.$/, "");
}

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** `is_null` and `player_key` in running text become code spans. */
function codeSpans(text: string): string {
  return text.replace(/\b[a-z]+(?:_[a-z]+)+\b/g, (token) => `\`${token}\``);
}

/** "an authentication", "a player", "an OAuth" */
function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Code spans in a message cell stand for the literal text the API sends. */
function unescapeCode(markdown: string): string {
  return markdown.replace(/`([^`]*)`/g, "$1");
}

function readHeadings(text: string): Heading[] {
  const tree: Root = unified().use(remarkParse).use(remarkGfm).parse(text);
  const headings: Heading[] = [];
  for (const node of tree.children) {
    if (node.type !== "heading") continue;
    headings.push({ depth: node.depth, text: toString(node).trim(), line: node.position?.start.line ?? 0 });
  }
  return headings;
}

/** The last heading of `depth` above `line` (and below `after`, when given). */
function headingBefore(headings: Heading[], line: number, depth: number, after = 0): Heading | undefined {
  return headings.filter((heading) => heading.depth === depth && heading.line < line && heading.line > after).at(-1);
}
