/**
 * Makes sense of whatever a customer pasted into a ticket: an error body in any of the
 * catalog's shapes (problem+json, `{"error": {...}}`, `{"detail": ...}`, MQTT
 * `{"status": "error", "error_code": ...}`), a raw HTTP response with headers, a log line, a
 * bare code or a bare message. It only reads: the result is data, and nothing pasted is ever
 * treated as markup. Work is bounded, so a megabyte of garbage stays fast.
 */

export type PasteShape =
  "http response" | "problem+json" | "error object" | "detail" | "mqtt" | "json" | "code" | "log" | "text" | "empty";

export interface PastedError {
  /** What the paste looked like. */
  shape: PasteShape;
  /** The HTTP status, from a status line or a numeric `status` field. */
  status: number | null;
  /** Codes found, most telling first (the top-level code before embedded ones). */
  codes: string[];
  /** Numbers in free text that may be codes (`failed with 2212`): weaker evidence than `codes`. */
  numbers: string[];
  /** Words around the error in a log line (`player-cmd`, `datamanager`), lower case. */
  context: string[];
  /** Message texts found: `detail`, `message`, `title`, … */
  messages: string[];
  /** Documentation links found: `type`, `describedby`, `doc_url`, `more_info`, … */
  links: string[];
  /** The JSON body's field paths (`error.code`, `detail`), to recognise a system's format. */
  fields: string[];
  /** What could not be read, in plain words, to show to the person who pasted it. */
  warnings: string[];
}

/** How much of a paste is read; the rest is reported, not parsed. */
export const MAX_PASTE_CHARS = 100_000;
const MAX_NODES = 2_000;
const MAX_VALUE_CHARS = 500;
/** Lines of a log read for a JSON object each. */
const MAX_JSON_LINES = 200;

const CODE_FIELDS = new Set(["code", "error_code", "errorcode", "error_type", "errortype", "reason"]);
const MESSAGE_FIELDS = new Set([
  "message",
  "detail",
  "title",
  "error_description",
  "description",
  "msg",
  "error_message",
]);
/** Message fields, most telling first: what the API says, then the error's title, then details. */
const MESSAGE_PRIORITY = ["message", "error_message", "error_description", "title", "detail", "description", "msg"];
const LINK_FIELDS = new Set([
  "type",
  "describedby",
  "doc_url",
  "docurl",
  "more_info",
  "moreinfo",
  "documentation_url",
  "help_url",
  "href",
]);

/** A code people type alone: `user:not_found`, `FILE_TOO_LARGE`, `EmailAlreadyExists`, `2202`. */
const CODE_TOKEN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/;

export function parsePastedError(input: string): PastedError {
  const result: PastedError = {
    shape: "empty",
    status: null,
    codes: [],
    numbers: [],
    context: [],
    messages: [],
    links: [],
    fields: [],
    warnings: [],
  };
  let text = input;
  if (text.length > MAX_PASTE_CHARS) {
    result.warnings.push(
      `Only the first ${MAX_PASTE_CHARS.toLocaleString("en")} of ${input.length.toLocaleString("en")} characters were read.`,
    );
    text = text.slice(0, MAX_PASTE_CHARS);
  }
  text = text.replace(/\r\n?/g, "\n").trim();
  if (text === "") return result;

  const http = /^HTTP\/\d(?:\.\d)?\s+(\d{3})\b[^\n]*\n?/.exec(text);
  let body = text;
  if (http) {
    result.shape = "http response";
    const status = Number(http[1]);
    if (status >= 400 && status <= 599) result.status = status;
    // Headers run to the first blank line; the body follows.
    const rest = text.slice(http[0].length);
    const blank = rest.search(/\n\s*\n/);
    body = blank === -1 ? (/^[\w-]+:/.test(rest) ? "" : rest) : rest.slice(blank).trim();
  }

  const json = findJson(body);
  if (json.value !== undefined) {
    collect(json.value, result);
    if (result.shape !== "http response") result.shape = shapeOf(json.value);
    if (json.repaired) result.warnings.push("The JSON was not valid; it was read after adding missing commas.");
    // A JSON body inside a log line: the words around it tell where it came from.
    if (json.around !== "") readLogWords(json.around, result, true);
  } else if (json.attempted && collectLooseFields(body, result)) {
    result.warnings.push("The JSON could not be parsed; its fields were read one by one.");
    if (result.shape === "empty") result.shape = "json";
  } else if (body !== "") {
    if (json.attempted) result.warnings.push("The text looks like JSON but could not be parsed; it was read as text.");
    readPlainText(body, result);
  }

  result.codes = unique(result.codes);
  result.numbers = unique(result.numbers).filter((number) => !result.codes.includes(number));
  result.context = unique(result.context);
  result.messages = unique(result.messages);
  result.links = unique(result.links);
  result.fields = unique(result.fields);
  if (result.codes.length === 0 && result.messages.length === 0 && result.links.length === 0) {
    result.warnings.push(
      result.shape === "http response" && body === ""
        ? "The HTTP response has no body, so only its status could be read."
        : "No error code, message or documentation link was found in the pasted text.",
    );
  }
  return result;
}

