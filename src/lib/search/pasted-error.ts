/**
 * Makes sense of whatever a customer pasted into a ticket: an error body in any of the
 * catalog's shapes (problem+json, `{"error": {...}}`, `{"detail": ...}`, MQTT
 * `{"status": "error", "error_code": ...}`), a raw HTTP response with headers, a log line, a
 * bare code or a bare message. It only reads: the result is data, and nothing pasted is ever
 * treated as markup. Work is bounded, so a megabyte of garbage stays fast.
 */

export type PasteShape =
  "http response" | "problem+json" | "error object" | "detail" | "mqtt" | "json" | "code" | "text" | "empty";

export interface PastedError {
  /** What the paste looked like. */
  shape: PasteShape;
  /** The HTTP status, from a status line or a numeric `status` field. */
  status: number | null;
  /** Codes found, most telling first (the top-level code before embedded ones). */
  codes: string[];
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
  "instance",
]);

/** A code people type alone: `user:not_found`, `FILE_TOO_LARGE`, `EmailAlreadyExists`, `2202`. */
const CODE_TOKEN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/;

export function parsePastedError(input: string): PastedError {
  const result: PastedError = {
    shape: "empty",
    status: null,
    codes: [],
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
    result.status = Number(http[1]);
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
  } else if (json.attempted) {
    // Looks like JSON but is beyond repair: pick out the fields one by one.
    const found = collectLooseFields(body, result);
    result.warnings.push(
      found
        ? "The JSON could not be parsed; its fields were read one by one."
        : "The text looks like JSON but could not be parsed, and no error fields were found in it.",
    );
    if (result.shape === "empty") result.shape = "json";
  } else if (body !== "") {
    readPlainText(body, result);
  }

  result.codes = unique(result.codes);
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

/** The first JSON value in the text, repairing the missing commas people's examples often have. */
function findJson(text: string): { value?: unknown; repaired: boolean; attempted: boolean } {
  const start = text.search(/[{[]/);
  if (start === -1) return { repaired: false, attempted: false };
  const end = Math.max(text.lastIndexOf("}"), text.lastIndexOf("]"));
  if (end <= start) return { repaired: false, attempted: true };
  const candidate = text.slice(start, end + 1);
  // Text before the brace that is not a log prefix means this is prose containing braces.
  const attempted = start === 0 || /[\s:=]$/.test(text.slice(0, start));
  try {
    return { value: JSON.parse(candidate), repaired: false, attempted };
  } catch {
    const repaired = candidate.replace(/([}\]"]|\d|true|false|null)(\s*\n\s*)(")/g, "$1,$2$3");
    try {
      return { value: JSON.parse(repaired), repaired: true, attempted };
    } catch {
      return { repaired: false, attempted };
    }
  }
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
        else if (MESSAGE_FIELDS.has(key) && typeof value === "string" && !/^https?:\/\//.test(text))
          result.messages.push(text);
        else if (key === "error" && typeof value === "string") result.messages.push(text);
        if (LINK_FIELDS.has(key) && typeof value === "string" && isLink(text)) result.links.push(text);
      } else if (value !== null && typeof value === "object") {
        queue.push({ node: value, path: fieldPath });
      }
    }
  }
  if (visited >= MAX_NODES) result.warnings.push("The JSON is very large; only its first part was read.");
}

/** `"key": value` pairs out of JSON that does not parse. */
function collectLooseFields(text: string, result: PastedError): boolean {
  const pair = /["']?([A-Za-z_]+)["']?\s*[:=]\s*("((?:[^"\\\n]|\\.){0,500})"|'([^'\n]{0,500})'|(-?\d{1,6})\b)/g;
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
    result.shape = "code";
    result.codes.push(text);
    return;
  }
  result.shape = "text";
  for (const link of text.match(/https?:\/\/[^\s"'<>]+/g)?.slice(0, 10) ?? []) result.links.push(link);
  // Codes named as such in a log line: `code=user:not_found`, `error_code: NOT_FOUND`.
  for (const match of text.matchAll(/\b(?:error_?code|code)\b["']?\s*[:=]\s*["']?([A-Za-z0-9][\w.:-]{0,79})/gi)) {
    result.codes.push(match[1]!.replace(/[.:]+$/, ""));
    if (result.codes.length > 10) break;
  }
  // Identifier-shaped words: domain:reason, UPPER_SNAKE, PascalCase with two or more humps.
  const shaped =
    /\b[a-z][a-z_]*:[a-z][a-z_]*\b|\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+\b/g;
  for (const match of text.slice(0, 5_000).match(shaped)?.slice(0, 10) ?? []) result.codes.push(match);
  const status = /\b(?:status|HTTP)\b\D{0,3}([45]\d\d)\b/i.exec(text);
  if (status) result.status = Number(status[1]);
  result.messages.push(text.slice(0, MAX_VALUE_CHARS));
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
