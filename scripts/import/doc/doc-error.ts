/** A section of the document that groups errors; its heading becomes a category of the system. */
export interface DocCategory {
  /** A slug of the heading, e.g. `auth-errors`. */
  id: string;
  /** The heading as written, e.g. "Auth Errors". */
  name: string;
}

/** One error as a team's Markdown document gives it, before it becomes an entry. */
export interface DocError {
  /** The code exactly as the document writes it, without backticks. */
  code: string;
  /** 1-based line of the row, list item or heading in the document. */
  line: number;
  /** That line as the document has it. */
  text: string;
  /** A short name the document gives (a heading's title, "Bad Request" of "Bad Request -- …"). */
  title?: string;
  /** The message text, from a message column. */
  message?: string;
  /** What the error means, as Markdown. */
  description?: string;
  /** What to do about it, as Markdown, when the document says. */
  remediation?: string;
  /** Why it happens, as Markdown, when the document says. */
  causes?: string;
  /** HTTP status, when a status column, the text or an HTTP-status code states it. */
  status?: number;
  category: DocCategory;
  /** What the import did with the item's quirks, in plain words, for the entry's `source.notes`. */
  notes: string[];
}

/** A part of the document the import did not turn into errors, and why. */
export interface Skipped {
  line: number;
  /** What was skipped: "table (Field | Type | Description)", "row", "list item", "code block (json)". */
  what: string;
  why: string;
}

export interface ParsedDoc {
  errors: DocError[];
  skipped: Skipped[];
  /** Line of the first table of any kind, for the message when the document has no error. */
  firstTableLine?: number;
}