/**
 * The JSON object in the text (from its first `{` to its last `}`, or the whole text when it
 * starts with `[`), repairing the missing commas people's examples often have; failing that,
 * the objects of a log with one on each of several lines, as an array. `around` is the text
 * outside the JSON.
 */
function findJson(text: string): { value?: unknown; repaired: boolean; attempted: boolean; around: string } {
  const start = text.startsWith("[") ? 0 : text.indexOf("{");
  const end = text.startsWith("[") ? text.lastIndexOf("]") : text.lastIndexOf("}");
  const none = { repaired: false, around: `${text.slice(0, Math.max(0, start))} ${text.slice(end + 1)}`.trim() };
  if (start === -1) return { ...none, attempted: false };
  if (end <= start) return { ...none, attempted: start === 0 };
  const candidate = text.slice(start, end + 1);
  try {
    return { ...none, value: JSON.parse(candidate), attempted: true };
  } catch {
    // `[ \t]*\n` (not `\s*\n`) keeps the repair linear on long runs of blank lines.
    const repaired = candidate.replace(/([}\]"]|\d|true|false|null)([ \t]*\n\s*)(")/g, "$1,$2$3");
    try {
      return { ...none, value: JSON.parse(repaired), repaired: true, attempted: true };
    } catch {
      const perLine = jsonPerLine(text);
      if (perLine) return { ...perLine, repaired: false, attempted: true };
      // Braces inside prose are not an attempt at JSON; a text that starts with one is.
      return { ...none, attempted: start === 0 || /[:=]\s*$/.test(text.slice(0, start)) };
    }
  }
}

/** Two or more lines that each hold a JSON object (a log of several errors), or undefined. */
function jsonPerLine(text: string): { value: unknown[]; around: string } | undefined {
  const values: unknown[] = [];
  const around: string[] = [];
  for (const line of text.split("\n").slice(0, MAX_JSON_LINES)) {
    const start = line.indexOf("{");
    const end = line.lastIndexOf("}");
    if (start !== -1 && end > start) {
      try {
        values.push(JSON.parse(line.slice(start, end + 1)));
        around.push(`${line.slice(0, start)} ${line.slice(end + 1)}`);
        continue;
      } catch {
        // not JSON after all: the line is context
      }
    }
    around.push(line);
  }
  return values.length >= 2 ? { value: values, around: around.join("\n").trim() } : undefined;
}

function shapeOf(value: unknown): PasteShape {
  if (!isObject(value)) return "json";
  const keys = new Set(Object.keys(value).map((key) => key.toLowerCase()));
  if (keys.has("error_code") && value.status === "error") return "mqtt";
  if (keys.has("type") && (keys.has("title") || keys.has("status"))) return "problem+json";
  if (isObject(value.error)) return "error object";
  if (keys.has("detail") && keys.size <= 2) return "detail";
  return "json";
}

