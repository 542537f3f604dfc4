/**
 * What a seed parser makes of one row of a source document: everything an error's content file
 * holds. `renderErrorFile` turns it into `content/errors/<system>/<slug>.md`.
 */
export interface ImportedError {
  /** Id of the system (a file in content/systems/). */
  system: string;
  /** The code exactly as the API emits it (or, for systems without codes, the derived id). */
  code: string;
  title: string;
  /** HTTP status; absent for errors not sent over HTTP. */
  status?: number;
  /** Id of one of the system's categories. */
  category: string;
  /** The message text the API returns, when the document gives it. */
  message?: string;
  /** What the API sends in its code field, when that differs from `code`. */
  apiCode?: string;
  /** What response fields carry for this error, e.g. `{ detail: "the property that is missing" }`. */
  fields?: Record<string, string>;
  lifecycle?: { state: "unused" | "deprecated"; note?: string };
  /** `code` of the same system, or `<system>/<code>`. */
  related?: string[];
  source: {
    document: string;
    /** 1-based line of the row in the document. */
    line: number;
    /** The row exactly as the document has it (for multi-line rows, the lines joined with \n). */
    text: string;
    /** What the import did with the row's quirks, in plain words. Empty when nothing needed doing. */
    notes: string[];
  };
  /** Markdown body: what the error means, its causes, what the client should do. */
  body: string;
}

/**
 * How one row of a source document was accounted for. Every table row a document has must
 * appear exactly once, so nothing is dropped silently.
 */
export interface RowAccount {
  line: number;
  text: string;
  /** The errors made from the row (a 003 row can become up to three, one per system). */
  codes: Array<{ system: string; code: string }>;
  /** Why a row became no error (e.g. a heading row of a table), when `codes` is empty. */
  reason?: string;
}

export interface SeedImport {
  document: string;
  errors: ImportedError[];
  rows: RowAccount[];
}