/** Walks the parsed body breadth-first, so top-level fields come before embedded ones. */
function collect(root: unknown, result: PastedError, recordFields = true): void {
  const queue: Array<{ node: unknown; path: string }> = [{ node: root, path: "" }];
  const messages: Array<{ text: string; depth: number; priority: number }> = [];
  let visited = 0;
  while (queue.length > 0 && visited < MAX_NODES) {
    const { node, path } = queue.shift()!;
    visited++;
    if (Array.isArray(node)) {
      queue.push(...node.map((item) => ({ node: item, path })));
      continue;
    }
    if (!isObject(node)) continue;
    for (const [rawKey, value] of Object.entries(node)) {
      const key = rawKey.toLowerCase();
      const fieldPath = path === "" ? rawKey : `${path}.${rawKey}`;
      if (recordFields && result.fields.length < 100) result.fields.push(fieldPath);
      if (key === "status" && result.status === null) {
        const status = typeof value === "number" ? value : /^\d{3}$/.test(String(value)) ? Number(value) : NaN;
        if (status >= 400 && status <= 599) result.status = status;
      }
      if (typeof value === "string" || typeof value === "number") {
        const text = String(value).trim().slice(0, MAX_VALUE_CHARS);
        if (text === "") continue;
        if (CODE_FIELDS.has(key) && CODE_TOKEN.test(text)) result.codes.push(text);
        else if (key === "error" && CODE_TOKEN.test(text)) result.codes.push(text);
        else if (
          MESSAGE_FIELDS.has(key) &&
          typeof value === "string" &&
          !/^https?:\/\//.test(text) &&
          !/(^|\.)_links(\.|$)/.test(path)
        )
          messages.push({ text, depth: fieldPath.split(".").length, priority: MESSAGE_PRIORITY.indexOf(key) });
        else if (key === "error" && typeof value === "string") result.messages.push(text);
        // `href` is a documentation link only under `describedby`; other HAL links point elsewhere.
        const documentation = key === "href" ? /describedby/i.test(path) : LINK_FIELDS.has(key);
        if (documentation && typeof value === "string" && isLink(text)) result.links.push(text);
      } else if (value !== null && typeof value === "object") {
        queue.push({ node: value, path: fieldPath });
      }
    }
  }
  if (queue.length > 0) result.warnings.push("The JSON is very large; only its first part was read.");
  // Top-level messages first (an embedded error's come after); at one level, the fields that
  // say most first: what the API says, then a problem's `title`, then its `detail`.
  messages.sort((a, b) => a.depth - b.depth || a.priority - b.priority);
  result.messages.push(...messages.map((message) => message.text));
}

/** `"key": value` pairs out of JSON that does not parse. */
function collectLooseFields(text: string, result: PastedError): boolean {
  // The lookbehind keeps the scan linear: a key starts where a word starts.
  const pair =
    /(?<![A-Za-z_])["']?([A-Za-z_]+)["']?\s*[:=]\s*("((?:[^"\\\n]|\\.){0,500})"|'([^'\n]{0,500})'|(-?\d{1,6})\b)/g;
  let found = false;
  let count = 0;
  for (let match = pair.exec(text); match && count < MAX_NODES; match = pair.exec(text), count++) {
    const value = match[3] ?? match[4] ?? match[5] ?? "";
    collect({ [match[1]!]: match[5] === undefined ? value : Number(value) }, result, false);
    found = true;
  }
  return found;
}

function readPlainText(text: string, result: PastedError): void {
  const single = text.split(/\s+/).length === 1;
  if (single && CODE_TOKEN.test(text)) {
    if (result.shape !== "http response") result.shape = "code";
    result.codes.push(text);
    return;
  }
  const log = LOG_MARKERS.test(text);
  if (result.shape !== "http response") result.shape = log ? "log" : "text";
  readLogWords(text, result, log);
  result.messages.push(text.slice(0, MAX_VALUE_CHARS));
  if (text.length > MAX_VALUE_CHARS && result.codes.length === 0 && result.links.length === 0) {
    result.warnings.push(
      `No error code or documentation link was recognised; the first ${MAX_VALUE_CHARS} characters were searched as a message.`,
    );
  }
}

/** Timestamps, ids and process numbers: numbers in a log line that are never error codes. */
const LOG_NOISE = [
  /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?/g,
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\b/g,
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}\b/g,
  /\b[\w-]{0,40}(?:_id|Id|ID|id)\s*[=:]\s*\S+/g,
  /\[\d+\]/g,
  /\/v\d+\b/g,
];
// Word-anchored and bounded, so a long run of letters cannot make these patterns quadratic.
const LOG_MARKERS = /\b(?:ERROR|WARN(?:ING)?|INFO|DEBUG|FATAL)\b|\d{2}:\d{2}:\d{2}|->|\b\w{1,40}=\S/;
/** Words too common in log lines and sentences to say anything about an error's origin. */
const NOISE_WORDS = new Set(
  "error errors warn warning info debug fatal request failed failure with the and for from http https get post put patch delete status code message detail true false null".split(
    " ",
  ),
);

/**
 * Codes, an HTTP status and candidate numbers out of free text, and with `withContext` (a log
 * line, not a sentence someone typed) the words around the error.
 */
function readLogWords(text: string, result: PastedError, withContext: boolean): void {
  for (const link of text.match(/https?:\/\/[^\s"'<>]+/g)?.slice(0, 10) ?? []) result.links.push(link);
  // Codes named as such: `code=user:not_found`, `error_code: NOT_FOUND`.
  for (const match of text.matchAll(/\b(?:error_?code|code)\b["']?\s*[:=]\s*["']?([A-Za-z0-9][\w.:-]{0,79})/gi)) {
    result.codes.push(match[1]!.replace(/[.:]+$/, ""));
    if (result.codes.length > 10) break;
  }
  // Numbers named as codes in words: `error code 155`, `code 31`, `#3110`, `error 13`. After
  // "error" alone an HTTP error status is the status (`error 500`), unless "code" says otherwise.
  for (const match of text.matchAll(/(?:\b(error\s+code|code|error)\s*#?|#)(\d{1,6})\b/gi)) {
    const [, word, number] = match;
    if (word?.toLowerCase() === "error" && /^[45]\d\d$/.test(number!)) continue;
    result.codes.push(number!);
    if (result.codes.length > 10) break;
  }
  // Identifier-shaped words: domain:reason, UPPER_SNAKE, PascalCase with two or more humps.
  const shaped =
    /\b[a-z][a-z_]*:[a-z][a-z_]*\b|\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+\b/g;
  const head = text.slice(0, 5_000);
  for (const match of head.match(shaped)?.slice(0, 10) ?? []) result.codes.push(match);

  const quiet = LOG_NOISE.reduce((rest, pattern) => rest.replace(pattern, " "), head);
  const status =
    /\b(?:status|HTTP)\b\D{0,3}([45]\d\d)\b/i.exec(quiet) ?? /(?:^|\s|->\s*)([45]\d\d)(?=\s|$)/.exec(quiet);
  if (status && result.status === null) result.status = Number(status[1]);
  // Other standalone numbers may be codes in a log line (`failed with 2212`) or a short query
  // (`error 13`), but not in a sentence, where they are amounts (`Used 48 MB of 50 MB`).
  const short = text.trim().split(/\s+/).length <= 3;
  for (const match of withContext || short ? quiet.matchAll(/(?:^|[\s(])(\d{1,6})(?=[\s).,;]|$)/g) : []) {
    if (match[1] !== status?.[1]) result.numbers.push(match[1]!);
    if (result.numbers.length >= 5) break;
  }
  if (withContext) {
    for (const word of quiet
      .toLowerCase()
      .match(/[a-z]{3,}/g)
      ?.slice(0, 40) ?? []) {
      if (!NOISE_WORDS.has(word)) result.context.push(word);
    }
  }
}

function isLink(text: string): boolean {
  return /^(https?:\/\/|\/)/.test(text);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
